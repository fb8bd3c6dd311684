package io.claimstream.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * A real PostgreSQL server from Maven Central (zonky's embedded binaries), kept alive by this
 * JVM until it receives SIGTERM. The data directory survives restarts. It creates the
 * {@code claimstream} role and database on first start.
 *
 * <p>Run as {@code java -cp local-stack.jar io.claimstream.stack.PostgresServer PORT DATA_DIR}.
 */
public final class PostgresServer {

    public static final String NAME = "postgres";
    public static final String DATABASE = "claimstream";
    public static final String USER = "claimstream";
    public static final String PASSWORD = "claimstream";

    private PostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]);
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                // zonky turns this off for speed; a committed claim must survive a crash
                .setServerConfig("synchronous_commit", "on")
                .setOverrideWorkingDirectory(data.getParent().resolve("postgres-binaries").toFile())
                .start();
        createDatabase(postgres);
        Path ready = readyFile(data);
        Files.writeString(ready, Long.toString(ProcessHandle.current().pid()));
        System.out.println("PostgreSQL ready on 127.0.0.1:" + port + ", data in " + data);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(ready);
                postgres.close();
                System.out.println("PostgreSQL stopped");
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
            stopped.countDown();
        }));
        stopped.await();
    }

    /** Appears once the server accepts connections and the database exists. */
    public static Path readyFile(Path data) {
        return data.resolveSibling(data.getFileName() + ".ready");
    }

    private static void createDatabase(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet role = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
                if (!role.next()) {
                    statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                }
            }
            try (ResultSet db = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!db.next()) {
                    statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
                }
            }
        }
    }
}
