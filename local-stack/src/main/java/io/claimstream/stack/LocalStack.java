package io.claimstream.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts, finds and stops the pieces of a Claimstream stack on one machine: a Kafka broker, a
 * PostgreSQL server and the three services, each a process of its own. The {@code claimstream}
 * command and the integration tests both go through here.
 */
public final class LocalStack {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final StackSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public LocalStack(StackSettings settings) {
        this.settings = settings;
    }

    public StackSettings settings() {
        return settings;
    }

    /** Starts Kafka and PostgreSQL unless they are named externally or already listening. */
    public void startInfrastructure() throws IOException, InterruptedException {
        startKafka();
        startPostgres();
    }

    public void startKafka() throws IOException, InterruptedException {
        if (settings.externalKafka() == null && !Ports.isOpen("127.0.0.1", settings.kafkaPort())) {
            Path libs = settings.repo().resolve("kafka-dist/target/libs");
            new KafkaBroker(libs, settings.run(), settings.kafkaPort(), settings.kafkaControllerPort()).start();
            log("Kafka broker started on " + settings.kafkaBootstrap());
        } else {
            log("Kafka: using " + settings.kafkaBootstrap());
        }
        KafkaTopics.ensure(settings.kafkaBootstrap());
    }

    public void startPostgres() throws IOException {
        if (settings.externalJdbcUrl() != null || Ports.isOpen("127.0.0.1", settings.postgresPort())) {
            log("PostgreSQL: using " + settings.jdbcUrl());
            return;
        }
        Path data = settings.run().dataDir("pgdata");
        Path ready = PostgresServer.readyFile(data);
        Files.deleteIfExists(ready);
        List<String> command = List.of(Java.executable(), "-Xmx96m", "-cp", ownClasspath(),
                PostgresServer.class.getName(), Integer.toString(settings.postgresPort()), data.toString());
        ManagedProcess postgres = ManagedProcess.start(PostgresServer.NAME, command, Map.of(), settings.run());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!Files.exists(ready)) {
            if (!postgres.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("PostgreSQL did not start; see " + settings.run().logFile(PostgresServer.NAME));
            }
            Ports.sleep(100);
        }
        log("PostgreSQL started on " + settings.jdbcUrl());
    }

    /**
     * The packaged launcher (its manifest names its libraries) when it exists; a test JVM's class
     * path would otherwise carry the PostgreSQL binaries twice, which zonky refuses.
     */
    private String ownClasspath() {
        Path jar = settings.repo().resolve("local-stack/target/local-stack.jar");
        return Files.exists(jar) ? jar.toString() : System.getProperty("java.class.path");
    }

    /** Starts the three services side by side, then waits until each reports ready. */
    public void startServices() throws IOException {
        for (Service service : Service.values()) {
            startService(service);
        }
        for (Service service : Service.values()) {
            awaitReady(service);
        }
    }

    public ManagedProcess startService(Service service) throws IOException {
        Path runner = service.runner(settings.repo());
        if (!Files.exists(runner)) {
            throw new IllegalStateException(runner + " is missing: build the project first (mvn package)");
        }
        List<String> command = new ArrayList<>(List.of(Java.executable(), service.heap(), "-XX:+UseSerialGC",
                "-jar", runner.toString()));
        return ManagedProcess.start(service.module(), command, environment(service), settings.run());
    }

    /** The environment a service gets: every connection setting arrives this way, never from a file. */
    public Map<String, String> environment(Service service) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(settings.port(service)));
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrap());
        env.put("QUARKUS_DATASOURCE_JDBC_URL", settings.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", settings.jdbcUser());
        env.put("QUARKUS_DATASOURCE_PASSWORD", settings.jdbcPassword());
        env.put("CLAIMSTREAM_AUTH_API_KEYS", settings.apiKey());
        return env;
    }

    public void awaitReady(Service service) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!isReady(service)) {
            Optional<ManagedProcess> process = ManagedProcess.find(service.module(), settings.run());
            if (process.isEmpty()) {
                throw new IllegalStateException(service.module() + " exited; see " + settings.run().logFile(service.module()));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(service.module() + " not ready within " + READY_TIMEOUT
                        + "; see " + settings.run().logFile(service.module()));
            }
            Ports.sleep(250);
        }
    }

    public boolean isReady(Service service) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url(service) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts again whatever this run directory started and is no longer running, then waits until
     * every service is ready: how a fault test puts the stack back together.
     */
    public void startWhatIsMissing() throws IOException, InterruptedException {
        if (ManagedProcess.find(KafkaBroker.NAME, settings.run()).isEmpty()) {
            startKafka();
        }
        if (ManagedProcess.find(PostgresServer.NAME, settings.run()).isEmpty()) {
            startPostgres();
        }
        for (Service service : Service.values()) {
            if (ManagedProcess.find(service.module(), settings.run()).isEmpty()) {
                startService(service);
            }
            awaitReady(service);
        }
    }

    /** What is running, by name, as this run directory recorded it. */
    public Map<String, Optional<ManagedProcess>> processes() {
        Map<String, Optional<ManagedProcess>> found = new java.util.LinkedHashMap<>();
        for (String name : processNames()) {
            found.put(name, ManagedProcess.find(name, settings.run()));
        }
        return found;
    }

    /** Stops the services first, so that they commit what they hold, then the servers. */
    public void stopAll() {
        List<String> names = new ArrayList<>(processNames());
        java.util.Collections.reverse(names);
        for (String name : names) {
            ManagedProcess.find(name, settings.run()).ifPresent(process -> {
                log("stopping " + name + " (pid " + process.pid() + ")");
                process.stop();
            });
        }
    }

    private static List<String> processNames() {
        List<String> names = new ArrayList<>(List.of(KafkaBroker.NAME, PostgresServer.NAME));
        for (Service service : Service.values()) {
            names.add(service.module());
        }
        return names;
    }

    public Map<Service, Long> residentKilobytes() {
        Map<Service, Long> rss = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ManagedProcess.find(service.module(), settings.run()).ifPresent(p -> rss.put(service, Rss.kilobytes(p.pid())));
        }
        return rss;
    }

    private static void log(String message) {
        System.out.println("[claimstream] " + message);
    }
}
