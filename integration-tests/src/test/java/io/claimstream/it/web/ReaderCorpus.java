package io.claimstream.it.web;

import io.claimstream.it.TestStack;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * What the reader shows in the browser test: the project's own sample panel, and the seed
 * documents beside the repository when they are there (read, never copied).
 */
final class ReaderCorpus {

    private ReaderCorpus() {
    }

    record Loaded(String sampleId, List<String> ids) {
    }

    static Loaded load() {
        List<String> ids = new ArrayList<>();
        String sample = post(TestStack.sample("harbor-panel-2026.txt"), "Harbor Forum 2026 panel", "2026-09-14");
        ids.add(sample);
        Path repo = Path.of(System.getProperty("claimstream.repo", "..")).toAbsolutePath().normalize();
        Path seeds = repo.resolve("../shared/seeds").normalize();
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    ids.add(post(Files.readString(file), file.getFileName().toString(), null));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                    .until(() -> TestStack.query().get("/documents/" + id).statusCode() == 200);
        }
        return new Loaded(sample, ids);
    }

    private static String post(String text, String title, String published) {
        Map<String, String> body = published == null ? Map.of("text", text, "title", title)
                : Map.of("text", text, "title", title, "published", published);
        Response answer = TestStack.ingest().contentType(ContentType.JSON).body(body).post("/documents");
        if (answer.statusCode() != 202 && answer.statusCode() != 200) {
            throw new AssertionError("ingest answered " + answer.statusCode() + ": " + answer.asString());
        }
        return answer.jsonPath().getString("id");
    }
}
