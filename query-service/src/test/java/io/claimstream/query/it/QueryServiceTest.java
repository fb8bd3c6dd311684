package io.claimstream.query.it;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.EventCodec;
import io.claimstream.query.store.DerivedData;
import io.claimstream.query.store.DocumentWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The query-service against a real PostgreSQL and (when built) a real Kafka broker: documents
 * arrive on documents.analyzed and are read back through the REST API.
 */
@QuarkusTest
@QuarkusTestResource(RealServers.class)
class QueryServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static boolean corpusStored;

    @Inject
    DocumentWriter writer;

    @Inject
    DerivedData derived;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = RealServers.KAFKA_AVAILABLE)
    boolean kafkaAvailable;

    @BeforeEach
    void storeCorpus() {
        if (!corpusStored) {
            publish(Corpus.panel("v1"));
            publish(Corpus.report());
            awaitDocument(Corpus.PANEL);
            awaitDocument(Corpus.REPORT);
            // profiles and corroboration follow the stored documents in the background
            await().atMost(WAIT).until(() -> derived.pending() == 0);
            corpusStored = true;
        }
    }

    @Test
    void servesAStoredDocumentWithItsSpeakersAndClaims() {
        given().get("/documents/{id}", Corpus.PANEL).then().statusCode(200)
                .body("status", equalTo("analyzed"))
                .body("published", equalTo("2026-03-01"))
                .body("claimCount", equalTo(3))
                .body("speakers.id", org.hamcrest.Matchers.hasItems("ann-lee", "bob-stone"));
        JsonPath claims = given().get("/documents/{id}/claims?size=1000", Corpus.PANEL).then().statusCode(200)
                .extract().jsonPath();
        assertThat(claims.getInt("total")).isEqualTo(3);
        assertThat(claims.getList("items.span.start", Integer.class)).isSorted();
        assertThat(claims.getString("items[0].speaker.name")).isEqualTo("Ann Lee");
        String first = claims.getString("items[0].text");
        int start = claims.getInt("items[0].span.start");
        assertThat(Corpus.PANEL_TEXT.substring(start, start + first.length())).isEqualTo(first);
    }

    @Test
    void unchangedAnswersRevalidateWithTheirEntityTag() {
        String tag = given().get("/documents/{id}", Corpus.PANEL).then().statusCode(200)
                .header("Cache-Control", "no-cache").extract().header("ETag");
        assertThat(tag).isNotBlank();
        given().header("If-None-Match", tag).get("/documents/{id}", Corpus.PANEL).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get("/documents/{id}", Corpus.PANEL).then().statusCode(200);
    }

    @Test
    void oneDocumentIs404UntilStored() {
        given().get("/documents/not-yet").then().statusCode(404).contentType(ContentType.JSON)
                .body("error", equalTo("not_found"));
        given().get("/documents/not-yet/claims").then().statusCode(404);
    }

    @Test
    void aPersonIsOnePersonAcrossDocumentsAndNamesakesStayApart() {
        JsonPath speakers = given().get("/documents/{id}/speakers", Corpus.REPORT).then().statusCode(200)
                .extract().jsonPath();
        assertThat(speakers.getList("id", String.class)).containsExactlyInAnyOrder("ann-lee", "tom-lee");
        given().get("/speakers/ann-lee").then().statusCode(200)
                .body("name", equalTo("Ann Lee"))
                .body("documentCount", equalTo(2))
                .body("aliases", org.hamcrest.Matchers.hasItem("Lee"))
                .body("affiliationHistory[0].name", equalTo("New Labs"))
                .body("affiliationHistory[0].from", equalTo("2026-03-01"))
                .body("affiliationHistory[0].to", equalTo("2026-05-01"))
                .body("timeline[0].documentId", equalTo(Corpus.PANEL))
                .body("timelineLimit", equalTo(50))
                .body("timelineTruncated", equalTo(false));
        given().get("/speakers/ann-lee?timelineLimit=1").then().statusCode(200)
                .body("timelineLimit", equalTo(1))
                .body("timeline.claims.flatten().size()", equalTo(1))
                .body("timelineTruncated", equalTo(true));
        given().get("/speakers/ann-lee?timelineLimit=0").then().statusCode(400).body("error", equalTo("invalid_parameter"));
        given().get("/claims?speaker=Lee, Ann").then().statusCode(200).body("total", equalTo(3));
        given().get("/claims?speaker=tom-lee").then().statusCode(200).body("total", equalTo(1));
    }

    /**
     * A busy speaker's profile lists their newest documents, up to documentsLimit, with the count of all;
     * GET /documents?speaker= pages through all of them in the same order. The dated affiliations are of
     * every document, listed or not.
     */
    @Test
    void aProfileListsTheNewestDocumentsAndGetDocumentsPagesThroughAll() {
        List<String> newestFirst = new java.util.ArrayList<>();
        // two documents on the newest day (listed by id), 22 on earlier days, one undated (last)
        for (String id : List.of("it-busy-a", "it-busy-b")) {
            writer.store(Corpus.dated(id, "2025-02-01", "Data order matters more than batch size.", "Yara Quillfeather",
                    "Quill Works"));
            newestFirst.add(id);
        }
        for (int day = 22; day >= 1; day--) {
            String id = "it-busy-%02d".formatted(day);
            writer.store(Corpus.dated(id, "2025-01-%02d".formatted(day), "Data order mattered again on day " + day + ".",
                    "Yara Quillfeather", "Quill Works"));
            newestFirst.add(id);
        }
        writer.store(Corpus.dated("it-busy-undated", null, "Nobody dated this remark on data order.",
                "Yara Quillfeather", "Quill Works"));
        newestFirst.add("it-busy-undated");
        String person = given().get("/speakers?name=Yara Quillfeather").then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].id");

        var profile = given().get("/speakers/{id}", person).then().statusCode(200)
                .header("Cache-Control", equalTo("no-cache"))
                .body("documentCount", equalTo(25))
                .body("claimCount", equalTo(25))
                .body("documentsLimit", equalTo(20))
                .body("documentsTruncated", equalTo(true))
                .body("affiliationHistory[0].name", equalTo("Quill Works"))
                .body("affiliationHistory[0].from", equalTo("2025-01-01"))
                .body("affiliationHistory[0].to", equalTo("2025-02-01"))
                .body("affiliationHistory[0].documents", equalTo(25))
                .extract();
        assertThat(profile.jsonPath().getList("documents.id", String.class)).isEqualTo(newestFirst.subList(0, 20));
        given().header("If-None-Match", profile.header("ETag")).get("/speakers/{id}", person).then().statusCode(304);
        given().get("/speakers/{id}?documentsLimit=200", person).then().statusCode(200)
                .body("documents.id", equalTo(newestFirst)).body("documentsTruncated", equalTo(false));
        given().get("/speakers/{id}?documentsLimit=25", person).then().body("documentsTruncated", equalTo(false));

        List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonPath documents = given().get("/documents?speaker={id}&size=10&page={page}", person, page).then()
                    .statusCode(200).body("total", equalTo(25)).extract().jsonPath();
            paged.addAll(documents.getList("items.id", String.class));
        }
        assertThat(paged).isEqualTo(newestFirst);
        given().get("/documents?speaker=Yara Quillfeather&size=1").then().statusCode(200).body("total", equalTo(25))
                .body("items[0].id", equalTo("it-busy-a"));
        given().get("/documents?speaker={id}&from=2025-01-21", person).then().body("total", equalTo(4));
        given().get("/documents?speaker=nobody-speaks-here").then().statusCode(200).body("total", equalTo(0))
                .body("items.size()", equalTo(0));

        given().get("/speakers/{id}?documentsLimit=0", person).then().statusCode(400).contentType(ContentType.JSON)
                .body("error", equalTo("invalid_parameter"))
                .body("message", equalTo("documentsLimit must be between 1 and 200 (got 0)"));
        given().get("/speakers/{id}?documentsLimit=201", person).then().statusCode(400)
                .body("message", containsString("documentsLimit must be between 1 and 200"));
        given().get("/speakers/{id}?documentsLimit=all", person).then().statusCode(400)
                .body("message", containsString("documentsLimit must be a whole number"));
    }

    /**
     * Names each document uses for its own speaker ("The company" in a press release, "Speaker 1" in a
     * diarized transcript, "Professor Hale" for one of two Hales, a seat such as "Moderator") merge nobody
     * across documents.
     */
    @Test
    void namesEveryDocumentUsesForItsOwnSpeakerMergeNobody() {
        List<AnalyzedDocument> documents = List.of(
                Corpus.described("it-org-" + UUID.randomUUID(), "Quillon Robotics", "organization",
                        List.of("Quillon", "The company"), "Quillon will ship its arm next year."),
                Corpus.described("it-org-" + UUID.randomUUID(), "Ferrow Analytics", "organization",
                        List.of("Ferrow", "The company"), "Ferrow doubled its revenue this quarter."),
                Corpus.described("it-seat-" + UUID.randomUUID(), "Wren Halloway", "person",
                        List.of("Speaker 1", "Wren"), "Our cluster runs at full load every night."),
                Corpus.described("it-seat-" + UUID.randomUUID(), "Osman Trevel", "person",
                        List.of("Speaker 1", "Osman"), "Distillation saved us half the serving bill."),
                Corpus.described("it-hon-" + UUID.randomUUID(), "Ivo Hale", "person",
                        List.of("Professor Hale", "Hale"), "Small labs should publish their failures."),
                Corpus.described("it-hon-" + UUID.randomUUID(), "Nora Hale", "person",
                        List.of("Professor Hale", "Hale"), "Robot hands are still the hard part."),
                Corpus.described("it-seat-" + UUID.randomUUID(), "Moderator", "person",
                        List.of(), "Open models closed the gap this spring."),
                Corpus.described("it-seat-" + UUID.randomUUID(), "Moderator", "person",
                        List.of(), "Inference prices fell by half in a year."));
        documents.forEach(this::publish);
        documents.forEach(document -> awaitDocument(document.id()));
        await().atMost(WAIT).until(() -> derived.pending() == 0);
        List<String> people = documents.stream().map(document -> given().get("/documents/{id}/speakers", document.id())
                .then().statusCode(200).extract().<String>path("[0].id")).toList();
        assertThat(people.subList(0, 6)).containsExactly("quillon-robotics", "ferrow-analytics", "wren-halloway",
                "osman-trevel", "ivo-hale", "nora-hale");
        assertThat(people.subList(6, 8)).doesNotHaveDuplicates().allMatch(id -> id.startsWith("moderator-it-seat-"));
        // a new analysis of a document finds its seat's person again
        AnalyzedDocument first = documents.get(6);
        publish(new AnalyzedDocument(first.schemaVersion(), first.id(), "v2", first.text(), first.metadata(),
                first.speakers(), first.claims(), first.analyzedAt(), first.claimEmbeddings()));
        await().atMost(WAIT).untilAsserted(() -> given().get("/documents/{id}", first.id()).then()
                .body("analyzerVersion", equalTo("v2")));
        given().get("/documents/{id}/speakers", first.id()).then().statusCode(200).body("[0].id", equalTo(people.get(6)));
        given().get("/speakers/{id}", "ferrow-analytics").then().statusCode(200).body("name", equalTo("Ferrow Analytics"))
                .body("documentCount", equalTo(1))
                .body("aliases", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Quillon Robotics")));
    }

    @Test
    void theSameRemarkInTwoDocumentsFormsOneCluster() {
        given().get("/claims/{id}", Corpus.REPORT + "-c1").then().statusCode(200)
                .body("corroboration.documents", equalTo(2))
                .body("corroboration.sources.documentId", org.hamcrest.Matchers.hasItems(Corpus.PANEL, Corpus.REPORT))
                .body("context.text", containsString("founder of New Labs"));
        given().get("/claims/{id}", Corpus.PANEL + "-c3").then().statusCode(200)
                .body("corroboration", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void sameVersionIsSkippedAndANewVersionReplaces() {
        String id = "it-versions-" + UUID.randomUUID();
        publish(Corpus.single(id, "Data quality beats data quantity.", "Cara Diaz"));
        awaitDocument(id);
        String storedAt = given().get("/documents/{id}", id).then().extract().path("storedAt");
        publish(Corpus.single(id, "Data quality beats data quantity.", "Cara Diaz"));
        AnalyzedDocument v2 = new AnalyzedDocument(1, id, "v2", "Synthetic data is enough now.", null, List.of(), List.of(), null);
        publish(v2);
        await().atMost(WAIT).untilAsserted(() -> given().get("/documents/{id}", id).then()
                .body("analyzerVersion", equalTo("v2")).body("claimCount", equalTo(0)));
        assertThat((String) given().get("/documents/{id}", id).then().extract().path("storedAt")).isNotEqualTo(storedAt);
        given().get("/speakers?name=Cara Diaz").then().body("total", equalTo(0));
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheNextOneStillArrives() {
        assumeTrue(kafkaAvailable, "needs the Kafka broker from kafka-dist");
        String poisonKey = "it-poison-" + UUID.randomUUID();
        send(poisonKey, "{\"id\": \"" + poisonKey + "\", \"speakers\": 42}");
        String next = "it-after-poison-" + UUID.randomUUID();
        publish(Corpus.single(next, "Evaluation needs fresh benchmarks.", "Dee Evans"));
        awaitDocument(next);
        Map<String, String> reason = awaitDeadLetter(poisonKey);
        assertThat(reason.get("dead-letter-reason")).contains("AnalyzedDocument");
    }

    @Test
    void badParametersAreExplained() {
        given().get("/claims?size=0").then().statusCode(400).body("error", equalTo("invalid_parameter"))
                .body("message", containsString("size must be between 1 and 1000"));
        given().get("/claims?size=1001").then().statusCode(400);
        given().get("/claims?size=ten").then().statusCode(400).body("message", containsString("size must be a whole number"));
        given().get("/predictions?resolved=maybe").then().statusCode(400);
        given().get("/claims?from=yesterday").then().statusCode(400).body("message", containsString("from must be a date"));
        given().get("/claims?type=gossip").then().statusCode(400).body("message", containsString("opinion, prediction"));
        given().get("/compare?speakers=ann-lee").then().statusCode(400);
        given().get("/claims/nope").then().statusCode(404);
        // sent as typed: an encoded NUL in the query or the path is refused before any resource
        given().urlEncodingEnabled(false).get("/claims?q=open%00weights").then().statusCode(400)
                .body("error", equalTo("invalid_parameter"));
        given().urlEncodingEnabled(false).get("/claims/a%00b").then().statusCode(400);
        given().urlEncodingEnabled(false).get("/claims?q=100%25").then().statusCode(200);
    }

    @Test
    void filtersAndPagesCombine() {
        JsonPath all = given().get("/claims?size=1000").then().statusCode(200).extract().jsonPath();
        long total = all.getLong("total");
        assertThat(total).isGreaterThanOrEqualTo(5);
        given().get("/claims?size=2&page=0").then().body("items.size()", equalTo(2)).body("total", equalTo((int) total));
        given().get("/claims?size=2&page=100000").then().statusCode(200).body("items.size()", equalTo(0))
                .body("total", equalTo((int) total));
        given().get("/claims?topic=compute-and-chips&type=prediction").then().body("total", equalTo(1));
        given().get("/claims?from=2026-04&to=2026-05&speaker=ann-lee").then().body("total", equalTo(1));
        given().get("/claims?document=" + Corpus.PANEL + "&type=opinion").then().body("total", equalTo(2));
    }

    @Test
    void fullTextIsRankedAndHighlighted() {
        given().get("/claims?q=binding constraint").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].highlight", containsString("<mark>binding</mark>"));
        given().get("/claims?q=\"frontier for agents\" -compute").then().body("total", equalTo(1));
    }

    @Test
    void predictionsAreALedgerThatUsersResolve() {
        JsonPath ledger = given().get("/predictions?size=1000").then().statusCode(200).extract().jsonPath();
        List<String> ends = ledger.getList("items.prediction.horizonEnd", String.class);
        assertThat(ends).isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        given().get("/predictions?horizon=2027&speaker=tom-lee").then().body("total", equalTo(1));
        String claim = Corpus.REPORT + "-c2";
        String body = "{\"outcome\": \"partly\", \"note\": \"tightened in March\"}";
        given().contentType(ContentType.JSON).body(body).post("/predictions/{id}/resolution", claim).then().statusCode(401);
        given().auth().oauth2("wrong").contentType(ContentType.JSON).body(body)
                .post("/predictions/{id}/resolution", claim).then().statusCode(403);
        given().auth().oauth2(RealServers.API_KEY).contentType(ContentType.JSON).body(body)
                .post("/predictions/{id}/resolution", claim).then().statusCode(200)
                .body("prediction.resolution.outcome", equalTo("partly"));
        given().get("/predictions?resolved=true").then().body("items.id", org.hamcrest.Matchers.hasItem(claim));
        given().auth().oauth2(RealServers.API_KEY).contentType(ContentType.JSON).body("{\"outcome\": \"maybe\"}")
                .post("/predictions/{id}/resolution", claim).then().statusCode(400);
        given().auth().oauth2(RealServers.API_KEY).contentType(ContentType.JSON).body("{\"outcome\": true}")
                .post("/predictions/{id}/resolution", Corpus.PANEL + "-c3").then().statusCode(400)
                .body("error", equalTo("not_a_prediction"));
    }

    @Test
    void topicsAndComparisons() {
        JsonPath topics = given().get("/topics").then().statusCode(200).extract().jsonPath();
        assertThat(topics.getList("items.id", String.class)).contains("open-source", "safety");
        given().get("/topics/open-source").then().statusCode(200)
                .body("claimCount", equalTo(2))
                .body("speakers.items[0].speaker.id", equalTo("ann-lee"))
                .body("speakers.items[0].representativeClaims.size()", equalTo(2));
        given().get("/topics/no-such-topic").then().statusCode(404);
        given().get("/compare?speakers=ann-lee,Bob Stone").then().statusCode(200)
                .body("speakers[0].speaker.id", equalTo("ann-lee"))
                .body("speakers[1].speaker.id", equalTo("bob-stone"))
                .body("speakers[1].types.opinion", equalTo(1));
    }

    @Test
    void operationsEndpointsAnswer() {
        given().get("/q/health/ready").then().statusCode(kafkaAvailable ? 200 : 503)
                .body(containsString("Database connections health check"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/predictions/{claimId}/resolution")).body(containsString("/compare"));
        given().get("/claims?size=1").then().statusCode(200);
        // reads pass the admission gate and give their turn back once answered (just after the answer is sent)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                given().get("/q/metrics").then().statusCode(200).extract().asString())
                .containsPattern("claimstream_read_admission_total\\{result=\"admitted\"} [1-9]")
                .contains("claimstream_read_admission_running 0.0"));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        if (kafkaAvailable) {
            // counted by the Kafka consumer; without a broker the tests store through the writer directly
            assertThat(metrics).contains("claimstream_documents_total");
        }
    }

    private void publish(AnalyzedDocument document) {
        if (kafkaAvailable) {
            send(document.id(), EventCodec.encode(document));
        } else {
            writer.store(document);
        }
    }

    private void send(String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", bootstrap, "acks", "all",
                "key.serializer", StringSerializer.class.getName(), "value.serializer", StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>("documents.analyzed", key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish " + key, e);
        }
    }

    private static void awaitDocument(String id) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/documents/{id}", id).statusCode() == 200);
    }

    private Map<String, String> awaitDeadLetter(String key) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrap, "group.id", "it-dlq-" + UUID.randomUUID(), "auto.offset.reset", "earliest",
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of("documents.analyzed.dlq"));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        Map<String, String> headers = new java.util.HashMap<>();
                        for (Header header : record.headers()) {
                            headers.put(header.key(), header.value() == null ? null
                                    : new String(header.value(), StandardCharsets.UTF_8));
                        }
                        return headers;
                    }
                }
            }
        }
        throw new AssertionError("no dead letter for " + key);
    }
}
