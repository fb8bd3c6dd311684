package io.claimstream.it;

import io.claimstream.stack.LocalStack;
import io.claimstream.stack.RunDirectory;
import io.claimstream.stack.Service;
import io.claimstream.stack.StackSettings;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One real stack for the whole test run: a Kafka broker and a PostgreSQL server on free ports,
 * and the three packaged services as processes, started through the same {@link LocalStack} the
 * {@code claimstream} command uses. Stopped when the run ends. Logs stay in
 * {@code integration-tests/target/it-run/logs}.
 */
public final class TestStack implements BeforeAllCallback {

    public static final String API_KEY = "it-key-" + Long.toHexString(System.nanoTime());
    private static LocalStack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestStack.class, key -> start(), Running.class);
    }

    private static Running start() {
        Path repo = Path.of(System.getProperty("claimstream.repo", "..")).toAbsolutePath().normalize();
        Path runRoot = repo.resolve("integration-tests/target/it-run");
        deleteRecursively(runRoot);
        RunDirectory run = new RunDirectory(runRoot);
        stack = new LocalStack(StackSettings.isolated(repo, run, API_KEY));
        try {
            stack.startInfrastructure();
            stack.startServices();
        } catch (IOException e) {
            stack.stopAll();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            stack.stopAll();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            stack.stopAll();
            throw e;
        }
        return new Running(stack);
    }

    public static LocalStack stack() {
        return stack;
    }

    public static String url(Service service) {
        return stack.settings().url(service);
    }

    public static String kafkaBootstrap() {
        return stack.settings().kafkaBootstrap();
    }

    /** A request to the ingest service that carries the write credential. */
    public static RequestSpecification ingest() {
        return RestAssured.given().baseUri(url(Service.INGEST)).header("Authorization", "Bearer " + API_KEY);
    }

    public static RequestSpecification query() {
        return RestAssured.given().baseUri(url(Service.QUERY));
    }

    public static String sample(String name) {
        Path repo = Path.of(System.getProperty("claimstream.repo", "..")).toAbsolutePath().normalize();
        try {
            return Files.readString(repo.resolve("samples").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Running(LocalStack stack) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            stack.stopAll();
        }
    }
}
