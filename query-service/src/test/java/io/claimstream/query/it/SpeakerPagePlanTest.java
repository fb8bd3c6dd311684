package io.claimstream.query.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Speaker;
import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.search.ClaimFilter;
import io.claimstream.query.search.ClaimRows;
import io.claimstream.query.search.ClaimSearch;
import io.claimstream.query.search.Reads;
import io.claimstream.query.search.RequestParams;
import io.claimstream.query.search.SpeakerLookup;
import io.claimstream.query.search.Rows;
import io.claimstream.query.search.SqlReads;
import io.claimstream.query.store.DocumentWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A speaker's page of claims is read with generic plans (PostgreSQL planned it again for every
 * request otherwise) and answers what the statement answers under PostgreSQL's own choice of plan,
 * page by page, with or without a claim type; other filters keep PostgreSQL's choice. The speaker
 * lookup before it reads with generic plans too, and finds the same people by id or by name.
 */
@QuarkusTest
@QuarkusTestResource(RealServers.class)
class SpeakerPagePlanTest {

    @Inject
    DocumentWriter writer;

    @Inject
    DataSource dataSource;

    @Inject
    @io.quarkus.agroal.DataSource("keyed")
    DataSource keyedSource;

    @Inject
    ClaimRows rows;

    @Inject
    QueryConfig config;

    @Inject
    ObjectMapper json;

    /** Counts the reads made with generic plans. */
    static final class Counting extends SqlReads {
        int generic;

        Counting(DataSource db, DataSource keyed) {
            super(db, keyed);
        }

        @Override
        public <T> T withGenericPlans(Function<Reads, T> work) {
            generic++;
            return super.withGenericPlans(work);
        }
    }

    /** Leaves every plan to PostgreSQL. */
    static final class OwnPlans extends SqlReads {
        OwnPlans(DataSource db, DataSource keyed) {
            super(db, keyed);
        }

        @Override
        public <T> T withGenericPlans(Function<Reads, T> work) {
            return work.apply(this);
        }
    }

    @Test
    void aSpeakersPageIsReadWithGenericPlansAndAnswersAsBefore() throws Exception {
        store("it-spp-a", "2026-04-02", "Orla Quint", "Tidal turbines will power the whole estuary by 2030.|"
                + "The estuary council should fund a second turbine.|Tidal power costs less than diesel here.");
        store("it-spp-b", "2026-04-09", "Orla Quint", "Silt clogs the turbine blades every winter.|"
                + "Divers will clean the blades twice a year.");
        store("it-spp-c", "2026-05-01", "Bram Otieno", "The estuary needs a ferry more than a turbine.");
        String orla = personOf("it-spp-a");
        Counting counting = new Counting(dataSource, keyedSource);
        ClaimSearch search = new ClaimSearch(counting, rows, null, config);
        ClaimSearch ownPlans = new ClaimSearch(new OwnPlans(dataSource, keyedSource), rows, null, config);

        List<ClaimFilter> speakers = List.of(ClaimFilter.of(null, List.of(orla), null, null, null, null, null),
                ClaimFilter.of(null, List.of(orla), null, "prediction", null, null, null),
                ClaimFilter.of(null, List.of(orla, personOf("it-spp-c")), null, null, null, null, null));
        int pages = 0;
        for (ClaimFilter filter : speakers) {
            for (int page = 0; page < 4; page++) {
                RequestParams.Paging paging = new RequestParams.Paging(page, 2);
                assertThat(json.writeValueAsString(search.search(filter, paging))).as(filter + " page " + page)
                        .isEqualTo(json.writeValueAsString(ownPlans.search(filter, paging)));
                pages++;
            }
        }
        assertThat(counting.generic).isEqualTo(pages);
        assertThat(search.search(speakers.get(0), new RequestParams.Paging(0, 50)).total()).isEqualTo(5);

        // a speaker with a topic, words or dates: the plan depends on the values, PostgreSQL's choice stays
        counting.generic = 0;
        search.search(ClaimFilter.of(null, List.of(orla), "other", null, null, null, null), new RequestParams.Paging(0, 2));
        search.search(ClaimFilter.of("turbine", List.of(orla), null, null, null, null, null), new RequestParams.Paging(0, 2));
        search.search(ClaimFilter.of(null, List.of(orla), null, null, null, java.time.LocalDate.of(2026, 4, 5), null),
                new RequestParams.Paging(0, 2));
        assertThat(counting.generic).isZero();
    }

    @Test
    void aSpeakerIsLookedUpWithGenericPlansAndFoundAsBefore() {
        store("it-spp-d", "2026-06-03", "Ines Varga", "Harbour dredging will finish before the regatta.");
        String ines = personOf("it-spp-d");
        Counting counting = new Counting(dataSource, keyedSource);
        SpeakerLookup lookup = new SpeakerLookup(counting);
        SpeakerLookup ownPlans = new SpeakerLookup(new OwnPlans(dataSource, keyedSource));
        List<String> asked = List.of(ines, "Ines Varga", "ines varga", "Nobody Here", "it-no-such-person");
        for (String value : asked) {
            assertThat(lookup.personIds(value)).as(value).isEqualTo(ownPlans.personIds(value));
        }
        assertThat(lookup.personIds(ines)).containsExactly(ines);
        assertThat(lookup.personIds("Ines Varga")).containsExactly(ines);
        assertThat(counting.generic).isEqualTo(asked.size() + 2);
    }

    @Test
    void theKeyedPoolsSessionsKeepGenericPlansAndTheDefaultPoolsDoNot() throws Exception {
        assertThat(planCacheMode(keyedSource)).isEqualTo("force_generic_plan");
        assertThat(planCacheMode(dataSource)).isEqualTo("auto");
    }

    private static String planCacheMode(DataSource source) throws Exception {
        try (var connection = source.getConnection(); var statement = connection.createStatement();
                var result = statement.executeQuery("SHOW plan_cache_mode")) {
            result.next();
            return result.getString(1);
        }
    }

    private String personOf(String documentId) {
        return Rows.text(new SqlReads(dataSource, keyedSource).rows("SELECT DISTINCT person_id FROM claim WHERE document_id = :id",
                Map.of("id", documentId)).get(0).get("person_id"));
    }

    private void store(String id, String published, String speaker, String sentences) {
        StringBuilder body = new StringBuilder();
        List<Claim> claims = new ArrayList<>();
        String[] split = sentences.split("\\|");
        for (int i = 0; i < split.length; i++) {
            body.append(speaker).append(": ");
            int start = body.length();
            body.append(split[i]).append('\n');
            claims.add(new Claim("c" + i, "s", split[i], new Span(start, start + split[i].length()),
                    i % 2 == 0 ? "prediction" : "opinion", List.of(), 0.8, "explicit", List.of(), null, List.of()));
        }
        writer.store(new AnalyzedDocument(1, id, "v1", body.toString(),
                new DocumentMetadata("Estuary notes", "notebooks", null, published, "day", "en", null),
                List.of(new Speaker("s", speaker, List.of(), null, List.of(), "person")), claims, Instant.now()));
    }
}
