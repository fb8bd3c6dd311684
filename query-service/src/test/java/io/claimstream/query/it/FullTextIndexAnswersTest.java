package io.claimstream.query.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Speaker;
import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.fulltext.ClaimTextIndex;
import io.claimstream.query.search.ClaimFilter;
import io.claimstream.query.search.ClaimRows;
import io.claimstream.query.search.ClaimSearch;
import io.claimstream.query.search.ClaimSql;
import io.claimstream.query.search.RequestParams;
import io.claimstream.query.search.Rows;
import io.claimstream.query.search.SqlReads;
import io.claimstream.query.store.DocumentWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service's full-text index answers ranked full text as the SQL statement does, to the byte:
 * the same candidates (the newest max-ranked matches), ranks, order, total, search block and
 * highlights, over a corpus of notes written for this test (several claims a document, days
 * shared, undated ones, the words repeated and near each other for distinct ranks, and equal
 * ranks for the order's other keys), and it follows documents stored and replaced.
 */
@QuarkusTest
@QuarkusTestResource(RealServers.class)
class FullTextIndexAnswersTest {

    private static final String[][] NOTES = {
            // id, published, sentences (one claim each)
            {"it-fti-a", "2026-02-10", "Ferry tolls rose on the northern crossing.|The ferry operator blamed fuel for the tolls.|Tolls, tolls and more tolls, said one ferry captain."},
            {"it-fti-b", "2026-02-10", "A new ferry will cut crossing times by half.|Harbour pilots expect the ferry tolls to fall next spring."},
            {"it-fti-c", "2026-01-03", "Bridge tolls were frozen while ferry tolls kept rising.|The crossing by ferry stays the cheapest route for cyclists."},
            {"it-fti-d", null, "Ferry tolls are a tax on islanders.|Nobody on the island wants a bridge."},
            {"it-fti-e", "2025-11-30", "The ferry captain predicts a strike before winter.|Island shops will close if the ferry stops."},
            {"it-fti-f", "2025-06-01", "Tolls on the old bridge paid for the new ferry.|A ferry, a bridge and a tunnel were all proposed."},
            {"it-fti-g", "2026-02-11", "Fuel prices drive ferry tolls more than wages do.|Cyclists cross free on the early ferry."},
    };

    private static final List<String> QUERIES = List.of("ferry", "ferry tolls", "ferry or bridge", "\"ferry tolls\"",
            "ferry -tolls", "\"ferry captain\"", "tolls -\"ferry tolls\"", "island", "cyclists ferry", "zeppelin", "the",
            "crossing ferry tolls bridge");

    @Inject
    DocumentWriter writer;

    @Inject
    ClaimSearch search;

    @Inject
    ClaimTextIndex index;

    @Inject
    SqlReads db;

    @Inject
    ClaimRows rows;

    @Inject
    QueryConfig config;

    @Inject
    ObjectMapper json;

    @Test
    void answersAsTheStatementDoes() throws Exception {
        storeAll();
        ClaimSearch bySql = new ClaimSearch(db, rows, null, config);
        List<ClaimFilter> filters = new ArrayList<>();
        for (String q : QUERIES) {
            filters.add(ClaimFilter.of(q, null, null, null, null, null, null));
            filters.add(ClaimFilter.of(q, null, null, "prediction", null, null, null));
            filters.add(ClaimFilter.of(q, null, null, null, "it-fti-a", null, null));
            filters.add(ClaimFilter.of(q, null, null, null, null, LocalDate.of(2026, 1, 1), null));
            filters.add(ClaimFilter.of(q, null, null, "opinion", null, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 2, 10)));
        }
        int indexed = 0;
        for (ClaimFilter filter : filters) {
            for (int page = 0; page < 3; page++) {
                RequestParams.Paging paging = new RequestParams.Paging(page, 2);
                String expected = json.writeValueAsString(bySql.search(filter, paging));
                String actual = json.writeValueAsString(search.search(filter, paging));
                assertThat(actual).as(filter + " page " + page).isEqualTo(expected);
            }
            if (parsedSearch(filter, 1000).isPresent()) {
                indexed++;
            }
        }
        // every filter but the queries that only exclude, or nothing, was answered by the index
        assertThat(indexed).isGreaterThanOrEqualTo(filters.size() - 10);
    }

    @Test
    void ranksTheSameNewestCandidatesUnderAnyBound() throws Exception {
        storeAll();
        for (String q : List.of("ferry", "ferry tolls", "ferry or bridge", "\"ferry tolls\"")) {
            for (int maxRanked : new int[] {1, 2, 3, 5, 8}) {
                ClaimFilter filter = ClaimFilter.of(q, null, null, null, null, null, null);
                ClaimSql sql = new ClaimSql(filter, maxRanked);
                Map<String, Object> parameters = new HashMap<>(sql.parameters());
                parameters.put("limit", 100);
                parameters.put("offset", 0);
                List<String> expected = db.rows(sql.page(sql.selectCounting(), 100, 0), parameters).stream()
                        .map(row -> Rows.text(row.get("id"))).toList();
                var page = parsedSearch(filter, maxRanked).orElseThrow();
                assertThat(page.ids()).as(q + " max-ranked " + maxRanked).isEqualTo(expected);
                assertThat(page.total()).isEqualTo(expected.size());
            }
        }
    }

    @Test
    void followsDocumentsStoredAndReplaced() {
        storeAll();
        String id = "it-fti-late";
        ClaimFilter zeppelin = ClaimFilter.of("zeppelin moorings", null, null, null, null, null, null);
        store(id, "v1", "2026-03-01", "Zeppelin moorings will return to the harbour.");
        awaitIndexed();
        assertThat(ids(zeppelin)).containsExactly(id + "-c0");
        store(id, "v2", "2026-03-01", "Airship hangars will return to the harbour.");
        awaitIndexed();
        assertThat(ids(zeppelin)).isEmpty();
        assertThat(ids(ClaimFilter.of("airship hangars", null, null, null, null, null, null))).containsExactly(id + "-c0");
    }

    private List<String> ids(ClaimFilter filter) {
        assertThat(parsedSearch(filter, 1000)).isPresent();
        return search.search(filter, new RequestParams.Paging(0, 20)).items().stream().map(c -> c.id()).toList();
    }

    private java.util.Optional<io.claimstream.query.fulltext.FullTextIndex.Page> parsedSearch(ClaimFilter filter, int maxRanked) {
        Map<String, Object> parsed = db.rows(ClaimSql.PARSED, Map.of("q", filter.q())).get(0);
        return index.search(Rows.text(parsed.get("query")), Rows.text(parsed.get("rank")), filter, maxRanked, 0, 100);
    }

    private void storeAll() {
        for (String[] note : NOTES) {
            store(note[0], "v1", note[1], note[2]);
        }
        awaitIndexed();
    }

    private void awaitIndexed() {
        Instant stored = Instant.now();
        await().atMost(Duration.ofSeconds(30)).until(() -> index.ready() && index.caughtUp() != null
                && index.caughtUp().isAfter(stored));
    }

    private void store(String id, String version, String published, String sentences) {
        StringBuilder body = new StringBuilder();
        List<Claim> claims = new ArrayList<>();
        String[] split = sentences.split("\\|");
        for (int i = 0; i < split.length; i++) {
            body.append("Kim Ortiz: ");
            int start = body.length();
            body.append(split[i]).append('\n');
            claims.add(new Claim("c" + i, "s", split[i], new Span(start, start + split[i].length()),
                    i % 3 == 1 ? "prediction" : "opinion", List.of(), 0.8, "explicit", List.of(), null, List.of()));
        }
        writer.store(new AnalyzedDocument(1, id, version, body.toString(),
                new DocumentMetadata("Ferry notes", "notebooks", null, published, published == null ? null : "day", "en", null),
                List.of(new Speaker("s", "Kim Ortiz", List.of(), null, List.of(), "person")), claims, Instant.now()));
    }
}
