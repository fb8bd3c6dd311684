package io.claimstream.stack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A single-node Apache Kafka broker in KRaft mode, bound to 127.0.0.1, run as its own JVM from
 * the jars that the {@code kafka-dist} module copies out of Maven Central.
 */
public final class KafkaBroker {

    public static final String NAME = "kafka";
    /** Large enough for a 10 MB document plus its analysis, before compression. */
    public static final int MAX_MESSAGE_BYTES = 32 * 1024 * 1024;
    /**
     * A broker restarted after a kill recovers its logs first; on a small, busy machine its JVM alone
     * has taken more than a minute to get there, so a minute is not "failed to start".
     */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Path libs;
    private final RunDirectory run;
    private final int port;
    private final int controllerPort;

    public KafkaBroker(Path libs, RunDirectory run, int port, int controllerPort) {
        this.libs = libs;
        this.run = run;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public ManagedProcess start() throws IOException, InterruptedException {
        if (!Files.isDirectory(libs)) {
            throw new IllegalStateException("Kafka jars not found in " + libs + ": build the kafka-dist module first");
        }
        if (Ports.isOpen("127.0.0.1", port) || Ports.isOpen("127.0.0.1", controllerPort)) {
            throw new IllegalStateException("port " + port + " or " + controllerPort
                    + " is already taken: another broker runs there; use it or choose other ports");
        }
        Path home = run.dataDir(NAME);
        Path config = writeConfig(home);
        if (!Files.exists(home.resolve("data").resolve("meta.properties"))) {
            format(config);
        }
        ManagedProcess broker = ManagedProcess.start(NAME, javaCommand("kafka.Kafka", config.toString()), Map.of(), run);
        Ports.awaitOpen("Kafka", "127.0.0.1", port, START_TIMEOUT, broker);
        return broker;
    }

    private Path writeConfig(Path home) throws IOException {
        Files.createDirectories(home.resolve("data"));
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + home.resolve("data"),
                "num.partitions=3",
                // one node: every internal topic must live with a single replica
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false",
                "message.max.bytes=" + MAX_MESSAGE_BYTES,
                "replica.fetch.max.bytes=" + MAX_MESSAGE_BYTES,
                "") ;
        Path config = home.resolve("server.properties");
        Files.writeString(config, properties);
        Files.writeString(home.resolve("log4j2.properties"), String.join("\n",
                "rootLogger.level=INFO",
                "rootLogger.appenderRef.stdout.ref=STDOUT",
                "appender.stdout.type=Console",
                "appender.stdout.name=STDOUT",
                "appender.stdout.layout.type=PatternLayout",
                "appender.stdout.layout.pattern=[%d] %p %m (%c)%n",
                "logger.kafka.name=kafka",
                "logger.kafka.level=WARN",
                "logger.apache.name=org.apache.kafka",
                "logger.apache.level=WARN",
                ""));
        return config;
    }

    private void format(Path config) throws IOException, InterruptedException {
        List<String> command = javaCommand("kafka.tools.StorageTool", "format", "--ignore-formatted",
                "-t", randomClusterId(), "-c", config.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(run.logFile(NAME).toFile())).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("formatting Kafka storage failed; see " + run.logFile(NAME));
        }
    }

    private List<String> javaCommand(String mainClass, String... args) {
        Path home = run.dataDir(NAME);
        List<String> command = new ArrayList<>(List.of(Java.executable(), "-Xms128m", "-Xmx512m",
                "-XX:+UseG1GC", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"),
                "-cp", libs.toAbsolutePath() + "/*", mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** Base64url of a random UUID, never starting with '-', which the storage tool would read as a flag. */
    private static String randomClusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16);
            bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (Character.isLetterOrDigit(id.charAt(0))) {
                return id;
            }
        }
    }
}
