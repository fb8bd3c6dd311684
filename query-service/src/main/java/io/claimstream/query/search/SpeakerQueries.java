package io.claimstream.query.search;

import io.claimstream.common.errors.ApiException;
import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.PageView;
import io.claimstream.query.view.SpeakerProfileView;
import io.claimstream.query.view.SpeakerView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads people: the list, and one person's profile across documents. */
@ApplicationScoped
public class SpeakerQueries {

    /**
     * Timeline claims of a profile unless asked otherwise: the timeline is most of a profile's cost
     * (each claim a row, a view and JSON), and GET /claims?speaker= pages through all of them.
     */
    public static final int DEFAULT_TIMELINE = 50;
    public static final int MAX_TIMELINE = 1000;
    /**
     * Documents of a profile unless asked otherwise, and at most: GET /documents's page sizes, so that
     * GET /documents?speaker=<id>&size=<documentsLimit> pages on from a profile's list in its order. A
     * busy speaker's full list (339 documents at a million claims) was most of their profile's JSON.
     */
    public static final int DEFAULT_DOCUMENTS = DocumentList.DEFAULT_PAGE;
    public static final int MAX_DOCUMENTS = DocumentList.MAX_PAGE;

    /** A person's claims from the counts the write path keeps (V8__person_claim_count.sql), not a count of them. */
    private static final String PERSON_COLUMNS = """
            SELECT p.id, p.name, p.aliases, p.role, p.affiliations, p.kind,
                   (SELECT count(DISTINCT ds.document_id) FROM document_speaker ds WHERE ds.person_id = p.id) AS documents,
                   (SELECT coalesce(sum(k.claims), 0)::bigint FROM person_claim_count k WHERE k.person_id = p.id) AS claims
            FROM person p""";
    private static final String NAME_FILTER = "\n" + """
             WHERE (p.name ILIKE :pattern ESCAPE '\\' OR array_to_string(p.aliases, ' ') ILIKE :pattern ESCAPE '\\')""";

    /**
     * A person's document_speaker rows with their documents and the person's claims in each (per
     * document, kept by the write path, V10__speaker_profile_counts.sql), in the order of the index
     * V12__document_speaker_by_person.sql keeps them: by document, then role. The rows come as
     * they are and the service folds them into documents and dated affiliations ({@link Appearances}):
     * grouped and ordered by PostgreSQL, the same few hundred rows were sorted four times over text
     * keys, which cost the database more than reading them (read-benchmark-1m-profile22.txt).
     * Public for the read benchmark's query plans.
     */
    public static final String APPEARANCES = """
            SELECT ds.document_id, ds.role, ds.affiliations, d.title, d.published_raw, d.published, per.claims
            FROM document_speaker ds
            JOIN document d ON d.id = ds.document_id
            LEFT JOIN (SELECT document_id, sum(claims)::bigint AS claims FROM person_document_claim_count
                       WHERE person_id = :id GROUP BY document_id) per ON per.document_id = ds.document_id
            WHERE ds.person_id = :id
            ORDER BY ds.document_id, ds.role""";

    /** Names in the database's order for text, which Java's string order need not be. */
    private static final String NAMES_IN_ORDER =
            "SELECT a.name FROM unnest(CAST(ARRAY[:names] AS text[])) AS a(name) ORDER BY a.name";

    private final EntityManager em;
    private final SqlReads db;
    private final ClaimSearch claims;

    public SpeakerQueries(EntityManager em, SqlReads db, ClaimSearch claims) {
        this.em = em;
        this.db = db;
        this.claims = claims;
    }

    /** People by name; {@code name}, when given, must appear in the name or an alias. */
    @SuppressWarnings("unchecked")
    public PageView<SpeakerView> list(String name, RequestParams.Paging paging) {
        String pattern = name == null ? null : "%" + likeEscape(name) + "%";
        Query count = em.createNativeQuery("SELECT count(*) FROM person p" + (pattern == null ? "" : NAME_FILTER));
        Query select = em.createNativeQuery(PERSON_COLUMNS + (pattern == null ? "" : NAME_FILTER)
                + " ORDER BY lower(p.name), p.id LIMIT :limit OFFSET :offset", Tuple.class);
        if (pattern != null) {
            count.setParameter("pattern", pattern);
            select.setParameter("pattern", pattern);
        }
        long total = Rows.count(count.getSingleResult());
        List<Tuple> rows = select.setParameter("limit", paging.size()).setParameter("offset", paging.offset())
                .getResultList();
        return new PageView<>(rows.stream().map(SpeakerQueries::speaker).toList(), total, paging.page(), paging.size());
    }

    /**
     * Through plain JDBC ({@link SqlReads}), not Hibernate: an entity load and three native queries
     * cost the service more than the database spends on them (see SqlReads). Every statement is
     * keyed by the person alone, and its generic plan serves every person as well as their own
     * plans: kept generic, the timeline is not planned again for each request.
     */
    public SpeakerProfileView profile(String id, int documentsLimit, int timelineLimit) {
        return db.withGenericPlans(reads -> profile(reads, id, documentsLimit, timelineLimit));
    }

    private SpeakerProfileView profile(Reads reads, String id, int documentsLimit, int timelineLimit) {
        Map<String, Object> byId = Map.of("id", id);
        List<Map<String, Object>> people = reads.rows(
                "SELECT p.id, p.name, p.aliases, p.role, p.affiliations, p.kind FROM person p WHERE p.id = :id", byId);
        if (people.isEmpty()) {
            throw ApiException.notFound("no speaker has id " + id + "; GET /speakers lists them");
        }
        Map<String, Object> person = people.get(0);
        // the counts per topic and per document are kept by the write path (V10__speaker_profile_counts.sql);
        // a topic or document whose count went back to 0 has no claim of the person left, as a count would find
        List<Map<String, Object>> topicRows = reads.rows("""
                        SELECT topic, sum(claims)::bigint AS claims FROM person_topic_claim_count
                        WHERE person_id = :id GROUP BY topic HAVING sum(claims) <> 0 ORDER BY claims DESC, topic""", byId);
        Appearances appearances = Appearances.of(reads.rows(APPEARANCES, byId),
                names -> reads.rows(NAMES_IN_ORDER, Map.of("names", names)).stream()
                        .map(r -> Rows.text(r.get("name"))).toList());
        // all the person's documents are read: the counts and dated affiliations are of all of them
        List<SpeakerProfileView.Appearance> documents = appearances.documents();
        long claimCount = documents.stream().mapToLong(SpeakerProfileView.Appearance::claims).sum();
        List<ClaimView> timelineClaims = claims.list(reads, ClaimFilter.of(null, List.of(id), null, null, null, null, null),
                timelineLimit);
        return new SpeakerProfileView(Rows.text(person.get("id")), Rows.text(person.get("name")),
                Arrays.asList((String[]) person.get("aliases")), Rows.text(person.get("role")),
                Arrays.asList((String[]) person.get("affiliations")), Rows.text(person.get("kind")), claimCount,
                documents.size(),
                topicRows.stream().map(r -> new SpeakerProfileView.TopicCount(Rows.text(r.get("topic")),
                        Rows.count(r.get("claims")))).toList(),
                appearances.affiliations(),
                documents.subList(0, Math.min(documentsLimit, documents.size())), documentsLimit,
                documents.size() > documentsLimit,
                timeline(timelineClaims), timelineLimit, claimCount > timelineClaims.size());
    }

    /** Consecutive claims of one document form one entry; the claims are already in date order. */
    static List<SpeakerProfileView.TimelineEntry> timeline(List<ClaimView> claims) {
        List<SpeakerProfileView.TimelineEntry> entries = new ArrayList<>();
        List<ClaimView> current = new ArrayList<>();
        for (ClaimView claim : claims) {
            if (!current.isEmpty() && !current.get(0).documentId().equals(claim.documentId())) {
                entries.add(entry(current));
                current = new ArrayList<>();
            }
            current.add(claim);
        }
        if (!current.isEmpty()) {
            entries.add(entry(current));
        }
        return entries;
    }

    private static SpeakerProfileView.TimelineEntry entry(List<ClaimView> claims) {
        ClaimView first = claims.get(0);
        return new SpeakerProfileView.TimelineEntry(first.documentId(), first.documentTitle(), first.published(),
                List.copyOf(claims));
    }

    private static SpeakerView speaker(Tuple row) {
        return new SpeakerView(Rows.text(row.get("id")), Rows.text(row.get("name")), Rows.strings(row.get("aliases")),
                Rows.text(row.get("role")), Rows.strings(row.get("affiliations")), Rows.text(row.get("kind")),
                Rows.count(row.get("documents")), Rows.count(row.get("claims")));
    }

    static String likeEscape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
