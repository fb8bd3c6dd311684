package io.claimstream.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * {@code up | down | status | infra}: the Java half of the {@code claimstream} command. The
 * repository root comes from {@code -Dclaimstream.repo}, the run directory from
 * {@code CLAIMSTREAM_RUN_DIR} (default {@code <repo>/.run}).
 */
public final class StackCommand {

    private StackCommand() {
    }

    public static void main(String[] args) throws Exception {
        String verb = args.length == 0 ? "status" : args[0];
        Path repo = Path.of(System.getProperty("claimstream.repo", ".")).toAbsolutePath().normalize();
        Map<String, String> env = System.getenv();
        RunDirectory run = new RunDirectory(Path.of(env.getOrDefault("CLAIMSTREAM_RUN_DIR", repo.resolve(".run").toString())));
        LocalStack stack = new LocalStack(StackSettings.defaults(repo, run, apiKey(run, env), env));
        switch (verb) {
            case "up" -> up(stack);
            case "infra" -> stack.startInfrastructure();
            case "down" -> stack.stopAll();
            case "status" -> status(stack);
            default -> {
                System.err.println("usage: StackCommand up|down|status|infra");
                System.exit(64);
            }
        }
    }

    private static void up(LocalStack stack) throws IOException, InterruptedException {
        Instant started = Instant.now();
        stack.startInfrastructure();
        for (Service service : Service.values()) {
            if (stack.isReady(service)) {
                System.out.println("[claimstream] " + service.module() + " already running on " + stack.settings().url(service));
            } else if (ManagedProcess.find(service.module(), stack.settings().run()).isEmpty()) {
                stack.startService(service);
            }
        }
        for (Service service : Service.values()) {
            stack.awaitReady(service);
            System.out.println("[claimstream] " + service.module() + " ready on " + stack.settings().url(service));
        }
        Duration took = Duration.between(started, Instant.now());
        System.out.printf("[claimstream] stack ready in %.1f s%n", took.toMillis() / 1000.0);
        writeEnvFile(stack.settings());
    }

    private static void status(LocalStack stack) {
        StackSettings settings = stack.settings();
        stack.processes().forEach((name, process) -> System.out.printf("%-18s %s%n", name,
                process.map(p -> "running, pid " + p.pid() + ", rss " + Rss.kilobytes(p.pid()) / 1024 + " MiB")
                        .orElse("not started by this run directory")));
        for (Service service : Service.values()) {
            System.out.printf("%-18s %s %s%n", service.module(), settings.url(service),
                    stack.isReady(service) ? "READY" : "not ready");
        }
    }

    /**
     * The key every write call needs: given, remembered from an earlier run, or generated now (192
     * random bits) into a file only its owner can read; the {@code claimstream} script prints it.
     */
    static String apiKey(RunDirectory run, Map<String, String> env) throws IOException {
        Optional<String> given = Optional.ofNullable(env.get("CLAIMSTREAM_API_KEY")).filter(k -> !k.isBlank());
        if (given.isPresent()) {
            return given.get();
        }
        Path file = run.root().resolve("api-key");
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String key = "cs_" + HexFormat.of().formatHex(bytes);
        Files.writeString(file, key + "\n");
        ownerOnly(file);
        return key;
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own defaults apply
        }
    }

    private static void writeEnvFile(StackSettings settings) throws IOException {
        StringBuilder env = new StringBuilder();
        env.append("CLAIMSTREAM_INGEST_URL=").append(settings.url(Service.INGEST)).append('\n');
        env.append("CLAIMSTREAM_ANALYSIS_URL=").append(settings.url(Service.ANALYSIS)).append('\n');
        env.append("CLAIMSTREAM_QUERY_URL=").append(settings.url(Service.QUERY)).append('\n');
        env.append("KAFKA_BOOTSTRAP_SERVERS=").append(settings.kafkaBootstrap()).append('\n');
        env.append("QUARKUS_DATASOURCE_JDBC_URL=").append(settings.jdbcUrl()).append('\n');
        Files.writeString(settings.run().root().resolve("stack.env"), env.toString());
    }
}
