package io.claimstream.query.it;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.Prediction;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Speaker;
import io.claimstream.query.search.ClaimFilter;
import io.claimstream.query.search.ClaimSearch;
import io.claimstream.query.search.RequestParams;
import io.claimstream.query.search.SpeakerLookup;
import io.claimstream.query.search.SpeakerQueries;
import io.claimstream.query.store.DocumentWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A topic's total (GET /claims?topic=, and within dates), and a speaker's (GET /claims?speaker=) come
 * from counts the write path keeps (V7__topic_claim_count.sql, V9__topic_day_claim_count.sql,
 * V8__person_claim_count.sql), and so do a speaker profile's claims per topic and per document
 * (V10__speaker_profile_counts.sql): they must stay exact
 * through a new document, a re-analysis that replaces a document's claims, and a document deleted
 * with its claims, and two writers storing claims on the same topic or by the same speaker at once
 * must not wait for each other.
 */
@QuarkusTest
@QuarkusTestResource(RealServers.class)
class KeptClaimCountTest {

    /** The ledger's speaker, Noor Haddad, as the writer names her. */
    private static final String NOOR = "noor-haddad";

    private static final String LEDGER = "it-count-ledger";
    private static final String PAGES = "it-count-pages";
    private static final String WRITERS = "it-count-writers";

    @Inject
    DocumentWriter writer;

    @Inject
    ClaimSearch search;

    @Inject
    SpeakerQueries speakers;

    @Inject
    SpeakerLookup lookup;

    @Inject
    DataSource db;

    @Test
    void aTopicsTotalFollowsNewReplacedAndDeletedClaims() throws SQLException {
        long agents = total("agents", null);
        long safety = total("safety", null);
        long forecasts = total("agents", "prediction");
        long noor = spoken(NOOR, null);
        long noorsForecasts = spoken(NOOR, "prediction");
        long agentsThatMonth = dated("agents", null);
        long forecastsThatMonth = dated("agents", "prediction");

        writer.store(ledger(LEDGER, "v1", List.of(
                new Said("Planning agents still forget what they were asked an hour ago.", "opinion", List.of("agents")),
                new Said("Agents that book travel will need a spending cap set by a person.", "recommendation",
                        List.of("agents", "safety")),
                new Said("Red teams found the browsing agent obeyed hidden page text.", "fact",
                        List.of("safety", "safety")),
                new Said("By next spring most support desks will route tickets through agents.", "prediction",
                        List.of("agents")))));
        assertThat(total("agents", null)).isEqualTo(agents + 3);
        assertThat(total("safety", null)).isEqualTo(safety + 2); // a topic named twice by one claim counts once
        assertThat(total("agents", "prediction")).isEqualTo(forecasts + 1);
        assertThat(dated("agents", null)).isEqualTo(agentsThatMonth + 3);
        assertThat(dated("agents", "prediction")).isEqualTo(forecastsThatMonth + 1);
        assertThat(spoken(NOOR, null)).isEqualTo(noor + 4);
        assertThat(spoken(NOOR, "prediction")).isEqualTo(noorsForecasts + 1);
        // GET /speakers shows the same kept count, and a name finds her by it
        assertThat(speakers.list("Noor Haddad", new RequestParams.Paging(0, 10)).items())
                .filteredOn(person -> person.id().equals(NOOR)).singleElement()
                .extracting(person -> person.claimCount()).isEqualTo(noor + 4);
        assertThat(lookup.personIds("Noor Haddad")).contains(NOOR);
        // her profile counts the ledger's claims by document and by topic from the kept counts
        var profile = speakers.profile(NOOR, SpeakerQueries.MAX_DOCUMENTS, 10);
        assertThat(profile.documents()).filteredOn(d -> d.id().equals(LEDGER)).singleElement()
                .extracting(d -> d.claims()).isEqualTo(4L);
        assertThat(profile.claimCount()).isEqualTo(noor + 4);
        assertThat(search.countByType(speaker(NOOR, null)))
                .containsEntry("opinion", 1L).containsEntry("recommendation", 1L).containsEntry("fact", 1L)
                .containsEntry("prediction", 1L);
        assertCountsMatchClaims();

        writer.store(ledger(LEDGER, "v2", List.of(
                new Said("Planning agents still forget what they were asked an hour ago.", "opinion", List.of("agents")),
                new Said("Spending caps for booking agents belong in the contract, not the prompt.", "recommendation",
                        List.of("safety")))));
        assertThat(total("agents", null)).isEqualTo(agents + 1);
        assertThat(total("safety", null)).isEqualTo(safety + 1);
        assertThat(total("agents", "prediction")).isEqualTo(forecasts);
        assertThat(dated("agents", null)).isEqualTo(agentsThatMonth + 1);
        assertThat(dated("agents", "prediction")).isEqualTo(forecastsThatMonth);
        assertThat(spoken(NOOR, null)).isEqualTo(noor + 2);
        assertThat(spoken(NOOR, "prediction")).isEqualTo(noorsForecasts);
        assertThat(search.countByType(speaker(NOOR, null)))
                .containsEntry("opinion", 1L).containsEntry("recommendation", 1L).containsEntry("fact", 0L)
                .containsEntry("prediction", 0L).hasSize(4); // types counted back to 0 are not listed twice
        assertCountsMatchClaims();

        forget(LEDGER); // its claims go with it
        assertThat(total("agents", null)).isEqualTo(agents);
        assertThat(total("safety", null)).isEqualTo(safety);
        assertThat(dated("agents", null)).isEqualTo(agentsThatMonth);
        assertThat(spoken(NOOR, null)).isEqualTo(noor);
        assertCountsMatchClaims();
    }

    @Test
    void aPagePastTheEndStillCountsFromTheKeptCounts() throws SQLException {
        writer.store(ledger(PAGES, "v1", List.of(
                new Said("Coding agents now open their own pull requests.", "fact", List.of("ai-coding")))));
        ClaimFilter filter = ClaimFilter.of(null, null, "ai-coding", null, null, null, null);
        long total = search.page(filter, new RequestParams.Paging(0, 1)).total();
        var beyond = search.page(filter, new RequestParams.Paging(1000, 5));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(total).isPositive();
        ClaimFilter bySpeaker = speaker(NOOR, null);
        long spoken = search.page(bySpeaker, new RequestParams.Paging(0, 1)).total();
        var beyondTheirs = search.page(bySpeaker, new RequestParams.Paging(1000, 5));
        assertThat(beyondTheirs.items()).isEmpty();
        assertThat(beyondTheirs.total()).isEqualTo(spoken).isPositive();
        forget(PAGES);
    }

    @Test
    void writersOnTheSameTopicAndSpeakerDoNotWaitForEachOther() throws SQLException {
        writer.store(ledger(WRITERS, "v1", List.of(
                new Said("Agents that read email need a human to approve every payment.", "recommendation",
                        List.of("agents")))));
        try (Connection first = db.getConnection(); Connection second = db.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            insertClaim(first, "it-count-first");
            try (Statement s = second.createStatement()) {
                s.execute("SET LOCAL lock_timeout = '2s'");
            }
            insertClaim(second, "it-count-second"); // would time out on a shared counter row
            first.rollback();
            second.rollback();
            first.setAutoCommit(true);
            second.setAutoCommit(true);
        }
        assertCountsMatchClaims();
        forget(WRITERS);
    }

    /** The test's document deleted with its claims, and its speaker, whom no other document names. */
    private void forget(String documentId) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement document = c.prepareStatement("DELETE FROM document WHERE id = ?");
             Statement people = c.createStatement()) {
            document.setString(1, documentId);
            document.executeUpdate();
            people.executeUpdate("DELETE FROM person p WHERE NOT EXISTS "
                    + "(SELECT 1 FROM document_speaker ds WHERE ds.person_id = p.id)");
        }
    }

    private void insertClaim(Connection connection, String id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO claim (id, document_id, source_id, ordinal, text, span_start, span_end, person_id, type,
                                   topics, confidence, is_prediction)
                VALUES (?, ?, ?, 99, 'An extra remark on agents.', 0, 10, ?, 'opinion',
                        ARRAY['agents'], 0.5, false)""")) {
            insert.setString(1, id);
            insert.setString(2, WRITERS);
            insert.setString(3, id);
            insert.setString(4, NOOR);
            insert.executeUpdate();
        }
    }

    private long total(String topic, String type) {
        return search.page(ClaimFilter.of(null, null, topic, type, null, null, null), new RequestParams.Paging(0, 1))
                .total();
    }

    /** A topic's total in March 2026, the month the ledger is published in (V9 counts it by day). */
    private long dated(String topic, String type) {
        return search.page(ClaimFilter.of(null, null, topic, type, null, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31)), new RequestParams.Paging(0, 1)).total();
    }

    private long spoken(String personId, String type) {
        return search.page(speaker(personId, type), new RequestParams.Paging(0, 1)).total();
    }

    private static ClaimFilter speaker(String personId, String type) {
        return ClaimFilter.of(null, List.of(personId), null, type, null, null, null);
    }

    /**
     * Every topic's and type's kept count is the number of its claims, every person's and type's the
     * number of claims they said, and no other topic or person has one.
     */
    private void assertCountsMatchClaims() throws SQLException {
        assertThat(counts("SELECT topic, type, sum(claims) FROM topic_claim_count GROUP BY topic, type"
                + " HAVING sum(claims) <> 0"))
                .isEqualTo(counts("SELECT topic, type, count(*) FROM claim_topic GROUP BY topic, type"));
        assertThat(counts("SELECT topic || '/' || published, type, sum(claims) FROM topic_day_claim_count"
                + " GROUP BY topic, published, type HAVING sum(claims) <> 0"))
                .isEqualTo(counts("SELECT topic || '/' || published, type, count(*) FROM claim_topic"
                        + " WHERE published IS NOT NULL GROUP BY topic, published, type"));
        // a speaker profile's claims per topic and per document
        assertThat(counts("SELECT person_id, topic, sum(claims) FROM person_topic_claim_count"
                + " GROUP BY person_id, topic HAVING sum(claims) <> 0"))
                .isEqualTo(counts("SELECT person_id, topic, count(*) FROM claim_topic WHERE person_id IS NOT NULL"
                        + " GROUP BY person_id, topic"));
        assertThat(counts("SELECT person_id, document_id, sum(claims) FROM person_document_claim_count"
                + " GROUP BY person_id, document_id HAVING sum(claims) <> 0"))
                .isEqualTo(counts("SELECT person_id, document_id, count(*) FROM claim WHERE person_id IS NOT NULL"
                        + " GROUP BY person_id, document_id"));
        assertThat(counts("SELECT person_id, type, sum(claims) FROM person_claim_count GROUP BY person_id, type"
                + " HAVING sum(claims) <> 0"))
                .isEqualTo(counts("SELECT person_id, type, count(*) FROM claim WHERE person_id IS NOT NULL"
                        + " GROUP BY person_id, type"));
    }

    private Map<String, Long> counts(String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
            }
        }
        return counts;
    }

    private record Said(String sentence, String type, List<String> topics) {
    }

    private static AnalyzedDocument ledger(String id, String version, List<Said> said) {
        StringBuilder text = new StringBuilder("Agent ledger\n\n");
        said.forEach(s -> text.append("Noor Haddad: ").append(s.sentence()).append("\n\n"));
        String body = text.toString();
        List<Claim> claims = new ArrayList<>();
        for (Said s : said) {
            int start = body.indexOf(s.sentence());
            Prediction prediction = s.type().equals("prediction") ? new Prediction(null, "by next spring", "2027", "2027")
                    : null;
            claims.add(new Claim("c" + claims.size(), "noor", s.sentence(), new Span(start, start + s.sentence().length()),
                    s.type(), s.topics(), 0.8, "explicit", List.of(), prediction, List.of()));
        }
        return new AnalyzedDocument(1, id, version, body,
                new DocumentMetadata("Agent ledger", "notebooks", null, "2026-03-03", "day", "en", null),
                List.of(new Speaker("noor", "Noor Haddad", List.of(), null, List.of(), "person")), claims, Instant.now());
    }
}
