package io.claimstream.query.search;

import io.claimstream.query.view.SpeakerProfileView.Appearance;
import io.claimstream.query.view.SpeakerProfileView.DatedAffiliation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AppearancesTest {

    /** A document_speaker row as SpeakerQueries.APPEARANCES returns it. */
    private static Map<String, Object> row(String document, String role, String published, Long claims,
                                           String... affiliations) {
        Map<String, Object> row = new HashMap<>();
        row.put("document_id", document);
        row.put("role", role);
        row.put("affiliations", affiliations);
        row.put("title", "Title of " + document);
        row.put("published_raw", published == null ? "undated" : published);
        row.put("published", published == null ? null : java.sql.Date.valueOf(published));
        row.put("claims", claims);
        return row;
    }

    private static final List<List<String>> ASKED = new ArrayList<>();

    private static List<String> reversed(List<String> names) {
        ASKED.add(names);
        return names.stream().sorted(Comparator.reverseOrder()).toList(); // an order Java's own is not
    }

    @Test
    void documentsNewestFirstThenInTheRowsOrderWithTheirDistinctRolesAndClaims() {
        // rows in the database's order: by document, then role (nulls last)
        Appearances appearances = Appearances.of(List.of(
                row("doc-a", "host", "2026-03-01", 4L),
                row("doc-b", "guest", "2026-01-01", null),
                row("doc-c", "guest", null, 2L),
                row("doc-d", "analyst", "2026-03-01", 7L),
                row("doc-d", "analyst", "2026-03-01", 7L),
                row("doc-d", "host", "2026-03-01", 7L),
                row("doc-d", null, "2026-03-01", 7L),
                row("doc-e", null, "2026-02-01", 1L)), AppearancesTest::reversed);
        assertThat(appearances.documents()).containsExactly(
                new Appearance("doc-a", "Title of doc-a", "2026-03-01", "host", 4),
                new Appearance("doc-d", "Title of doc-d", "2026-03-01", "analyst, host", 7),
                new Appearance("doc-e", "Title of doc-e", "2026-02-01", null, 1),
                new Appearance("doc-b", "Title of doc-b", "2026-01-01", "guest", 0),
                new Appearance("doc-c", "Title of doc-c", "undated", "guest", 2));
        assertThat(appearances.affiliations()).isEmpty();
    }

    @Test
    void affiliationsByLastPublicationNewestFirstThenInTheDatabasesOrderOfNames() {
        ASKED.clear();
        Appearances appearances = Appearances.of(List.of(
                row("doc-a", "host", "2025-05-01", 1L, "Alpha Labs", "Beta Institute"),
                row("doc-a", "panelist", "2025-05-01", 1L, "Alpha Labs"),
                row("doc-b", "guest", "2026-02-01", 1L, "Alpha Labs", "Beta Institute", "Alpha Labs"),
                row("doc-c", "guest", "2024-01-01", 1L, "Gamma Fund"),
                row("doc-d", "guest", null, 1L, "Delta Group", "Gamma Fund"),
                row("doc-e", "guest", null, 1L, "Epsilon")), AppearancesTest::reversed);
        assertThat(appearances.affiliations()).containsExactly(
                new DatedAffiliation("Beta Institute", "2025-05-01", "2026-02-01", 2),
                new DatedAffiliation("Alpha Labs", "2025-05-01", "2026-02-01", 2),
                new DatedAffiliation("Gamma Fund", "2024-01-01", "2024-01-01", 2),
                new DatedAffiliation("Epsilon", null, null, 1),
                new DatedAffiliation("Delta Group", null, null, 1));
        assertThat(ASKED).hasSize(1);
    }

    @Test
    void aSingleAffiliationAsksTheDatabaseNothing() {
        ASKED.clear();
        Appearances appearances = Appearances.of(List.of(
                row("doc-a", "host", "2025-05-01", 1L, "Alpha Labs"),
                row("doc-b", "host", "2025-06-01", 1L, "Alpha Labs")), AppearancesTest::reversed);
        assertThat(appearances.affiliations()).containsExactly(
                new DatedAffiliation("Alpha Labs", "2025-05-01", "2025-06-01", 2));
        assertThat(ASKED).isEmpty();
    }
}
