package io.claimstream.query.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SQL of a claim query. Every fragment is a constant of this class and every value a bound
 * parameter: a request can choose which fragments apply, never what they say.
 */
public final class ClaimSql {

    static final String QUERY = "websearch_to_tsquery('english', :q)";

    public static final String COLUMNS = """
            SELECT c.id, c.document_id, d.title AS document_title, d.published_raw, c.text, c.person_id,
                   p.name AS person_name, c.type, c.topics, c.span_start, c.span_end, c.confidence, c.attribution,
                   c.is_prediction, c.prediction_probability, c.prediction_horizon, c.horizon_start, c.horizon_end,
                   c.entities_json, c.quantities_json, c.cluster_id, r.outcome, r.note, r.resolved_at""";

    static final String HIGHLIGHT = ", ts_headline('english', c.text, " + QUERY
            + ", 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10') AS highlight";

    public static final String FROM = "\n" + """
             FROM claim c
             JOIN document d ON d.id = c.document_id
             LEFT JOIN person p ON p.id = c.person_id
             LEFT JOIN prediction_resolution r ON r.claim_id = c.id""";

    /** The tables every filter may name: claims, with their prediction outcome. */
    public static final String FILTERED = " FROM claim c LEFT JOIN prediction_resolution r ON r.claim_id = c.id";

    static final String COUNT = "SELECT count(*)" + FILTERED;

    private static final String CHRONOLOGICAL = "c.published ASC NULLS LAST, c.document_id, c.span_start, c.id";

    private final StringBuilder where = new StringBuilder(" WHERE TRUE");
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final ClaimFilter filter;

    public ClaimSql(ClaimFilter filter) {
        this.filter = filter;
        if (filter.q() != null) {
            add(" AND c.tsv @@ " + QUERY, "q", filter.q());
        }
        if (filter.personIds() != null) {
            add(" AND c.person_id IN (:people)", "people", filter.personIds());
        }
        if (filter.topic() != null) {
            add(" AND c.topics @> CAST(ARRAY[:topic] AS text[])", "topic", filter.topic());
        }
        if (filter.type() != null) {
            add(" AND c.type = :type", "type", filter.type());
        }
        if (filter.documentId() != null) {
            add(" AND c.document_id = :document", "document", filter.documentId());
        }
        if (filter.from() != null) {
            add(" AND c.published >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            add(" AND c.published <= :to", "to", filter.to());
        }
        if (filter.predictionsOnly()) {
            where.append(" AND c.is_prediction");
        }
        if (filter.horizonFrom() != null) {
            add(" AND c.horizon_end >= :horizonFrom", "horizonFrom", filter.horizonFrom());
        }
        if (filter.horizonTo() != null) {
            add(" AND coalesce(c.horizon_start, c.horizon_end) <= :horizonTo", "horizonTo", filter.horizonTo());
        }
        if (filter.resolved() != null) {
            where.append(filter.resolved() ? " AND r.claim_id IS NOT NULL" : " AND r.claim_id IS NULL");
        }
    }

    private void add(String fragment, String name, Object value) {
        where.append(fragment);
        parameters.put(name, value);
    }

    public String select() {
        return COLUMNS + (filter.q() != null ? HIGHLIGHT : "") + FROM + where + " ORDER BY " + orderBy()
                + " LIMIT :limit OFFSET :offset";
    }

    public String count() {
        return COUNT + where;
    }

    public String countByType() {
        return "SELECT c.type, count(*) FROM claim c LEFT JOIN prediction_resolution r ON r.claim_id = c.id"
                + where + " GROUP BY c.type";
    }

    /** The filter's conditions ({@code WHERE TRUE AND ...}) over {@link #FILTERED}. */
    public String where() {
        return where.toString();
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    private String orderBy() {
        return switch (filter.order()) {
            case RANK -> filter.q() != null ? "ts_rank_cd(c.tsv, " + QUERY + ") DESC, " + CHRONOLOGICAL : CHRONOLOGICAL;
            case HORIZON -> "c.horizon_end ASC NULLS LAST, " + CHRONOLOGICAL;
            case CHRONOLOGICAL -> CHRONOLOGICAL;
        };
    }
}
