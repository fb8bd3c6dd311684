package io.claimstream.query.it;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Speaker;
import io.claimstream.query.search.ClaimFilter;
import io.claimstream.query.search.ClaimSql;
import io.claimstream.query.search.Rows;
import io.claimstream.query.search.SqlReads;
import io.claimstream.query.store.DocumentWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A ranked full-text query ranks its newest max-ranked matches (V11__full_text_by_month.sql): it
 * searches undated claims first, then the months newest first, and within the month where it stops,
 * the newest claims. Five notes share a word no other test writes, one a claim each: the
 * candidates a bound keeps, and every match without a bound, must be those the plain match finds.
 */
@QuarkusTest
@QuarkusTestResource(RealServers.class)
class FullTextNewestFirstTest {

    private static final String WORDS = "glimmerwick levies";
    private static final String UNDATED = "it-fts-undated";
    private static final String LATE_JANUARY = "it-fts-2026-01-28";
    private static final String EARLY_JANUARY = "it-fts-2026-01-05";
    private static final String NOVEMBER = "it-fts-2025-11-20";
    private static final String OLDEST = "it-fts-2024-05-10";

    @Inject
    DocumentWriter writer;

    @Inject
    SqlReads db;

    @BeforeEach
    void store() {
        writer.store(note(UNDATED, null, "Kim Ortiz", "The glimmerwick levies were never published anywhere."));
        writer.store(note(LATE_JANUARY, "2026-01-28", "Kim Ortiz", "Glimmerwick levies doubled in the last week of January."));
        writer.store(note(EARLY_JANUARY, "2026-01-05", "Lou Park", "The new year opened with glimmerwick levies on every crate."));
        writer.store(note(NOVEMBER, "2025-11-20", "Lou Park", "Glimmerwick levies will fall once the Tarnowick harbour reopens."));
        writer.store(note(OLDEST, "2024-05-10", "Lou Park", "Nobody had heard of glimmerwick levies before that spring."));
    }

    @Test
    void theCandidatesAreTheNewestMatchesUndatedFirst() {
        assertThat(candidates(words(null, null), 1)).containsExactlyInAnyOrder(UNDATED);
        // the newer of two claims of one month, though the month holds both
        assertThat(candidates(words(null, null), 2)).containsExactlyInAnyOrder(UNDATED, LATE_JANUARY);
        assertThat(candidates(words(null, null), 4)).containsExactlyInAnyOrder(UNDATED, LATE_JANUARY, EARLY_JANUARY, NOVEMBER);
        assertThat(candidates(words(null, null), 1000)).containsExactlyInAnyOrderElementsOf(plainMatches(WORDS))
                .hasSize(5);
    }

    @Test
    void datesBoundTheMonthsSearched() {
        assertThat(candidates(words(LocalDate.of(2025, 1, 1), null), 1000))
                .containsExactlyInAnyOrder(LATE_JANUARY, EARLY_JANUARY, NOVEMBER);
        assertThat(candidates(words(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 10)), 1))
                .containsExactlyInAnyOrder(EARLY_JANUARY);
        assertThat(candidates(words(null, LocalDate.of(2025, 12, 31)), 1000)).containsExactlyInAnyOrder(NOVEMBER, OLDEST);
    }

    @Test
    void phrasesAndExclusionsMatchAsThePlainMatchDoes() {
        for (String q : List.of("\"glimmerwick levies\" -crate", "glimmerwick or tarnowick", "tarnowick", "\"levies glimmerwick\"",
                "glimmerwick -levies", "the")) {
            assertThat(candidates(ClaimFilter.of(q, null, null, null, null, null, null), 1000)).as(q)
                    .containsExactlyInAnyOrderElementsOf(plainMatches(q));
        }
    }

    @Test
    void aSpeakerFilterRanksHerNewestMatches() {
        assertThat(candidates(ClaimFilter.of(WORDS, List.of("lou-park"), null, null, null, null, null), 2))
                .containsExactlyInAnyOrder(EARLY_JANUARY, NOVEMBER);
    }

    @Test
    void theAnswerSaysWhetherItRankedEveryMatch() {
        given().queryParam("q", WORDS).get("/claims").then().statusCode(200)
                .body("total", equalTo(5)).body("search.complete", equalTo(true))
                .body("items[0].highlight", org.hamcrest.Matchers.containsString("<mark>"));
    }

    @Test
    void aReanalysisReplacesTheClaimsSearched() {
        // claim_search (V13) follows the claim table: a new analysis deletes the document's claims and inserts its new ones
        String id = "it-fts-reanalysed";
        writer.store(note(id, "v1", "2026-02-03", "Lou Park", "Quorblat tariffs rose again at the border."));
        assertThat(candidates(ClaimFilter.of("quorblat tariffs", null, null, null, null, null, null), 1000)).containsExactly(id);
        writer.store(note(id, "v2", "2026-02-03", "Lou Park", "Quorblat duties were waived for the winter."));
        assertThat(candidates(ClaimFilter.of("quorblat tariffs", null, null, null, null, null, null), 1000)).isEmpty();
        assertThat(candidates(ClaimFilter.of("quorblat duties", null, null, null, null, null, null), 1000)).containsExactly(id);
        assertThat(db.rows("SELECT count(*) AS n FROM claim_search WHERE document_id = :id", Map.of("id", id)).get(0).get("n"))
                .isEqualTo(1L);
    }

    @Test
    void eachWindowOfMonthsIsHalfTheMonthsSearchedBeforeIt() {
        // the walk's windows, as the ranked statement computes them over the stored months (these notes
        // span 2024-05 to 2026-01): the last window searched is at most half the months searched before
        // it, so its matches past the bound are too, where doubling read up to as many again
        String select = new ClaimSql(words(null, null)).select();
        String months = select.substring(0, select.indexOf("candidates AS")).stripTrailing();
        List<Map<String, Object>> windows = db.rows(months.substring(0, months.length() - 1)
                + "\nSELECT months, before FROM months WHERE newest IS NOT NULL ORDER BY before", Map.of());
        List<Integer> sizes = windows.stream().map(row -> ((Number) row.get("months")).intValue()).toList();
        assertThat(sizes).startsWith(1, 1, 1, 1, 2, 3, 4, 6);
        for (Map<String, Object> window : windows) {
            int before = ((Number) window.get("before")).intValue();
            assertThat(((Number) window.get("months")).intValue()).isEqualTo(Math.max(1, before / 2));
        }
    }

    private static ClaimFilter words(LocalDate from, LocalDate to) {
        return ClaimFilter.of(WORDS, null, null, null, null, from, to);
    }

    /** The documents whose claims a ranked query with this bound considers, and its total agrees. */
    private List<String> candidates(ClaimFilter filter, int maxRanked) {
        ClaimSql sql = new ClaimSql(filter, maxRanked);
        Map<String, Object> parameters = new HashMap<>(sql.parameters());
        parameters.put("limit", 1000);
        parameters.put("offset", 0);
        List<Map<String, Object>> rows = db.rows(sql.page(sql.selectCounting(), 1000, 0), parameters);
        List<String> documents = rows.stream().map(row -> Rows.text(row.get("document_id")))
                .filter(id -> id.startsWith("it-fts-")).toList();
        assertThat(documents).hasSize(rows.size());
        if (!rows.isEmpty()) {
            assertThat(Rows.count(rows.get(0).get("total"))).isEqualTo(rows.size());
        }
        assertThat(Rows.count(db.rows(sql.count(), sql.parameters()).get(0).get("count"))).isEqualTo(rows.size());
        return documents;
    }

    /** The documents of every claim the plain match (claim_tsv_idx) finds. */
    private List<String> plainMatches(String q) {
        return db.rows("SELECT document_id FROM claim WHERE tsv @@ websearch_to_tsquery('english', :q)", Map.of("q", q))
                .stream().map(row -> Rows.text(row.get("document_id"))).toList();
    }

    private static AnalyzedDocument note(String id, String published, String speaker, String sentence) {
        return note(id, "v1", published, speaker, sentence);
    }

    private static AnalyzedDocument note(String id, String version, String published, String speaker, String sentence) {
        String body = speaker + ": " + sentence + "\n";
        int start = body.indexOf(sentence);
        Claim claim = new Claim("c0", "s", sentence, new Span(start, start + sentence.length()), "fact", List.of(),
                0.8, "explicit", List.of(), null, List.of());
        return new AnalyzedDocument(1, id, version, body,
                new DocumentMetadata("Levy notes", "notebooks", null, published, published == null ? null : "day", "en", null),
                List.of(new Speaker("s", speaker, List.of(), null, List.of(), "person")), List.of(claim), Instant.now());
    }
}
