package io.claimstream.query.it;

import io.claimstream.query.store.DocumentWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

/**
 * Stances and camps, semantic search, emergent topics, the document list and the live stream,
 * against a real PostgreSQL, on documents written for these tests (stored through the writer the
 * Kafka consumer uses).
 */
@QuarkusTest
@QuarkusTestResource(RealServers.class)
class CrossDocumentTest {

    private static boolean stored;

    @Inject
    DocumentWriter writer;

    @Inject
    EntityManager em;

    @TestHTTPResource("/stream")
    URL stream;

    @BeforeEach
    void store() {
        if (!stored) {
            writer.store(Positions.debate());
            writer.store(Positions.notebook());
            stored = true;
        }
    }

    @Test
    void speakersFallIntoCampsOnTheTopicsQuestion() {
        JsonPath topic = given().get("/topics/china-vs-us").then().statusCode(200).extract().jsonPath();
        assertThat(topic.getString("questions[0].question")).isEqualTo("china-can-lead");
        assertThat(topic.getString("questions[0].text")).isEqualTo("Can China lead in AI?");
        assertThat(topic.getList("questions[0].agreeing.speaker.id", String.class)).contains("mei-chen")
                .doesNotContain("paul-grant");
        assertThat(topic.getList("questions[0].disagreeing.speaker.id", String.class)).contains("paul-grant")
                .doesNotContain("mei-chen");
        List<String> stances = topic.getList("speakers.items.find { it.speaker.id == 'paul-grant' }"
                + ".representativeClaims.stances.flatten().stance", String.class);
        assertThat(stances).isNotEmpty().containsOnly("oppose");
        assertThat(topic.getString("speakers.items.find { it.speaker.id == 'mei-chen' }.positions[0].stance"))
                .isEqualTo("support");
    }

    /**
     * A document with more claims than are embedded while storing (embed-on-store-max-claims, 256)
     * is stored at once without vectors, and the background backfill embeds every one after the commit.
     */
    @Test
    void aDocumentTooLargeToEmbedWhileStoringIsEmbeddedInTheBackground() {
        writer.store(Positions.longLog("it-long-log", 300));
        given().get("/documents/it-long-log").then().statusCode(200).body("claimCount", equalTo(300));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(unembedded("it-long-log")).isZero());
        // the service's vector index learns of vectors written after the document was stored, and its
        // answers (not only an exact ranking) find them
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonPath found = given().queryParam("q", "Rack 17 needs more accelerators than planned")
                    .queryParam("mode", "semantic").queryParam("document", "it-long-log").get("/claims")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(found.getString("search.method")).isEqualTo("hnsw");
            assertThat(found.getList("items.documentId", String.class)).isNotEmpty().containsOnly("it-long-log");
        });
    }

    /**
     * A claim another transaction holds while the backfill passes (corroboration setting its cluster does)
     * is skipped by SKIP LOCKED; the backfill looks again once the pass ends instead of leaving it without
     * a vector until some later document is stored. The held claim belongs to another document than the
     * one whose storing starts the pass, so storing it never waits for the held row.
     */
    @Test
    void aClaimLockedWhileTheBackfillPassesIsEmbeddedOnceItIsFree() {
        String held = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT id FROM claim WHERE document_id = :id ORDER BY id LIMIT 1")
                .setParameter("id", Positions.DEBATE).getSingleResult().toString());
        // no pass is running once every stored claim has its vector (other tests' documents included)
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM claim WHERE embedding IS NULL").getSingleResult()).longValue()) == 0);
        await().atMost(Duration.ofMinutes(4)).until(() -> QuarkusTransaction.requiringNew().timeout(300).call(() -> {
            // the claim loses its vector behind the backfill's back (no document stored, so no pass starts) ...
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "UPDATE claim SET embedding = NULL WHERE id = :id").setParameter("id", held).executeUpdate());
            // ... and is held; a pass that was just ending may have embedded it again in between: then retry
            boolean stillWithout = (Boolean) em.createNativeQuery(
                            "SELECT embedding IS NULL FROM claim WHERE id = :id FOR UPDATE")
                    .setParameter("id", held).getSingleResult();
            if (stillWithout) {
                // storing a document too large to embed while storing starts a pass, which skips the held row
                CompletableFuture<Void> storing = CompletableFuture.runAsync(() ->
                        writer.store(Positions.longLog("it-locked-log", 300)));
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() ->
                        storing.isDone() && unembedded("it-locked-log") == 0);
                storing.join();
                assertThat(embedded(held)).isFalse();
            }
            return stillWithout;
        }));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(embedded(held)).isTrue());
    }

    private boolean embedded(String claimId) {
        return QuarkusTransaction.requiringNew().call(() -> (Boolean) em.createNativeQuery(
                        "SELECT embedding IS NOT NULL FROM claim WHERE id = :id")
                .setParameter("id", claimId).getSingleResult());
    }

    private long unembedded(String documentId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM claim WHERE document_id = :id AND embedding IS NULL")
                .setParameter("id", documentId).getSingleResult()).longValue());
    }

    @Test
    void aKeptTopicViewShowsAResolutionMadeAfterIt() {
        writer.store(Positions.forecast("it-forecast", "Benchmarks will be saturated by 2027.", "evaluation"));
        String claim = "it-forecast-c1";
        given().get("/topics/evaluation").then().statusCode(200)
                .body("speakers.items[0].representativeClaims[0].id", equalTo(claim))
                .body("speakers.items[0].representativeClaims[0].prediction.resolution", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(RealServers.API_KEY).contentType(io.restassured.http.ContentType.JSON)
                .body("{\"outcome\": \"true\", \"note\": \"saturated early\"}")
                .post("/predictions/{id}/resolution", claim).then().statusCode(200);
        given().get("/topics/evaluation").then().statusCode(200)
                .body("speakers.items[0].representativeClaims[0].prediction.resolution.outcome", equalTo("true"));
    }

    @Test
    void semanticSearchFindsParaphrasesAndCombinesWithFilters() {
        // the service's HNSW index (no pgvector here) follows the stored documents in the background;
        // until it has them, answers rank exactly, and must agree with it
        JsonPath exactOrIndexed = semantic("Who supplies enough power to server farms?");
        assertThat(exactOrIndexed.getString("search.method")).isIn("exact", "hnsw");
        assertThat(exactOrIndexed.getString("items[0].text")).containsAnyOf("electricity", "Power grids", "power");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                "hnsw".equals(semantic("Who supplies enough power to server farms?").getString("search.method")));
        JsonPath found = semantic("Who supplies enough power to server farms?");
        assertThat(found.getString("search.method")).isEqualTo("hnsw");
        assertThat(found.getString("items[0].id")).isEqualTo(exactOrIndexed.getString("items[0].id"));
        assertThat(found.getBoolean("search.complete")).isTrue();
        assertThat(found.getString("items[0].text")).containsAnyOf("electricity", "Power grids", "power");
        List<Float> scores = found.getList("items.score", Float.class);
        assertThat(scores).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        String question = "Are Chinese models behind the best ones?";
        given().queryParam("q", question).queryParam("mode", "semantic").get("/claims").then().statusCode(200)
                .body("items.speaker.id", hasItem("mei-chen"));
        given().queryParam("q", question).queryParam("mode", "semantic")
                .queryParam("speaker", "Paul Grant").get("/claims").then().statusCode(200)
                .body("items.speaker.id", everyItem(equalTo("paul-grant"))).body("total", equalTo(2))
                .body("items[0].text", containsString("lag the frontier"));
        given().queryParam("q", "robots").queryParam("mode", "semantic").queryParam("topic", "china-vs-us")
                .queryParam("from", "2026-05").get("/claims").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("mode", "semantic").get("/claims").then().statusCode(400)
                .body("message", containsString("mode=semantic needs q"));
        given().queryParam("q", "x").queryParam("mode", "vibes").get("/claims").then().statusCode(400);
    }

    private static JsonPath semantic(String q) {
        return given().queryParam("q", q).queryParam("mode", "semantic").get("/claims").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void claimsNoTopicFitsFormLabelledEmergentTopics() {
        JsonPath emergent = given().get("/topics/emergent").then().statusCode(200).extract().jsonPath();
        assertThat(emergent.getInt("considered")).isGreaterThanOrEqualTo(Positions.NOTES.size())
                .isLessThanOrEqualTo(emergent.getInt("examined"));
        assertThat(emergent.getDouble("fitBelow")).isPositive();
        assertThat(emergent.getDouble("outlierShare")).isLessThanOrEqualTo(0.25);
        assertThat(emergent.getDouble("largestShare")).isPositive().isLessThan(1.0);
        List<String> labels = emergent.getList("topics.label", String.class);
        assertThat(labels).hasSizeGreaterThanOrEqualTo(2);
        assertThat(String.join(" | ", labels).toLowerCase()).containsAnyOf("robot", "humanoid");
        assertThat(emergent.getInt("topics[0].claims.size()")).isPositive();
    }

    @Test
    void documentsAreListedNewestFirstWithFilters() {
        JsonPath all = given().get("/documents?size=200").then().statusCode(200).extract().jsonPath();
        List<String> ids = all.getList("items.id", String.class);
        assertThat(ids).contains(Positions.DEBATE, Positions.NOTEBOOK);
        assertThat(ids.indexOf(Positions.DEBATE)).isLessThan(ids.indexOf(Positions.NOTEBOOK));
        given().get("/documents?q=CHINA").then().body("items.id", hasItem(Positions.DEBATE))
                .body("items.id", org.hamcrest.Matchers.not(hasItem(Positions.NOTEBOOK)));
        given().get("/documents?source=notebooks&from=2026-01&to=2026-02").then()
                .body("total", equalTo(1)).body("items[0].claimCount", equalTo(Positions.NOTES.size()));
        given().get("/documents?q=100%25").then().statusCode(200).body("total", equalTo(0));
        given().get("/documents?size=201").then().statusCode(400);
        given().get("/documents?size=1&page=0").then().body("items.size()", equalTo(1));
    }

    @Test
    void theStreamDeliversNewlyStoredClaimsThatPassItsFilter() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream + "?topic=china-vs-us"))
                .header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<java.io.InputStream>> response =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.get().body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (Exception e) {
                // the stream ends when the test closes it
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(response.get().statusCode()).isEqualTo(200);
        String unrelated = "it-late-" + UUID.randomUUID();
        String related = "it-late-" + UUID.randomUUID();
        // a subscriber connected: give the server a moment to attach it before storing
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        writer.store(Positions.late(unrelated, "Robots will fold laundry soon.", "other"));
        writer.store(Positions.late(related, "China will overtake America in open research.", "china-vs-us"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(String.join("\n", lines)).contains("event:claim").contains("id:" + related + "-c1"));
        assertThat(String.join("\n", lines)).contains("event:document").doesNotContain(unrelated);
        response.get().body().close();
    }
}
