package io.claimstream.query.it;

import io.claimstream.stack.KafkaBroker;
import io.claimstream.stack.KafkaTopics;
import io.claimstream.stack.ManagedProcess;
import io.claimstream.stack.Ports;
import io.claimstream.stack.RunDirectory;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts a real PostgreSQL (zonky's binaries, in this JVM) and, when the kafka-dist module has
 * been built, a real single-node Kafka broker with the project's topics, for one test run.
 * Without the broker jars the service is pointed at a closed port and the tests that need Kafka
 * are skipped; the database is always real.
 */
public class RealServers implements QuarkusTestResourceLifecycleManager {

    static final String API_KEY = "test-key";
    static final String KAFKA_AVAILABLE = "claimstream.test.kafka-available";

    private EmbeddedPostgres postgres;
    private ManagedProcess kafka;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        try {
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            config.put("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
            config.put("quarkus.datasource.username", "postgres");
            config.put("quarkus.datasource.password", "postgres");
            config.putAll(startKafka());
        } catch (IOException | InterruptedException e) {
            stop();
            throw new IllegalStateException("cannot start the test servers", e);
        }
        config.put("claimstream.auth.api-keys", API_KEY);
        config.put("claimstream.query.retry.max-delay", "1s");
        config.put("quarkus.http.test-port", "0");
        return config;
    }

    private Map<String, String> startKafka() throws IOException, InterruptedException {
        Path repo = Path.of(System.getProperty("claimstream.repo", "..")).toAbsolutePath().normalize();
        Path libs = repo.resolve("kafka-dist/target/libs");
        if (!Files.isDirectory(libs)) {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + Ports.free(), KAFKA_AVAILABLE, "false");
        }
        RunDirectory run = new RunDirectory(Files.createTempDirectory("query-service-kafka"));
        KafkaBroker broker = new KafkaBroker(libs, run, Ports.free(), Ports.free());
        kafka = broker.start();
        KafkaTopics.ensure(broker.bootstrapServers());
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers(), KAFKA_AVAILABLE, "true");
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.stop();
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
            postgres = null;
        }
    }
}
