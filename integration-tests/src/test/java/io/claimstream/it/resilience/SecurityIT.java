package io.claimstream.it.resilience;

import io.claimstream.it.TestStack;
import io.claimstream.stack.Service;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/**
 * Writes need a credential (401 without, 403 with a wrong one) on every service that takes them;
 * every read filter treats SQL as data; CORS is off; request bodies are bounded.
 */
@ExtendWith(TestStack.class)
class SecurityIT {

    private static final List<String> INJECTIONS = List.of(
            "' OR 1=1 --", "'; DROP TABLE claim; --", "'; DROP TABLE claims; --", "\" OR \"\"=\"",
            "\u2019 OR \u20181\u2019=\u20191", "\u02bc; DELETE FROM document; --", "%", "_", "%_%", "\\", "\\'",
            "' UNION SELECT id, text FROM claim --", "1); SELECT pg_sleep(3); --", "$$; DROP TABLE person; $$",
            "Robert'); DROP TABLE document;--", "a:* & !b | (c <-> d)", "\u0000", "x\u0000y", "'", "\"", ";", "--",
            "/* */", "%00", "%27", "ｓｅｌｅｃｔ", "' AND 1=CAST((SELECT version()) AS int) --");

    private static String documentId;
    private static int claimCount;

    @BeforeAll
    static void oneDocumentToProtect() {
        String text = "Greta Holm (Analyst): Price wars will squeeze small inference providers by 2027.\n\n"
                + "Jonas Weber (Founder): I think open models will match closed ones within two years.\n";
        Response answer = TestStack.ingest().contentType(ContentType.JSON)
                .body(Map.of("text", text, "title", "Security check", "published", "2026-09-14")).post("/documents");
        assertThat(answer.statusCode()).isIn(200, 202);
        documentId = answer.jsonPath().getString("id");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300))
                .until(() -> TestStack.query().get("/documents/" + documentId).statusCode() == 200);
        claimCount = TestStack.query().get("/documents/" + documentId).then().extract().jsonPath().getInt("claimCount");
        assertThat(claimCount).isPositive();
    }

    @Test
    void everyWriteNeedsACredential() {
        String ingest = TestStack.url(Service.INGEST);
        String query = TestStack.url(Service.QUERY);
        Map<String, Function<RequestSpecification, Response>> writes = Map.of(
                "POST /documents (JSON)", r -> r.baseUri(ingest).contentType(ContentType.JSON)
                        .body(Map.of("text", "Ana Ruiz: Prices will fall.")).post("/documents"),
                "POST /documents (text)", r -> r.baseUri(ingest).contentType("text/plain")
                        .body("Ana Ruiz: Prices will fall.").post("/documents"),
                "POST /admin/dead-letters/{topic}/replay", r -> r.baseUri(ingest)
                        .post("/admin/dead-letters/documents.analyzed.dlq/replay"),
                "POST /predictions/{claimId}/resolution", r -> r.baseUri(query).contentType(ContentType.JSON)
                        .body(Map.of("outcome", true, "note", "came true")).post("/predictions/some-claim/resolution"),
                "DELETE /predictions/{claimId}/resolution", r -> r.baseUri(query).delete("/predictions/some-claim/resolution"));
        writes.forEach((call, send) -> {
            send.apply(RestAssured.given()).then().statusCode(401).header("WWW-Authenticate", "Bearer")
                    .body("error", equalTo("unauthorized"));
            send.apply(RestAssured.given().header("Authorization", "Bearer not-" + TestStack.API_KEY)).then()
                    .statusCode(403).body("error", equalTo("forbidden"));
            send.apply(RestAssured.given().header("Authorization", "Basic " + TestStack.API_KEY)).then().statusCode(401);
            System.out.printf("[security] %s: 401 without a credential, 403 with a wrong one%n", call);
        });
        // with the key the call is let through: the claim does not exist
        RestAssured.given().baseUri(query).header("Authorization", "Bearer " + TestStack.API_KEY)
                .contentType(ContentType.JSON).body(Map.of("outcome", true)).post("/predictions/no-such-claim/resolution")
                .then().statusCode(404);
    }

    @Test
    void injectionStringsInEveryFilterAreDataNeverSql() {
        Map<String, Long> before = totals();
        List<String> answers = new ArrayList<>();
        for (String attack : INJECTIONS) {
            // full text may match stored words in an attack string ('%27' finds "plan 27"): it must only never widen
            answers.add(readNotWidened("/claims", "q", attack));
            for (String param : List.of("speaker", "topic", "type", "document", "from", "to", "page", "size")) {
                answers.add(read("/claims", param, attack));
            }
            for (String param : List.of("name", "page", "size")) {
                answers.add(read("/speakers", param, attack));
            }
            for (String param : List.of("speaker", "topic", "horizon", "resolved", "page", "size")) {
                answers.add(read("/predictions", param, attack));
            }
            answers.add(read("/compare", "speakers", attack + "," + attack + "2"));
            answers.add(read("/compare", Map.of("speakers", "Greta Holm,Jonas Weber"), "topic", attack));
            answers.add(read("/compare", Map.of("speakers", "Greta Holm,Jonas Weber"), "size", attack));
            answers.add(read("/claims", "mode", attack));
            // semantic search always answers its nearest claims: judged by its status and the totals below
            answers.add(readAnyRows("/claims", Map.of("mode", "semantic"), "q", attack));
            for (String param : List.of("from", "to", "page", "size")) {
                answers.add(read("/documents", param, attack));
            }
            for (String param : List.of("q", "source")) {
                answers.add(readNotWidened("/documents", param, attack));
            }
            answers.add(read("/documents/" + documentId + "/claims", "page", attack));
            answers.add(read("/topics/agents", "size", attack));
            for (String param : List.of("page", "size")) {
                answers.add(read("/topics/emergent", param, attack));
            }
            for (String path : List.of("/documents/{x}", "/documents/{x}/claims", "/documents/{x}/speakers",
                    "/documents/{x}/text", "/claims/{x}", "/speakers/{x}", "/topics/{x}")) {
                answers.add(readPath(path, attack));
            }
        }
        System.out.printf("[security] %d reads with %d injection strings: %s%n", answers.size(), INJECTIONS.size(),
                answers.stream().collect(java.util.stream.Collectors.groupingBy(a -> a, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting())));
        assertThat(totals()).as("nothing was changed or dropped").isEqualTo(before);
        TestStack.query().get("/documents/" + documentId).then().statusCode(200).body("claimCount", equalTo(claimCount));
    }

    /**
     * The live stream's filters: each injection string as speaker or topic opens a stream (or is
     * refused with a 400) and is delivered nothing when a document arrives, while an unfiltered
     * stream opened at the same time receives its claims.
     */
    @Test
    void injectionStringsInTheStreamFiltersMatchNothing() throws Exception {
        // HTTP/1.1: one plain connection per stream, no upgrade attempt on an endless response
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<OpenStream> attacked = new ArrayList<>();
        OpenStream control = OpenStream.open(client, "");
        try {
            for (String attack : INJECTIONS) {
                for (String param : List.of("speaker", "topic")) {
                    attacked.add(OpenStream.open(client, param + "=" + URLEncoder.encode(attack, StandardCharsets.UTF_8)));
                }
            }
            for (OpenStream stream : attacked) {
                assertThat(stream.status()).as("%s -> %s", stream.query(), stream.lines()).isIn(200, 400);
            }
            assertThat(control.status()).isEqualTo(200);
            // every subscriber is attached before the document is stored
            await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> true);
            String text = "Greta Holm (Analyst): Inference prices will halve again next year.\n\n"
                    + "Jonas Weber (Founder): Every lab should publish its evaluation suites.\n";
            TestStack.ingest().contentType(ContentType.JSON)
                    .body(Map.of("text", text, "title", "Stream filter check", "published", "2026-09-15"))
                    .post("/documents").then().statusCode(anyOf(equalTo(200), equalTo(202)));
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300))
                    .untilAsserted(() -> assertThat(control.lines()).contains("event:claim"));
            // the attacked streams share the server's one event source with the control stream: a short grace suffices
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
            long opened = attacked.stream().filter(stream -> stream.status() == 200).count();
            for (OpenStream stream : attacked) {
                assertThat(stream.lines()).as("nothing delivered to %s", stream.query())
                        .noneMatch(line -> line.startsWith("event:") || line.startsWith("data:"));
            }
            System.out.printf("[security] %d filtered streams with injection strings (%d opened, %d refused): "
                    + "none delivered an event; the unfiltered stream did%n", attacked.size(), opened, attacked.size() - opened);
        } finally {
            attacked.forEach(OpenStream::close);
            control.close();
        }
    }

    /** One open SSE connection whose lines are collected as they arrive. */
    private record OpenStream(String query, CompletableFuture<HttpResponse<InputStream>> response, List<String> lines) {

        static OpenStream open(HttpClient client, String query) {
            URI uri = URI.create(TestStack.url(Service.QUERY) + "/stream" + (query.isEmpty() ? "" : "?" + query));
            HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build();
            OpenStream stream = new OpenStream(query, client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()),
                    new CopyOnWriteArrayList<>());
            stream.response().thenAcceptAsync(answer -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(answer.body(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        stream.lines().add(line);
                    }
                } catch (IOException closed) {
                    // the test closed the stream
                }
            });
            return stream;
        }

        int status() {
            try {
                return response.get(30, TimeUnit.SECONDS).statusCode();
            } catch (Exception e) {
                throw new AssertionError("no answer from /stream?" + query, e);
            }
        }

        void close() {
            response.cancel(true);
            response.thenAccept(answer -> {
                try {
                    answer.body().close();
                } catch (IOException ignored) {
                    // already closed
                }
            });
        }
    }

    @Test
    void theWriteKeyNeverAppearsInAServiceLog() throws IOException {
        // an accepted write, a refused one and a read with the key: every path that sees a credential has run
        TestStack.ingest().contentType(ContentType.JSON).body(Map.of("text", "Ana Ruiz: Keys stay out of logs."))
                .post("/documents").then().statusCode(anyOf(equalTo(200), equalTo(202)));
        RestAssured.given().baseUri(TestStack.url(Service.INGEST)).header("Authorization", "Bearer " + TestStack.API_KEY + "x")
                .contentType(ContentType.JSON).body(Map.of("text", "Ana Ruiz: Keys stay out of logs."))
                .post("/documents").then().statusCode(403);
        TestStack.query().header("Authorization", "Bearer " + TestStack.API_KEY).get("/claims").then().statusCode(200);
        for (Service service : Service.values()) {
            Path log = TestStack.stack().settings().run().logFile(service.module());
            assertThat(Files.readString(log)).as("%s", log).isNotEmpty().doesNotContain(TestStack.API_KEY);
        }
    }

    @Test
    void corsIsOffUnlessConfigured() {
        for (Service service : Service.values()) {
            Response preflight = RestAssured.given().baseUri(TestStack.url(service))
                    .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                    .options(service == Service.QUERY ? "/claims" : "/q/health/ready");
            assertThat(preflight.getHeader("Access-Control-Allow-Origin")).as(service.module()).isNull();
            Response simple = RestAssured.given().baseUri(TestStack.url(service)).header("Origin", "https://evil.example")
                    .get("/q/health/live");
            assertThat(simple.getHeader("Access-Control-Allow-Origin")).as(service.module()).isNull();
        }
    }

    @Test
    void requestBodiesAreBounded() {
        String note = "x".repeat(200 * 1024);
        int status = RestAssured.given().baseUri(TestStack.url(Service.QUERY))
                .header("Authorization", "Bearer " + TestStack.API_KEY).contentType(ContentType.JSON)
                .body(Map.of("outcome", true, "note", note)).post("/predictions/any-claim/resolution").statusCode();
        assertThat(status).isEqualTo(413);
        TestStack.ingest().contentType("text/plain").body("x".repeat(11 * 1024 * 1024)).post("/documents")
                .then().statusCode(413).body("error", equalTo("payload_too_large"));
    }

    /** One filtered read: 200 with no rows, or a 4xx; the answer's status for the summary. */
    private static String read(String path, String param, String value) {
        return read(path, Map.of(), param, value);
    }

    private static String read(String path, Map<String, String> fixed, String param, String value) {
        Response answer = TestStack.query().queryParams(fixed).queryParam(param, value).get(path);
        return judge(path + "?" + param, value, answer);
    }

    /** A free-text filter that may match real rows: it must never widen to everything (an OR 1=1). */
    private static String readNotWidened(String path, String param, String value) {
        long all = TestStack.query().get(path).then().statusCode(200).extract().jsonPath().getLong("total");
        Response answer = TestStack.query().queryParam(param, value).get(path);
        String what = path + "?" + param + " = " + printable(value) + " -> " + answer.statusCode() + " " + answer.asString();
        assertThat(answer.statusCode()).as(what).isIn(200, 400);
        if (answer.statusCode() == 200 && all > 1) {
            assertThat(answer.jsonPath().getLong("total")).as("not every row: " + what).isLessThan(all);
        }
        return Integer.toString(answer.statusCode());
    }

    private static String readAnyRows(String path, Map<String, String> fixed, String param, String value) {
        Response answer = TestStack.query().queryParams(fixed).queryParam(param, value).get(path);
        assertThat(answer.statusCode()).as(path + "?" + param + " = " + printable(value) + " -> " + answer.asString())
                .isIn(200, 400);
        return Integer.toString(answer.statusCode());
    }

    private static String readPath(String template, String value) {
        Response answer = TestStack.query().get(template, value);
        return judge(template, value, answer);
    }

    private static String judge(String where, String value, Response answer) {
        int status = answer.statusCode();
        String what = where + " = " + printable(value) + " -> " + status + " " + answer.asString();
        assertThat(status).as(what).isIn(200, 400, 404);
        if (status == 200) {
            assertThat(rows(answer)).as("no rows: " + what).isZero();
        }
        return Integer.toString(status);
    }

    /** Rows in a page ({@code items}) or in every column of a comparison. */
    private static int rows(Response answer) {
        List<Object> items = answer.jsonPath().getList("items");
        if (items != null) {
            return items.size();
        }
        List<List<Object>> columns = answer.jsonPath().getList("speakers.claims");
        return columns == null ? 0 : columns.stream().mapToInt(List::size).sum();
    }

    private static Map<String, Long> totals() {
        return Map.of(
                "claims", TestStack.query().get("/claims").then().statusCode(200).extract().jsonPath().getLong("total"),
                "speakers", TestStack.query().get("/speakers").then().statusCode(200).extract().jsonPath().getLong("total"),
                "predictions", TestStack.query().get("/predictions").then().statusCode(200).extract().jsonPath().getLong("total"));
    }

    private static String printable(String value) {
        return value.replace("\u0000", "\\0");
    }
}
