package io.claimstream.query.it;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Speaker;
import io.claimstream.query.store.DocumentWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * A ranked full-text answer puts first the claims that say the query's words most often, with or
 * without an exclusion in the query. Three notes share a word no other test writes; the one that
 * says it twice is the newest, so that a rank in which all three tie (oldest first) would put it last.
 */
@QuarkusTest
@QuarkusTestResource(RealServers.class)
class FullTextRankTest {

    private static final String TWICE = "it-rank-twice";
    private static final String ONCE = "it-rank-once";
    private static final String HARBOUR = "it-rank-harbour";

    @Inject
    DocumentWriter writer;

    @BeforeEach
    void store() {
        writer.store(note(HARBOUR, "2025-02-03", "Brisk quillomant tariffs closed the harbour for a week."));
        writer.store(note(ONCE, "2025-03-04", "Quillomant tariffs rose again in March."));
        writer.store(note(TWICE, "2025-04-05", "Quillomant tariffs fund the quillomant guild, and nobody else."));
    }

    @Test
    void theClaimThatRepeatsTheWordRanksFirst() {
        given().queryParam("q", "quillomant").get("/claims").then().statusCode(200)
                .body("total", equalTo(3)).body("items.documentId", contains(TWICE, HARBOUR, ONCE));
    }

    @Test
    void anExclusionDoesNotFlattenTheRank() {
        given().queryParam("q", "quillomant -harbour").get("/claims").then().statusCode(200)
                .body("total", equalTo(2)).body("items.documentId", contains(TWICE, ONCE))
                .body("items[0].highlight", org.hamcrest.Matchers.containsString("<mark>"));
    }

    private static AnalyzedDocument note(String id, String published, String sentence) {
        String body = "Ines Varga: " + sentence + "\n";
        int start = body.indexOf(sentence);
        Claim claim = new Claim("c0", "s", sentence, new Span(start, start + sentence.length()), "fact", List.of(),
                0.8, "explicit", List.of(), null, List.of());
        return new AnalyzedDocument(1, id, "v1", body,
                new DocumentMetadata("Tariff notes", "notebooks", null, published, "day", "en", null),
                List.of(new Speaker("s", "Ines Varga", List.of(), null, List.of(), "person")), List.of(claim), Instant.now());
    }
}
