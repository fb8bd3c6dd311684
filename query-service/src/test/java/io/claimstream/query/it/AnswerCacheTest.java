package io.claimstream.query.it;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Speaker;
import io.claimstream.query.cache.ReadGeneration;
import io.claimstream.query.store.DocumentWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Kept answers are served until stored data changes, and every kind of write drops them: a read
 * before and after each write shows the new data. Against a real PostgreSQL; documents written for
 * these tests, stored through the writer the Kafka consumer uses.
 */
@QuarkusTest
@QuarkusTestResource(RealServers.class)
class AnswerCacheTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern HITS = Pattern.compile("claimstream_answer_cache_total\\{result=\"hit\"} ([0-9.E]+)");

    @Inject
    DocumentWriter writer;

    @Inject
    ReadGeneration generation;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void aRepeatedReadIsServedFromTheCacheWhateverTheParameterOrder() {
        writer.store(document("ac-kept", "v1", "Ada Fenwick", List.of(), "Tidal turbines will power the harbour by 2030."));
        // this replica's own notices come back a moment after its commits, and drop what was kept meanwhile
        await().atMost(WAIT).untilAsserted(() -> {
            String first = given().get("/claims?document=ac-kept&size=5").then().statusCode(200).extract().asString();
            double hits = hits();
            given().get("/claims?size=5&document=ac-kept").then().statusCode(200)
                    .header("ETag", org.hamcrest.Matchers.notNullValue())
                    .header("Cache-Control", equalTo("no-cache"))
                    .body(equalTo(first));
            assertThat(hits()).isEqualTo(hits + 1);
        });
    }

    @Test
    void aKeptAnswerIsServedWithoutTheDatabaseUntilAChangeIsAnnounced() throws Exception {
        writer.store(document("ac-quiet", "v1", "Ada Fenwick", List.of(), "Harbour cranes will run on batteries."));
        // the store's own notice, the vector index and the profile refresh each move the generation on a moment
        // later, dropping what was kept: the silent change below must come after they have all been heard
        awaitNoChangeFor(Duration.ofSeconds(2));
        given().get("/documents/ac-quiet").then().statusCode(200).body("title", equalTo("Notes ac-quiet"));
        // changed behind the service's back, with no notice: the kept answer stands
        sql("UPDATE document SET title = 'Renamed' WHERE id = 'ac-quiet'", false);
        given().get("/documents/ac-quiet").then().statusCode(200).body("title", equalTo("Notes ac-quiet"));
        // the same change as another replica would make it, with its notice
        sql("UPDATE document SET title = 'Renamed again' WHERE id = 'ac-quiet'", true);
        await().atMost(WAIT).untilAsserted(() ->
                given().get("/documents/ac-quiet").then().statusCode(200).body("title", equalTo("Renamed again")));
    }

    private void awaitNoChangeFor(Duration quiet) {
        long[] last = {generation.current(), System.nanoTime()};
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            long now = generation.current();
            if (now != last[0]) {
                last[0] = now;
                last[1] = System.nanoTime();
            }
            return System.nanoTime() - last[1] >= quiet.toNanos();
        });
    }

    @Test
    void aStoredDocumentShowsInTheListsReadBeforeIt() {
        writer.store(document("ac-first", "v1", "Cora Lindqvist", List.of(), "Ferries will be electric within a decade."));
        given().get("/claims?speaker=cora-lindqvist").then().statusCode(200).body("total", equalTo(1));
        given().get("/documents?source=cachenotes").then().statusCode(200).body("items.id", not(hasItem("ac-second")));
        writer.store(document("ac-second", "v1", "Cora Lindqvist", List.of(), "Ports will charge ships at the quay."));
        given().get("/claims?speaker=cora-lindqvist").then().statusCode(200).body("total", equalTo(2));
        given().get("/documents?source=cachenotes").then().statusCode(200).body("items.id", hasItem("ac-second"));
    }

    @Test
    void aReanalysedDocumentReplacesTheClaimsReadBeforeIt() {
        writer.store(document("ac-redo", "v1", "Ada Fenwick", List.of(), "Canal locks will be automated soon."));
        given().get("/documents/ac-redo/claims").then().statusCode(200)
                .body("items[0].text", equalTo("Canal locks will be automated soon."));
        writer.store(document("ac-redo", "v2", "Ada Fenwick", List.of(), "Canal locks will stay manual for years."));
        given().get("/documents/ac-redo/claims").then().statusCode(200)
                .body("items[0].text", equalTo("Canal locks will stay manual for years."));
    }

    @Test
    void aResolutionAndItsWithdrawalShowInTheLedgerReadBeforeThem() {
        writer.store(document("ac-bet", "v1", "Ada Fenwick", List.of(), "Sail freight will return by 2031."));
        String claim = "ac-bet-c1";
        given().get("/predictions?resolved=true&size=1000").then().statusCode(200).body("items.id", not(hasItem(claim)));
        given().get("/claims/{id}", claim).then().statusCode(200);
        given().auth().oauth2(RealServers.API_KEY).contentType(ContentType.JSON)
                .body("{\"outcome\": false, \"note\": \"not yet\"}")
                .post("/predictions/{id}/resolution", claim).then().statusCode(200);
        given().get("/predictions?resolved=true&size=1000").then().statusCode(200).body("items.id", hasItem(claim));
        given().get("/claims/{id}", claim).then().statusCode(200)
                .body("prediction.resolution.outcome", equalTo("false"));
        given().auth().oauth2(RealServers.API_KEY).delete("/predictions/{id}/resolution", claim).then().statusCode(204);
        given().get("/predictions?resolved=true&size=1000").then().statusCode(200).body("items.id", not(hasItem(claim)));
    }

    /** Profiles are refreshed in the background after the document's commit: that refresh drops kept answers too. */
    @Test
    void aRefreshedProfileShowsInTheProfileReadBeforeIt() {
        writer.store(document("ac-profile-1", "v1", "Nora Quill", List.of(), "Rail freight will double."));
        given().get("/speakers/nora-quill").then().statusCode(200).body("aliases", not(hasItem("N. Quill")));
        // stored as the Kafka consumer stores: the profile follows in the background
        writer.write(document("ac-profile-2", "v1", "Nora Quill", List.of("N. Quill"), "Rail freight will halve."));
        given().get("/speakers/nora-quill").then().statusCode(200);
        await().atMost(WAIT).untilAsserted(() ->
                given().get("/speakers/nora-quill").then().statusCode(200).body("aliases", hasItem("N. Quill")));
    }

    /** The service's vector index takes stored claims in after the document's notice: its refresh drops kept answers. */
    @Test
    void aStoredClaimShowsInASemanticSearchReadBeforeIt() {
        String search = "/claims?mode=semantic&document=ac-octopus&q="
                + java.net.URLEncoder.encode("Can octopuses learn by watching each other?", java.nio.charset.StandardCharsets.UTF_8);
        given().urlEncodingEnabled(false).get(search).then().statusCode(200).body("total", equalTo(0));
        writer.store(document("ac-octopus", "v1", "Ada Fenwick", List.of(),
                "Octopuses learn to open jars by watching other octopuses."));
        given().urlEncodingEnabled(false).get(search).then().statusCode(200);
        await().atMost(WAIT).untilAsserted(() ->
                given().urlEncodingEnabled(false).get(search).then().statusCode(200).body("total", equalTo(1)));
    }

    /** Claims stored without vectors are embedded in the background: each embedded batch drops kept answers. */
    @Test
    void backfilledVectorsShowInEmergentTopicsReadBeforeThem() {
        int before = given().get("/topics/emergent").then().statusCode(200).extract().path("examined");
        writer.store(Positions.longLog("ac-long-log", 300));
        given().get("/topics/emergent").then().statusCode(200);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(given().get("/topics/emergent").then().statusCode(200).extract().<Integer>path("examined"))
                        .isGreaterThanOrEqualTo(before + 300));
    }

    private void sql(String statement, boolean announce) throws Exception {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            try (PreparedStatement update = db.prepareStatement(statement)) {
                update.executeUpdate();
            }
            if (announce) {
                try (PreparedStatement notify = db.prepareStatement("SELECT pg_notify('claimstream_changed', 'test')")) {
                    notify.execute();
                }
            }
            db.commit();
        }
    }

    private static double hits() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = HITS.matcher(metrics);
        assertThat(m.find()).as("hit counter in /q/metrics").isTrue();
        return Double.parseDouble(m.group(1));
    }

    /** One speaker, one claim (a prediction when it says "will"). */
    private static AnalyzedDocument document(String id, String version, String speaker, List<String> aliases,
                                             String sentence) {
        String body = "Notes\n\n" + speaker + ": " + sentence + "\n";
        int start = body.indexOf(sentence);
        boolean prediction = sentence.contains(" will ");
        List<Claim> claims = new ArrayList<>();
        claims.add(new Claim("c1", "s1", sentence, new Span(start, start + sentence.length()),
                prediction ? "prediction" : "opinion", List.of("other"), 0.8, "explicit", List.of(),
                prediction ? new io.claimstream.contracts.Prediction(null, "by 2031", "2026", "2031") : null, List.of()));
        return new AnalyzedDocument(1, id, version, body,
                new DocumentMetadata("Notes " + id, "cachenotes", null, "2026-07-01", "day", "en", null),
                List.of(new Speaker("s1", speaker, aliases, null, List.of(), "person")), claims, Instant.now());
    }
}
