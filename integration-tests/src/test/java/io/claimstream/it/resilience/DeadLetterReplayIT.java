package io.claimstream.it.resilience;

import io.claimstream.contracts.EventCodec;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.contracts.Topics;
import io.claimstream.it.TestStack;
import io.claimstream.parse.DocumentParser;
import io.claimstream.stack.Service;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Dead letters carry their reason, and an authenticated replay sends them back to where they
 * failed: a record that failed for a passing reason is then processed, one that is still wrong
 * returns to its dead-letter topic, and nothing is marked replayed twice.
 */
@ExtendWith(TestStack.class)
class DeadLetterReplayIT {

    private static final Duration WAIT = Duration.ofSeconds(120);

    @Test
    void replayNeedsACredentialAndListingIsOpen() {
        RestAssured.given().baseUri(TestStack.url(Service.INGEST)).post("/admin/dead-letters/documents.parsed.dlq/replay")
                .then().statusCode(401).body("error", equalTo("unauthorized"));
        RestAssured.given().baseUri(TestStack.url(Service.INGEST)).header("Authorization", "Bearer wrong-key")
                .post("/admin/dead-letters/documents.parsed.dlq/replay")
                .then().statusCode(403).body("error", equalTo("forbidden"));
        TestStack.ingest().post("/admin/dead-letters/documents.parsed/replay").then().statusCode(404);
        TestStack.ingest().queryParam("limit", "none").post("/admin/dead-letters/documents.parsed.dlq/replay")
                .then().statusCode(400);
        List<String> topics = RestAssured.given().baseUri(TestStack.url(Service.INGEST)).get("/admin/dead-letters")
                .then().statusCode(200).extract().jsonPath().getList("topic");
        assertThat(topics).containsExactlyInAnyOrder(Topics.INCOMING_DLQ, Topics.PARSED_DLQ, Topics.ANALYZED_DLQ);
    }

    @Test
    void poisonIsDeadLetteredWithItsReasonTheFixIsProcessedAndReplayReturnsThePoisonToTheDlq() {
        String key = "poison-" + UUID.randomUUID();
        Kafka.send(Topics.INCOMING, key, "{\"text\": \"   \", \"title\": \"nothing to say\"}");
        ConsumerRecord<byte[], byte[]> dead = Kafka.awaitRecord(Topics.INCOMING_DLQ, key, WAIT, r -> true).get(0);
        assertThat(Kafka.header(dead, "dead-letter-reason")).startsWith("empty_text");
        assertThat(Kafka.header(dead, "dead-letter-topic")).isEqualTo(Topics.INCOMING);

        // the fix: the producer sends the record again, corrected
        String text = "Ines Halvorsen (Analyst): Replayed pipelines will need fewer operators by 2028.\n";
        Kafka.send(Topics.INCOMING, key, "{\"text\": " + quote(text) + ", \"title\": \"corrected\"}");
        String id = io.claimstream.parse.DocumentIds.of(text);
        awaitQueryable(id);

        JsonPath replay = replay(Topics.INCOMING_DLQ, null);
        assertThat(replay.getLong("replayed")).isGreaterThanOrEqualTo(1);
        assertThat(replay.getBoolean("complete")).isTrue();
        assertThat(replay.getMap("targets")).containsKey(Topics.INCOMING);
        // still empty: it fails again and is back in the DLQ, marked as a replayed copy
        ConsumerRecord<byte[], byte[]> again = Kafka.awaitRecord(Topics.INCOMING_DLQ, key, WAIT,
                r -> Kafka.header(r, "claimstream-replayed-from") != null).get(0);
        assertThat(Kafka.header(again, "dead-letter-reason")).startsWith("empty_text");
        assertThat(Kafka.header(again, "claimstream-replayed-from")).startsWith(Topics.INCOMING_DLQ + "/");
    }

    @Test
    void recordsThatFailedForAPassingReasonAreProcessedAfterReplay() {
        // as the analysis service's dead-letter strategy writes a document that ran out of time on a busy node
        ParsedDocument parsed = parse("Oskar Lindgren (Engineer): Smaller clusters will train most open models by 2029.\n");
        Kafka.send(Topics.PARSED_DLQ, parsed.id(), bytes(EventCodec.encode(parsed)), Map.of(
                "dead-letter-topic", Topics.PARSED, "dead-letter-partition", "0", "dead-letter-offset", "0",
                "dead-letter-reason", "analysis exceeded its time limit of 60000 ms"));
        // and as the query service's writes a document it could not store
        ParsedDocument other = parse("Petra Novak (Investor): Data centre power will cost more than chips by 2030.\n");
        String analyzed = RestAssured.given().baseUri(TestStack.url(Service.ANALYSIS)).contentType(ContentType.JSON)
                .body(EventCodec.encode(other)).post("/analyze").then().statusCode(200).extract().asString();
        Kafka.send(Topics.ANALYZED_DLQ, other.id(), bytes(analyzed), Map.of(
                "dead-letter-topic", Topics.ANALYZED, "dead-letter-reason", "could not serialize access"));

        // one at a time first: progress is kept between calls
        awaitPending(Topics.PARSED_DLQ);
        JsonPath first = replay(Topics.PARSED_DLQ, 1);
        assertThat(first.getLong("replayed") + first.getLong("skipped")).isEqualTo(1);
        JsonPath rest = replay(Topics.PARSED_DLQ, null);
        assertThat(rest.getBoolean("complete")).isTrue();
        assertThat(rest.getLong("remaining")).isZero();
        awaitPending(Topics.ANALYZED_DLQ);
        assertThat(replay(Topics.ANALYZED_DLQ, null).getLong("replayed")).isGreaterThanOrEqualTo(1);

        awaitQueryable(parsed.id());
        awaitQueryable(other.id());
        assertThat(claimTexts(parsed.id())).anySatisfy(t -> assertThat(t).contains("Smaller clusters will train"));
        assertThat(claimTexts(other.id())).anySatisfy(t -> assertThat(t).contains("Data centre power will cost"));

        // a second replay has nothing left of what the first one marked
        JsonPath again = replay(Topics.ANALYZED_DLQ, null);
        assertThat(again.getLong("remaining")).isZero();
        assertThat(again.getBoolean("complete")).isTrue();
    }

    private static JsonPath replay(String topic, Integer limit) {
        var request = TestStack.ingest();
        if (limit != null) {
            request = request.queryParam("limit", limit);
        }
        return request.post("/admin/dead-letters/" + topic + "/replay").then().statusCode(200)
                .body("topic", equalTo(topic)).extract().jsonPath();
    }

    private static long pending(String topic) {
        List<Map<String, Object>> counts = TestStack.ingest().get("/admin/dead-letters").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return counts.stream().filter(c -> topic.equals(c.get("topic")))
                .mapToLong(c -> ((Number) c.get("pending")).longValue()).sum();
    }

    private static void awaitPending(String topic) {
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(topic) > 0);
    }

    private static void awaitQueryable(String id) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() ->
                TestStack.query().get("/documents/" + id).statusCode() == 200);
    }

    private static List<String> claimTexts(String id) {
        return TestStack.query().queryParam("size", 1000).get("/documents/" + id + "/claims")
                .then().statusCode(200).extract().jsonPath().getList("items.text");
    }

    private static ParsedDocument parse(String text) {
        return new DocumentParser().parse(new RawDocument(text, "replay check", null, null, "2026-09-14", "en", null),
                Instant.now());
    }

    private static byte[] bytes(String value) {
        return value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        return EventCodec.encode(text);
    }
}
