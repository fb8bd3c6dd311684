package io.claimstream.it.resilience;

import io.claimstream.contracts.EventCodec;
import io.claimstream.it.resilience.Outcomes.Expect;
import io.claimstream.contracts.Topics;
import io.claimstream.it.TestStack;
import io.claimstream.parse.DocumentIds;
import io.claimstream.stack.LocalStack;
import io.claimstream.stack.ManagedProcess;
import io.claimstream.stack.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input on both doors, {@code POST /documents} and the {@code documents.incoming} topic.
 * Every REST answer is a 4xx that says what is wrong, or an acceptance whose document is then
 * analysed and served (or, past a time limit, dead-lettered with the reason); every record is
 * ingested or dead-lettered with its reason. Never a 5xx, and every service is still ready at the
 * end. Prints a table of what happened and each service's peak resident memory.
 */
@ExtendWith(TestStack.class)
class FuzzIT {

    private static final Duration SETTLE = Duration.ofMinutes(8);
    private static final int MB = 1024 * 1024;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Outcomes outcomes = new Outcomes();

    @Test
    void everyInputIsRefusedWithA4xxOrAnalysedOrReportedAndNothingCrashes() throws Exception {
        restInputs();
        kafkaInputs();
        outcomes.settle(SETTLE);
        outcomes.print(System.out);
        outcomes.assertAllSettled();

        LocalStack stack = TestStack.stack();
        for (Service service : Service.values()) {
            assertThat(stack.isReady(service)).as("%s ready after the fuzzing", service.module()).isTrue();
        }
        printMemory(stack);
    }

    private void restInputs() throws Exception {
        rest("binary bytes as text/plain", "text/plain", FuzzInputs.binary(1, 64 * 1024), 400);
        rest("binary bytes as JSON", "application/json", FuzzInputs.binary(2, 4096), 400);
        rest("binary bytes as octet-stream", "application/octet-stream", FuzzInputs.binary(3, 4096), 415);
        rest("invalid UTF-8 text", "text/plain; charset=utf-8", FuzzInputs.invalidUtf8(run), 400);
        rest("invalid UTF-8 inside JSON", "application/json", json("{\"text\": \"", FuzzInputs.invalidUtf8(run), "\"}"), 400);
        rest("unknown charset", "text/plain; charset=klingon-8", utf8(FuzzInputs.claim(run)), 400);
        rest("0 bytes text", "text/plain", new byte[0], 400);
        rest("0 bytes JSON", "application/json", new byte[0], 400);
        rest("50 MB with Content-Length", "text/plain", fill(50 * MB), 413);
        restChunked("50 MB chunked, no length", "text/plain", fill(50 * MB), 413);
        rest("20 MB text in JSON", "application/json", utf8(EventCodec.encode(Map.of("text", "x".repeat(20 * MB)))), 413);
        restLarge("single 5 MB line", "text/plain", utf8(FuzzInputs.singleLine(run + "-rest", 5 * MB)));
        rest("100,000 speaker turns", "text/plain", utf8(FuzzInputs.turns(run, 100_000)), 413);
        restLarge("HTML nested 50,000 deep", "text/html", utf8(FuzzInputs.nestedHtml(run, 50_000)));
        rest("JSON nested 100,000 deep", "application/json", utf8("[".repeat(100_000) + "]".repeat(100_000)), 400);
        rest("unbalanced quotes, controls (JSON)", "application/json",
                utf8(EventCodec.encode(Map.of("text", FuzzInputs.quotesAndControls(run + "-json")))), 202);
        rest("unbalanced quotes, controls (raw)", "text/plain", utf8(FuzzInputs.quotesAndControls(run + "-raw")), 202);
        rest("lone surrogates in JSON", "application/json",
                utf8("{\"text\": \"Ana Ruiz: run " + run + " \\ud800 will \\udc00 hold.\"}"), 202);
        rest("homoglyph names", "application/json",
                utf8(EventCodec.encode(Map.of("text", FuzzInputs.homoglyphs(run)))), 202);
        rest("JSON text is a number", "application/json", utf8("{\"text\": 42}"), 400);
        rest("JSON text is an array", "application/json", utf8("{\"text\": [\"a\", \"b\"]}"), 400);
        rest("JSON title is an object", "application/json", utf8("{\"text\": \"x y\", \"title\": {\"a\": 1}}"), 400);
        rest("JSON published is a number", "application/json", utf8("{\"text\": \"x y\", \"published\": 20260914}"), 400);
        rest("JSON is an array", "application/json", utf8("[{\"text\": \"x\"}]"), 400);
        rest("JSON is a bare string", "application/json", utf8("\"Ana Ruiz: hello\""), 400);
        rest("JSON null", "application/json", utf8("null"), 400);
        rest("JSON with extra fields", "application/json", utf8("{\"text\": " + EventCodec.encode(FuzzInputs.claim(run + "-extra"))
                + ", \"speakers\": [1, {\"x\": null}], \"priority\": true, \"text2\": 5}"), 202);
    }

    private void kafkaInputs() {
        kafka("binary bytes", FuzzInputs.binary(4, 64 * 1024), Expect.DEAD_LETTER);
        kafka("invalid UTF-8 inside JSON", json("{\"text\": \"", FuzzInputs.invalidUtf8(run + "-k"), "\"}"), Expect.DEAD_LETTER);
        kafka("0 bytes", new byte[0], Expect.DEAD_LETTER);
        kafka("no value (tombstone)", null, Expect.DEAD_LETTER);
        kafka("20 MB text, over the ingest limit", utf8(EventCodec.encode(Map.of("text", "x".repeat(20 * MB)))), Expect.DEAD_LETTER);
        kafkaRefused("50 MB record", fill(50 * MB));
        kafka("single 5 MB line", document(FuzzInputs.singleLine(run + "-kafka", 5 * MB), null), Expect.QUERYABLE_OR_LIMIT);
        kafka("100,000 speaker turns", document(FuzzInputs.turns(run + "-kafka", 100_000), null), Expect.DEAD_LETTER);
        kafka("HTML nested 50,000 deep", document(FuzzInputs.nestedHtml(run + "-kafka", 50_000), "html"), Expect.QUERYABLE_OR_LIMIT);
        kafka("unbalanced quotes, controls", document(FuzzInputs.quotesAndControls(run + "-kafka"), null), Expect.QUERYABLE);
        kafka("homoglyph names", document(FuzzInputs.homoglyphs(run + "-kafka"), null), Expect.QUERYABLE);
        kafka("JSON text is a number", utf8("{\"text\": 42}"), Expect.DEAD_LETTER);
        kafka("JSON is an array", utf8("[1, 2, 3]"), Expect.DEAD_LETTER);
        kafka("JSON nested 100,000 deep", utf8("{\"text\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"), Expect.DEAD_LETTER);
        kafka("JSON with extra fields", utf8("{\"text\": " + EventCodec.encode(FuzzInputs.claim(run + "-kafka-extra"))
                + ", \"id\": 7, \"nested\": {\"deep\": [true]}}"), Expect.QUERYABLE);
    }

    private void rest(String input, String type, byte[] body, int expected) throws Exception {
        send(input, type, HttpRequest.BodyPublishers.ofByteArray(body), expected, Expect.QUERYABLE);
    }

    /** A large document, which may run into the analysis time limit on a slow machine: then it must be reported. */
    private void restLarge(String input, String type, byte[] body) throws Exception {
        send(input, type, HttpRequest.BodyPublishers.ofByteArray(body), 202, Expect.QUERYABLE_OR_LIMIT);
    }

    private void restChunked(String input, String type, byte[] body, int expected) throws Exception {
        send(input, type, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), expected,
                Expect.QUERYABLE);
    }

    private void send(String input, String type, HttpRequest.BodyPublisher body, int expected, Expect expect)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestStack.url(Service.INGEST) + "/documents"))
                .timeout(Duration.ofMinutes(3)).header("Content-Type", type)
                .header("Authorization", "Bearer " + TestStack.API_KEY).POST(body).build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = answer.statusCode();
        assertThat(status).as("%s: %s", input, answer.body()).isLessThan(500);
        if (status >= 400) {
            assertThat(answer.body()).as("%s: a JSON error that says what is wrong", input).contains("\"error\"", "\"message\"");
        }
        assertThat(status).as("%s: %s", input, answer.body()).isEqualTo(expected);
        String id = status < 300 ? EventCodec.decode(answer.body(), Map.class).get("id").toString() : null;
        outcomes.rest(input, status, id, status >= 400 ? answer.body() : null, expect);
    }

    private void kafka(String input, byte[] value, Expect expect) {
        String key = "fuzz-" + run + "-" + outcomes.size();
        Kafka.send(Topics.INCOMING, key, value, Map.of());
        String id = expect == Expect.DEAD_LETTER ? null : DocumentIds.of(textOf(value));
        outcomes.kafka(input, key, id, expect);
    }

    private void kafkaRefused(String input, byte[] value) {
        try {
            Kafka.send(Topics.INCOMING, "fuzz-" + run + "-big", value, Map.of());
            throw new AssertionError(input + " was accepted by the broker");
        } catch (IllegalStateException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            outcomes.refusedByKafka(input, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    private static byte[] document(String text, String format) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("text", text);
        fields.put("title", "fuzz");
        if (format != null) {
            fields.put("format", format);
        }
        return utf8(EventCodec.encode(fields));
    }

    private static String textOf(byte[] json) {
        return EventCodec.decode(new String(json, StandardCharsets.UTF_8), Map.class).get("text").toString();
    }

    private static void printMemory(LocalStack stack) {
        List<String> lines = new ArrayList<>();
        for (Service service : Service.values()) {
            ManagedProcess.find(service.module(), stack.settings().run()).ifPresent(p -> lines.add(String.format(
                    "[fuzz] %-17s peak RSS %5d MiB, now %5d MiB", service.module(),
                    Memory.peakKilobytes(p.pid()) / 1024, Memory.currentKilobytes(p.pid()) / 1024)));
        }
        lines.forEach(System.out::println);
    }

    private static byte[] json(String head, byte[] middle, String tail) {
        byte[] h = utf8(head);
        byte[] t = utf8(tail);
        byte[] all = new byte[h.length + middle.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(middle, 0, all, h.length, middle.length);
        System.arraycopy(t, 0, all, h.length + middle.length, t.length);
        return all;
    }

    private static byte[] fill(int size) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
