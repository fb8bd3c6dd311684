package io.claimstream.query.fulltext;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FullTextIndexTest {

    private static final FullTextIndex.Filter NONE = new FullTextIndex.Filter(null, null, null, null);

    @Test
    void ranksTheNewestMatchesUndatedFirst() {
        FullTextIndex index = new FullTextIndex(1000);
        store(index, "d1", "2026-03-01", "'ferri':1 'late':2");
        store(index, "d2", null, "'ferri':3");
        store(index, "d3", "2026-05-01", "'ferri':1 'toll':2");
        store(index, "d4", "2025-01-01", "'ferri':1,5 'toll':3");
        index.publish();
        // the newest three: undated d2, then May, then March; d4 (two ferries, the best rank) is older
        FullTextIndex.Page page = index.search("'ferri'", "'ferri'", NONE, 3, 0, 10).orElseThrow();
        assertThat(page.total()).isEqualTo(3);
        // equal ranks: oldest first, undated last
        assertThat(page.ids()).containsExactly("d1-c0", "d3-c0", "d2-c0");
        assertThat(index.search("'ferri'", "'ferri'", NONE, 10, 0, 10).orElseThrow().ids()).startsWith("d4-c0");
        assertThat(index.search("'ferri'", "'ferri'", NONE, 10, 1, 2).orElseThrow().ids()).containsExactly("d1-c0", "d3-c0");
        assertThat(index.search("'ferri' & 'toll'", "'ferri' & 'toll'", NONE, 10, 0, 10).orElseThrow().ids())
                .containsExactly("d4-c0", "d3-c0"); // d4 says ferry twice near the toll
        assertThat(index.search("'ferri' <-> 'toll'", "'ferri' <-> 'toll'", NONE, 10, 0, 10).orElseThrow().ids())
                .containsExactly("d3-c0");
    }

    @Test
    void filtersByTypeDocumentAndDates() {
        FullTextIndex index = new FullTextIndex(1000);
        store(index, "d1", "2026-03-01", "'ferri':1");
        store(index, "d2", null, "'ferri':1");
        store(index, "d3", "2026-05-01", "'ferri':1");
        index.publish();
        assertThat(index.search("'ferri'", "'ferri'", new FullTextIndex.Filter(null, null, LocalDate.of(2026, 4, 1), null),
                10, 0, 10).orElseThrow().ids()).containsExactly("d3-c0");
        assertThat(index.search("'ferri'", "'ferri'", new FullTextIndex.Filter(null, null, null, LocalDate.of(2026, 3, 1)),
                10, 0, 10).orElseThrow().ids()).containsExactly("d1-c0");
        assertThat(index.search("'ferri'", "'ferri'", new FullTextIndex.Filter(null, "d2", null, null),
                10, 0, 10).orElseThrow().ids()).containsExactly("d2-c0");
        assertThat(index.search("'ferri'", "'ferri'", new FullTextIndex.Filter("prediction", null, null, null),
                10, 0, 10).orElseThrow().ids()).isEmpty();
    }

    @Test
    void aReplacedDocumentIsFoundByItsNewClaimsOnlyBeforeAndAfterRebuilding() {
        FullTextIndex index = new FullTextIndex(2);
        store(index, "d1", "2026-03-01", "'ferri':1");
        store(index, "d2", "2026-03-02", "'ferri':1");
        store(index, "d3", "2026-03-03", "'ferri':1");
        index.publish(); // three claims: past compactAt, one segment in canonical order
        store(index, "d2", "2026-03-02", "'toll':1");
        index.publish(); // d2 now in the small segment, its old claim gone from the large one
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.search("'ferri'", "'ferri'", NONE, 10, 0, 10).orElseThrow().ids()).containsExactly("d1-c0", "d3-c0");
        assertThat(index.search("'toll'", "'toll'", NONE, 10, 0, 10).orElseThrow().ids()).containsExactly("d2-c0");
        store(index, "d4", "2026-03-01", "'ferri':1");
        store(index, "d5", null, "'ferri':1");
        // the small segment merged with the large one in canonical order
        assertThat(index.search("'ferri'", "'ferri'", NONE, 2, 0, 10).orElseThrow().ids()).containsExactly("d1-c0", "d3-c0");
        index.publish();
        // the newest three: undated d5, d3, and of two claims of 1 March the one of the greater document id
        assertThat(index.search("'ferri'", "'ferri'", NONE, 3, 0, 10).orElseThrow().ids())
                .containsExactly("d4-c0", "d3-c0", "d5-c0");
        index.replace(Map.of("d5", List.of()));
        index.publish();
        assertThat(index.search("'ferri'", "'ferri'", NONE, 3, 0, 10).orElseThrow().ids())
                .containsExactly("d1-c0", "d4-c0", "d3-c0");
    }

    @Test
    void leavesToSqlWhatItCannotAnswerExactly() {
        FullTextIndex index = new FullTextIndex(1000);
        store(index, "d1", "2026-03-01", "'ferri':1");
        index.publish();
        assertThat(index.search("!'ferri'", "!'ferri'", NONE, 10, 0, 10)).isEmpty();
        assertThat(index.search("'ferri' | !'toll'", "'ferri' | !'toll'", NONE, 10, 0, 10)).isEmpty();
        assertThat(index.search("'fer':*", "'fer':*", NONE, 10, 0, 10)).isEmpty();
        assertThat(index.search("", "", NONE, 10, 0, 10).orElseThrow().total()).isZero();
        assertThat(index.search("'unheard'", "'unheard'", NONE, 10, 0, 10).orElseThrow().total()).isZero();
    }

    private static void store(FullTextIndex index, String document, String published, String tsv) {
        Map<String, List<FullTextIndex.Claim>> claims = new LinkedHashMap<>();
        List<FullTextIndex.Claim> list = new ArrayList<>();
        list.add(new FullTextIndex.Claim(document + "-c0", document, published == null ? null : LocalDate.parse(published),
                0, "fact", tsv));
        claims.put(document, list);
        index.replace(claims);
    }
}
