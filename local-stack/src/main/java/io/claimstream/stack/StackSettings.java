package io.claimstream.stack;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where a local stack lives and listens. When {@code externalKafka} or {@code externalJdbcUrl}
 * is set, that server is used and none is started.
 */
public record StackSettings(Path repo, RunDirectory run, int kafkaPort, int kafkaControllerPort,
                            int postgresPort, Map<Service, Integer> servicePorts, String apiKey,
                            String externalKafka, String externalJdbcUrl, String jdbcUser,
                            String jdbcPassword) {

    public StackSettings {
        servicePorts = Map.copyOf(servicePorts);
    }

    /**
     * The ports a developer expects: Kafka 9092, PostgreSQL 5432, services 8081–8083; each can be
     * moved with {@code CLAIMSTREAM_KAFKA_PORT}, {@code CLAIMSTREAM_KAFKA_CONTROLLER_PORT},
     * {@code CLAIMSTREAM_POSTGRES_PORT} and {@code CLAIMSTREAM_<INGEST|ANALYSIS|QUERY>_PORT}, so that a
     * second stack can run beside the first.
     */
    public static StackSettings defaults(Path repo, RunDirectory run, String apiKey, Map<String, String> env) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, port(env, "CLAIMSTREAM_" + service.name() + "_PORT", service.defaultPort()));
        }
        return new StackSettings(repo, run, port(env, "CLAIMSTREAM_KAFKA_PORT", 9092),
                port(env, "CLAIMSTREAM_KAFKA_CONTROLLER_PORT", 9093), port(env, "CLAIMSTREAM_POSTGRES_PORT", 5432),
                ports, apiKey,
                blankToNull(env.get("KAFKA_BOOTSTRAP_SERVERS")),
                blankToNull(env.get("QUARKUS_DATASOURCE_JDBC_URL")),
                env.getOrDefault("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER),
                env.getOrDefault("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD));
    }

    /** Free ports everywhere, so that a test stack never collides with a running one. */
    public static StackSettings isolated(Path repo, RunDirectory run, String apiKey) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, Ports.free());
        }
        return new StackSettings(repo, run, Ports.free(), Ports.free(), Ports.free(), ports, apiKey,
                null, null, PostgresServer.USER, PostgresServer.PASSWORD);
    }

    public int port(Service service) {
        return servicePorts.get(service);
    }

    public String url(Service service) {
        return "http://127.0.0.1:" + port(service);
    }

    public String kafkaBootstrap() {
        return externalKafka != null ? externalKafka : "127.0.0.1:" + kafkaPort;
    }

    public String jdbcUrl() {
        return externalJdbcUrl != null ? externalJdbcUrl
                : "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + PostgresServer.DATABASE;
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a port number, got '" + value + "'");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
