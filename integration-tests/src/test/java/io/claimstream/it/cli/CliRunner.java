package io.claimstream.it.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.cli.ClaimstreamCli;
import io.claimstream.cli.CliContext;
import io.claimstream.cli.output.Terminal;
import io.claimstream.it.TestStack;
import io.claimstream.stack.Service;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the claimstream command against the test stack: in-process through picocli, with stdout
 * and stderr captured apart, or as a process of the packaged jar. The connection is always given
 * explicitly, so a developer's own {@code .run} directory never leaks in.
 */
final class CliRunner {

    static final int WIDTH = 160;

    record Result(int status, String out, String err) {

        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\r?\n"));
        }

        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    private CliRunner() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(status, out.toString(), err.toString());
    }

    /** Output that another thread can read while the command runs (for {@code watch}). */
    static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = ClaimstreamCli.commandLine(context());
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(withConnection(args));
    }

    /** The packaged jar as its own process: real exit status, real stdout/stderr separation. */
    static Result process(String... args) throws IOException, InterruptedException {
        Path jar = repo().resolve("cli/target/claimstream-cli.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        Collections.addAll(command, withConnection(args));
        Path dir = Files.createTempDirectory("cli-process");
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("CLAIMSTREAM_RUN_DIR", dir.toString()); // no stack.env there: flags only
        builder.environment().put("COLUMNS", Integer.toString(WIDTH));
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("claimstream " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String[] withConnection(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.isEmpty() && !all.contains("--help")) {
            Map<String, String> connection = new java.util.LinkedHashMap<>();
            connection.put("--ingest-url", TestStack.url(Service.INGEST));
            connection.put("--query-url", TestStack.url(Service.QUERY));
            connection.put("--analysis-url", TestStack.url(Service.ANALYSIS));
            connection.put("--kafka", TestStack.kafkaBootstrap());
            connection.put("--token", TestStack.API_KEY);
            connection.forEach((flag, value) -> {
                if (!all.contains(flag)) { // a test that names its own (unreachable) service keeps it
                    all.add(flag);
                    all.add(value);
                }
            });
        }
        return all.toArray(String[]::new);
    }

    private static CliContext context() {
        try {
            Path nowhere = Files.createTempDirectory("cli-repo");
            return new CliContext(Map.of(), nowhere, new Terminal(WIDTH, false, false, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A GET on query-service, independent of the command under test (java.net.http and Jackson),
     * to compare the command's output with what the API serves.
     */
    static JsonNode query(String path, Map<String, String> params) {
        StringBuilder url = new StringBuilder(TestStack.url(Service.QUERY)).append(path);
        String sep = "?";
        for (Map.Entry<String, String> param : params.entrySet()) {
            url.append(sep).append(param.getKey()).append('=')
                    .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
            sep = "&";
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.toString())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path repo() {
        return Path.of(System.getProperty("claimstream.repo", "..")).toAbsolutePath().normalize();
    }

    /** Text unique to this run, so that content-derived ids never collide with another test's documents. */
    static String nonce() {
        return Long.toString(System.nanoTime(), 36);
    }
}
