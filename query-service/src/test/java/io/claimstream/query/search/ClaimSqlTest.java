package io.claimstream.query.search;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimSqlTest {

    private static final String HOSTILE = "x'); DROP TABLE claim; --";

    @Test
    void valuesAreBoundNeverWrittenIntoTheSql() {
        ClaimFilter filter = ClaimFilter.of(HOSTILE, List.of(HOSTILE), HOSTILE, "fact", HOSTILE,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        ClaimSql sql = new ClaimSql(filter);
        assertThat(sql.select()).doesNotContain(HOSTILE).doesNotContain("fact'");
        assertThat(sql.count()).doesNotContain(HOSTILE);
        assertThat(sql.parameters()).containsEntry("q", HOSTILE).containsEntry("topic", HOSTILE)
                .containsEntry("document", HOSTILE).containsEntry("type", "fact")
                .containsEntry("people", List.of(HOSTILE));
    }

    @Test
    void fullTextRanksAndHighlights() {
        ClaimSql sql = new ClaimSql(ClaimFilter.of("agents", null, null, null, null, null, null));
        assertThat(sql.select()).contains("ts_headline").contains("ts_rank(n.tsv").contains(" LIMIT 1000) n)")
                .contains("ORDER BY m.rank DESC, m.published ASC NULLS LAST, m.document_id, m.span_start, m.id LIMIT :limit");
        assertThat(sql.count()).contains(" LIMIT 1000) n)").endsWith("SELECT count(*) FROM candidates");
        assertThat(new ClaimSql(ClaimFilter.of("agents", null, null, null, null, null, null), 300).select())
                .contains(" LIMIT 300) n)");
        // the per-row rank and highlight parse the query once (an init plan), and so does each month's search
        assertThat(sql.select()).contains("ts_rank(n.tsv, (SELECT CASE WHEN querytree(w) IN ('', 'T') THEN w ELSE CAST(querytree(w) AS tsquery) END"
                        + " FROM websearch_to_tsquery('english', :q) w))")
                .contains("ts_headline('english', c.text, (SELECT websearch_to_tsquery('english', :q))")
                .contains("FROM claim_search s WHERE claim_month_terms(s.tsv, s.published) @@ claim_month_query((SELECT websearch_to_tsquery('english', :q)), mo.newest, mo.months)")
                .contains("OFFSET 0) c WHERE TRUE AND c.tsv @@ (SELECT websearch_to_tsquery('english', :q))")
                .doesNotContain("c.tsv @@ websearch_to_tsquery");
    }

    @Test
    void rankedCandidatesAreTheNewestMatches() {
        // words, a type and dates: the months are walked newest first, each window's matches newest first
        ClaimSql walked = new ClaimSql(ClaimFilter.of("agents", null, null, "fact", null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
        assertThat(walked.select()).startsWith("WITH RECURSIVE bounds AS")
                .contains("WHERE c.published IS NOT NULL AND c.published >= :from AND c.published <= :to)")
                .contains("OFFSET 0) c WHERE TRUE AND c.tsv @@ (SELECT websearch_to_tsquery('english', :q)) AND c.type = :type AND c.published >= :from AND c.published <= :to"
                        + " ORDER BY c.published DESC, c.document_id DESC, c.span_start DESC, c.id DESC) f LIMIT 1000");
        // a speaker (or topic, document) leaves few matches: PostgreSQL combines its index with the words'
        ClaimSql filtered = new ClaimSql(ClaimFilter.of("agents", List.of("ann-lee"), null, null, null, null, null));
        assertThat(filtered.select()).startsWith("WITH candidates AS MATERIALIZED").doesNotContain("claim_month")
                .contains("WHERE TRUE AND c.tsv @@ websearch_to_tsquery('english', :q) AND c.person_id IN (:people)"
                        + " ORDER BY c.published DESC, c.document_id DESC, c.span_start DESC, c.id DESC LIMIT 1000) n)");
        // a first page names its size where it is cut from the candidates; later pages bind it
        String select = walked.selectCounting();
        assertThat(walked.page(select, 20, 0)).contains("m.span_start, m.id LIMIT 20)").doesNotContain(":limit");
        assertThat(walked.page(select, 20, 40)).isEqualTo(select);
    }

    @Test
    void withoutQueryTheOrderIsChronologicalAndStable() {
        ClaimSql sql = new ClaimSql(ClaimFilter.forDocument("d"));
        assertThat(sql.select()).doesNotContain("ts_headline")
                .contains("ORDER BY c.published ASC NULLS LAST, c.document_id, c.span_start, c.id LIMIT :limit OFFSET :offset");
        assertThat(sql.select()).contains("r.resolved_at\nFROM claim c");
    }

    @Test
    void predictionsSortByHorizon() {
        ClaimFilter filter = new ClaimFilter(null, null, null, null, null, null, null, true,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), false, ClaimFilter.Order.HORIZON);
        ClaimSql sql = new ClaimSql(filter);
        assertThat(sql.select()).contains("AND c.is_prediction").contains("r.claim_id IS NULL")
                .contains("ORDER BY c.horizon_end ASC NULLS LAST");
        assertThat(sql.parameters()).containsKeys("horizonFrom", "horizonTo");
    }

    @Test
    void anUnknownSpeakerMatchesNothing() {
        assertThat(ClaimFilter.of(null, List.of(), null, null, null, null, null).matchesNothing()).isTrue();
        assertThat(ClaimFilter.of(null, null, null, null, null, null, null).matchesNothing()).isFalse();
    }

    @Test
    void aTopicWithoutFullTextIsDrivenByTheTopicIndex() {
        ClaimSql sql = new ClaimSql(ClaimFilter.of(null, List.of("ann"), "agents", "fact", null,
                LocalDate.of(2026, 1, 1), null));
        assertThat(sql.select()).contains("FROM claim_topic ct").contains("ct.topic = :topic")
                .contains("ct.person_id IN (:people)").contains("ct.type = :type").contains("ct.published >= :from")
                .contains("ORDER BY ct.published ASC NULLS LAST, ct.document_id, ct.span_start, ct.claim_id");
        assertThat(sql.count()).startsWith("SELECT count(*) FROM claim_topic ct WHERE").doesNotContain("JOIN")
                .doesNotContain("topic_claim_count");
        assertThat(ClaimSql.overClaims(ClaimFilter.of(null, null, "agents", null, null, null, null)).where())
                .contains("c.topics @> CAST(ARRAY[:topic] AS text[])");
        ClaimSql withText = new ClaimSql(ClaimFilter.of("agents", null, "agents", null, null, null, null));
        assertThat(withText.select()).doesNotContain("claim_topic");
    }

    @Test
    void aPageCarriesItsTotalFromTheSameStatement() {
        ClaimSql bySpeaker = new ClaimSql(ClaimFilter.of(null, List.of("ann"), null, null, null, null, null));
        assertThat(bySpeaker.selectCounting())
                .contains(", (" + bySpeaker.count() + ") AS total\nFROM claim c")
                .endsWith(" LIMIT :limit OFFSET :offset");
        ClaimSql byTopic = new ClaimSql(ClaimFilter.of(null, null, "agents", null, null, null, null));
        assertThat(byTopic.selectCounting()).contains(", (" + byTopic.count() + ") AS total\nFROM claim_topic ct");
        // a ranked query counts the candidates it read, not the matches again
        ClaimSql ranked = new ClaimSql(ClaimFilter.of("agents", null, null, null, null, null, null));
        assertThat(ranked.selectCounting()).contains(", (SELECT count(*) FROM candidates) AS total")
                .doesNotContain(ranked.count());
        assertThat(ranked.select()).doesNotContain("AS total");
    }

    @Test
    void aTopicAloneOrWithATypeIsCountedFromTheKeptCounts() {
        assertThat(new ClaimSql(ClaimFilter.of(null, null, "agents", null, null, null, null)).count())
                .isEqualTo("SELECT coalesce(sum(k.claims), 0)::bigint AS count FROM topic_claim_count k"
                        + " WHERE k.topic = :topic");
        assertThat(new ClaimSql(ClaimFilter.of(null, null, "agents", "fact", null, null, null)).count())
                .endsWith("WHERE k.topic = :topic AND k.type = :type");
        // any other filter is counted over the claims it names
        assertThat(new ClaimSql(ClaimFilter.of(null, null, "agents", null, "d", null, null)).count())
                .doesNotContain("topic_claim_count").doesNotContain("topic_day_claim_count");
        assertThat(new ClaimSql(ClaimFilter.of(null, List.of("ann"), "agents", null, null, LocalDate.of(2026, 1, 1),
                null)).count()).doesNotContain("topic_day_claim_count");
        assertThat(new ClaimSql(new ClaimFilter(null, null, "agents", null, null, null, null, true, null, null, null,
                ClaimFilter.Order.HORIZON)).count()).doesNotContain("topic_claim_count");
        assertThat(new ClaimSql(ClaimFilter.of("robots", null, "agents", null, null, null, null)).count())
                .doesNotContain("topic_claim_count");
    }

    @Test
    void aTopicWithinDatesIsCountedFromTheKeptCountsOfItsDays() {
        ClaimSql halfYear = new ClaimSql(ClaimFilter.of(null, null, "agents", "prediction", null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
        assertThat(halfYear.count()).isEqualTo("SELECT coalesce(sum(k.claims), 0)::bigint AS count"
                + " FROM topic_day_claim_count k WHERE k.topic = :topic AND k.published >= :from"
                + " AND k.published <= :to AND k.type = :type");
        assertThat(halfYear.selectCounting()).contains(", (" + halfYear.count() + ") AS total\nFROM claim_topic ct");
        assertThat(halfYear.parameters()).containsEntry("from", LocalDate.of(2025, 1, 1))
                .containsEntry("to", LocalDate.of(2025, 6, 30));
        // an open end bounds nothing
        assertThat(new ClaimSql(ClaimFilter.of(null, null, "agents", null, null, LocalDate.of(2025, 1, 1), null))
                .count()).endsWith("FROM topic_day_claim_count k WHERE k.topic = :topic AND k.published >= :from");
        assertThat(new ClaimSql(ClaimFilter.of(null, null, "agents", null, null, null, LocalDate.of(2025, 6, 30)))
                .count()).endsWith("FROM topic_day_claim_count k WHERE k.topic = :topic AND k.published <= :to");
    }

    @Test
    void aSpeakerAloneOrWithATypeIsCountedFromTheKeptCounts() {
        assertThat(new ClaimSql(ClaimFilter.of(null, List.of("ann", "ann-2"), null, null, null, null, null)).count())
                .isEqualTo("SELECT coalesce(sum(k.claims), 0)::bigint AS count FROM person_claim_count k"
                        + " WHERE k.person_id IN (:people)");
        ClaimSql withType = new ClaimSql(ClaimFilter.of(null, List.of("ann"), null, "fact", null, null, null));
        assertThat(withType.count()).endsWith("WHERE k.person_id IN (:people) AND k.type = :type");
        assertThat(withType.countByType()).contains("FROM person_claim_count k")
                .contains("k.type = :type").endsWith("GROUP BY k.type HAVING sum(k.claims) <> 0");
        // any other filter is counted over the claims it names
        assertThat(new ClaimSql(ClaimFilter.of(null, List.of("ann"), "agents", null, null, null, null)).count())
                .doesNotContain("person_claim_count");
        assertThat(new ClaimSql(ClaimFilter.of(null, List.of("ann"), null, null, "d", null, null)).count())
                .doesNotContain("person_claim_count");
        assertThat(new ClaimSql(ClaimFilter.of(null, List.of("ann"), null, null, null, null, LocalDate.of(2026, 1, 1)))
                .count()).doesNotContain("person_claim_count");
        assertThat(new ClaimSql(new ClaimFilter(null, List.of("ann"), null, null, null, null, null, true, null, null,
                null, ClaimFilter.Order.HORIZON)).count()).doesNotContain("person_claim_count");
        assertThat(new ClaimSql(ClaimFilter.of("robots", List.of("ann"), null, null, null, null, null)).count())
                .doesNotContain("person_claim_count");
    }

    @Test
    void aFirstPageNamesItsSizeSoThatItsPlanCanBeKept() {
        ClaimSql byTopic = new ClaimSql(ClaimFilter.of(null, null, "agents", null, null, null, null));
        String select = byTopic.selectCounting();
        assertThat(byTopic.page(select, 50, 0)).endsWith(" ORDER BY ct.published ASC NULLS LAST, ct.document_id,"
                + " ct.span_start, ct.claim_id LIMIT 50").doesNotContain(":limit").doesNotContain(":offset");
        assertThat(byTopic.page(select, 50, 100)).isEqualTo(select);
        // a ranked statement's page is cut from its candidates: see rankedCandidatesAreTheNewestMatches
    }
}
