package io.claimstream.query.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SQL of a claim query. Every fragment is a constant of this class and every value a bound
 * parameter: a request can choose which fragments apply, never what they say.
 */
public final class ClaimSql {

    static final String QUERY = "websearch_to_tsquery('english', :q)";

    /**
     * {@link #QUERY} parsed once per statement, for the expressions computed per row (the rank of
     * each candidate, the highlight of each row of the page). A ranked full-text statement runs a
     * kept generic plan, where {@code websearch_to_tsquery('english', $1)} is no constant and was
     * parsed and stemmed again for each of the 1,000 candidates it ranks: 1.7 of 15.5 ms of
     * database CPU per statement at a million claims (read-benchmark-1m-readcost2.txt). As a scalar
     * subquery it is an init plan, run once. The match condition keeps {@link #QUERY}: there it is
     * the index scan's key, computed once already, and a custom plan still sees its value.
     */
    static final String QUERY_ONCE = "(SELECT " + QUERY + ")";

    public static final String COLUMNS = """
            SELECT c.id, c.document_id, d.title AS document_title, d.published_raw, c.text, c.person_id,
                   p.name AS person_name, c.type, c.topics, c.span_start, c.span_end, c.confidence, c.attribution,
                   c.is_prediction, c.prediction_probability, c.prediction_horizon, c.horizon_start, c.horizon_end,
                   c.entities_json, c.quantities_json, c.cluster_id, r.outcome, r.note, r.resolved_at""";

    static final String HIGHLIGHT = ", ts_headline('english', c.text, " + QUERY_ONCE
            + ", 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10') AS highlight";

    public static final String FROM = "\n" + """
             FROM claim c
             JOIN document d ON d.id = c.document_id
             LEFT JOIN person p ON p.id = c.person_id
             LEFT JOIN prediction_resolution r ON r.claim_id = c.id""";

    /** The tables every filter may name: claims, with their prediction outcome. */
    public static final String FILTERED = " FROM claim c LEFT JOIN prediction_resolution r ON r.claim_id = c.id";

    /** Without the outcome join: a join to a unique key is removed, but it still keeps a count from being index-only. */
    static final String COUNT = "SELECT count(*) FROM claim c";
    static final String WITH_OUTCOMES = " LEFT JOIN prediction_resolution r ON r.claim_id = c.id";

    private static final String CHRONOLOGICAL = "c.published ASC NULLS LAST, c.document_id, c.span_start, c.id";

    /** A topic's claims, driven by claim_topic's index in list order (see V3__claim_topic.sql). */
    static final String TOPIC_FROM = "\n" + """
             FROM claim_topic ct
             JOIN claim c ON c.id = ct.claim_id
             JOIN document d ON d.id = c.document_id
             LEFT JOIN person p ON p.id = c.person_id
             LEFT JOIN prediction_resolution r ON r.claim_id = c.id""";

    private static final String TOPIC_CHRONOLOGICAL = "ct.published ASC NULLS LAST, ct.document_id, ct.span_start, ct.claim_id";

    /**
     * The most full-text matches one ranked query reads and ranks (claimstream.query.full-text.max-ranked).
     * Ranking needs each match's tsvector from the heap, so ranking every match of a common word
     * costs a heap page per match (3 s for 30,000 matches of a million claims, see query-service/bench);
     * the ones ranked are the newest.
     */
    public static final int DEFAULT_MAX_RANKED = 1000;

    /**
     * The months a ranked full-text query searches, newest first, each window a row (newest, months,
     * before: the dated months searched before it): undated claims first (newest null; as semantic
     * search counts them, the newest), then from the newest month that has claims back to the oldest,
     * in windows of 1, 1, 1, 1, 2, 3, 4, 6, 9, 14 ... months, each half the months searched before it.
     * A window is searched only when the ones before it held too few candidates (a query's rows are
     * pulled as they are needed), and it is searched whole (a GIN bitmap has no order): every match
     * of the last window is read and sorted, the ones past max-ranked too. Growing by half bounds
     * that overshoot by half of what was needed, where doubling (1, 2, 4 ...) read up to twice as
     * many matches as it kept (2,109 for 1,000 of a word with ~700 a month: months 1 and 2-3) at
     * ~3 us of database CPU each; a rare word's walk over three years is still ten searches.
     */
    private static final String MONTHS = """
            WITH RECURSIVE bounds AS (
                SELECT date_trunc('month', max(c.published)::timestamp)::date AS newest,
                       date_trunc('month', min(c.published)::timestamp)::date AS oldest
                FROM claim c WHERE c.published IS NOT NULL%s),
            months(newest, months, before) AS (
                SELECT NULL::date, 1, 0
                UNION ALL
                SELECT CASE WHEN mo.newest IS NULL THEN b.newest ELSE (mo.newest - mo.months * interval '1 month')::date END,
                       greatest(1, (CASE WHEN mo.newest IS NULL THEN 0 ELSE mo.before + mo.months END) / 2),
                       CASE WHEN mo.newest IS NULL THEN 0 ELSE mo.before + mo.months END
                FROM months mo CROSS JOIN bounds b
                WHERE b.newest IS NOT NULL
                  AND (mo.newest IS NULL OR (mo.newest - mo.months * interval '1 month')::date >= b.oldest)),
            """;

    /** The full-text match of a query that is not ranked, over claim_tsv_idx. */
    private static final String MATCH = " AND c.tsv @@ " + QUERY;

    /**
     * The claims of one window of {@link #MONTHS} that have the query's words: the month-keyed words
     * of V11__full_text_by_month.sql, so a window's search reads those months' postings only, where
     * {@link #MATCH} builds the bitmap of every match before yielding the first (9.6-9.9 ms for
     * 15,000 matches of a million claims). The keys hold no positions: {@link #WINDOW_MATCH} then
     * checks phrases and exclusions on each claim's tsv. OFFSET 0 keeps the other filters out of
     * the scan: ANDed with another index's bitmap, each window would build that bitmap whole again.
     * The query is {@link #QUERY_ONCE}, so that a plan for one query's words is a plan for any (see
     * {@link #page}). The rows are claim_search's (V13__claim_search.sql): what a candidate needs of
     * its claim, a table of narrow rows stored newest first, where the claim table's wide rows
     * cost a heap page a candidate.
     */
    private static final String WINDOW_MATCHES = "(SELECT s.claim_id AS id, s.published, s.document_id, s.span_start, s.tsv, s.type"
            + " FROM claim_search s WHERE claim_month_terms(s.tsv, s.published) @@ claim_month_query(" + QUERY_ONCE
            + ", mo.newest, mo.months) OFFSET 0) c";

    /** The query itself, on the claims {@link #WINDOW_MATCHES} found. */
    private static final String WINDOW_MATCH = " AND c.tsv @@ " + QUERY_ONCE;

    private static final String NEWEST_FIRST = " ORDER BY c.published DESC, c.document_id DESC, c.span_start DESC, c.id DESC";

    /**
     * What a candidate is ranked by: {@link #QUERY} without its exclusions (querytree), parsed once
     * per statement as {@link #QUERY_ONCE} is. ts_rank counts an excluded word as a missing one, so
     * with "models -open" every match ranked alike (1e-20); without indexable words (only exclusions,
     * or "x or -y", querytree 'T') every match ranks alike anyway and the query is kept. CAST, as
     * elsewhere here: no colon but a parameter's in a statement (SqlReadsTest).
     */
    static final String RANK_QUERY = "(SELECT CASE WHEN querytree(w) IN ('', 'T') THEN w ELSE CAST(querytree(w) AS tsquery) END FROM "
            + QUERY + " w)";

    /**
     * A candidate's rank, computed for the candidates only: ts_rank (how often the query's words
     * occur, and for several words how close together), not ts_rank_cd (cover density): at a
     * million claims ts_rank_cd cost ~2 of a page's 6.3 ms of database CPU, and over 22 queries
     * ts_rank's top 20 are as relevant by ts_rank_cd's own score (nDCG@20 0.999, the worst query
     * 0.980): where the claims differ, ts_rank_cd had tied them and ts_rank puts first those that
     * repeat a query word (query-service/bench/read-benchmark-1m-fulltext-rank.txt).
     * <p>
     * The columns here and in {@link #CANDIDATE} put the fixed-width ones first, then the texts in
     * the order the sorts compare them: most candidates tie on rank and on date, and a sort reads a
     * column that follows a text column by walking the row from its start, on every comparison
     * (~0.3 ms of a page's ~4 at a million claims, read-benchmark-1m-fulltext23.txt).
     */
    private static final String RANKED = "candidates AS MATERIALIZED (SELECT ts_rank(n.tsv, " + RANK_QUERY
            + ") AS rank, n.published, n.span_start, n.document_id, n.id FROM ";

    /**
     * A request's words as the tsquery it matches and the one it is ranked by ({@link #RANK_QUERY}),
     * as text: what the service's full-text index evaluates itself (io.claimstream.query.fulltext).
     */
    public static final String PARSED = "SELECT " + QUERY + "::text AS query, " + RANK_QUERY + "::text AS rank";

    /**
     * Rows of {@link #COLUMNS} by claim id: a page the full-text index ranked, highlighted by the
     * service (its ts_headline was most of the database's CPU for such a page).
     */
    public static final String BY_ID = COLUMNS + FROM + " WHERE c.id IN (:ids)";

    /** The highlights of claims by id, for those the service could not highlight itself. */
    public static final String HIGHLIGHTS_BY_ID = "SELECT c.id" + HIGHLIGHT + " FROM claim c WHERE c.id IN (:ids)";

    /** What a candidate is read with, before its rank: see {@link #RANKED}. */
    private static final String CANDIDATE = "SELECT c.published, c.span_start, c.document_id, c.id, c.tsv FROM ";

    private static final String RANKED_ORDER = "m.rank DESC, m.published ASC NULLS LAST, m.document_id, m.span_start, m.id";

    private static final String RANKED_FROM = "\n" + """
             FROM m
             JOIN claim c ON c.id = m.id
             JOIN document d ON d.id = c.document_id
             LEFT JOIN person p ON p.id = c.person_id
             LEFT JOIN prediction_resolution r ON r.claim_id = c.id""";

    private final StringBuilder where = new StringBuilder(" WHERE TRUE");
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final ClaimFilter filter;
    private final boolean byTopic;
    private final boolean needsClaim;
    /**
     * Named in the statement's text, not bound: it is the service's setting, one value, and a
     * bound limit made PostgreSQL plan the month walk again for each request (see {@link #page}).
     */
    private final int maxRanked;

    /**
     * The SQL for a filter. A topic filter without full text is driven by claim_topic: the page is
     * a walk of its index and the total an index-only count, as long as the other filters are
     * ones it carries (speaker, type, document, dates).
     */
    public ClaimSql(ClaimFilter filter) {
        this(filter, DEFAULT_MAX_RANKED);
    }

    /** @param maxRanked the most full-text matches a ranked query reads and ranks */
    public ClaimSql(ClaimFilter filter, int maxRanked) {
        this(filter, filter.topic() != null && filter.q() == null, maxRanked);
    }

    /** The SQL over {@link #FILTERED} only (claims and outcomes), for queries that build their own select. */
    public static ClaimSql overClaims(ClaimFilter filter) {
        return new ClaimSql(filter, false, DEFAULT_MAX_RANKED);
    }

    private ClaimSql(ClaimFilter filter, boolean byTopic, int maxRanked) {
        this.filter = filter;
        this.maxRanked = maxRanked;
        this.byTopic = byTopic;
        this.needsClaim = filter.predictionsOnly() || filter.horizonFrom() != null || filter.horizonTo() != null
                || filter.resolved() != null;
        String t = byTopic ? "ct." : "c.";
        if (filter.q() != null) {
            add(MATCH, "q", filter.q()); // always first: a ranked query may search by month instead, see rankedCandidates()
        }
        if (filter.personIds() != null) {
            add(" AND " + t + "person_id IN (:people)", "people", filter.personIds());
        }
        if (filter.topic() != null) {
            add(byTopic ? " AND ct.topic = :topic" : " AND c.topics @> CAST(ARRAY[:topic] AS text[])", "topic",
                    filter.topic());
        }
        if (filter.type() != null) {
            add(" AND " + t + "type = :type", "type", filter.type());
        }
        if (filter.documentId() != null) {
            add(" AND " + t + "document_id = :document", "document", filter.documentId());
        }
        if (filter.from() != null) {
            add(" AND " + t + "published >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            add(" AND " + t + "published <= :to", "to", filter.to());
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

    /**
     * Whether this is a ranked full-text query. Its rank order is over a bounded candidate set: the
     * newest max-ranked matches (undated ones first), and its count stops at max-ranked; a caller
     * says so when the count reaches it.
     */
    public boolean ranked() {
        return filter.q() != null && filter.order() == ClaimFilter.Order.RANK;
    }

    public String select() {
        return select(false);
    }

    /**
     * {@link #select()} with the {@link #count()} of every match in a column {@code total} of each
     * row: a page and its total in one statement. The count is a scalar subquery, planned and run
     * once, as it would be alone; a ranked query counts the candidates it already read instead of
     * matching again. An empty page carries no total: a caller past the last page counts apart.
     */
    public String selectCounting() {
        return select(true);
    }

    private String select(boolean counting) {
        if (ranked()) {
            // ts_headline only for the page's rows, after the candidates are ranked
            // the page is cut from the ranked candidates before any join, and highlighted alone
            return rankedCandidates() + ",\n"
                    + "m AS (SELECT * FROM candidates m ORDER BY " + RANKED_ORDER + " LIMIT :limit OFFSET :offset)\n"
                    + COLUMNS + HIGHLIGHT + (counting ? ", (SELECT count(*) FROM candidates) AS total" : "")
                    + RANKED_FROM + " ORDER BY " + RANKED_ORDER;
        }
        return COLUMNS + (filter.q() != null ? HIGHLIGHT : "") + (counting ? ", (" + count() + ") AS total" : "")
                + (byTopic ? TOPIC_FROM : FROM) + where + " ORDER BY " + orderBy() + " LIMIT :limit OFFSET :offset";
    }

    /**
     * The statement for one page of {@link #select()} or {@link #selectCounting()}. A first page
     * names its size in the text ({@code LIMIT 50}) instead of binding it: PostgreSQL plans a
     * prepared statement once for all values (a generic plan) only when that plan looks no worse
     * than planning for each request's values, and with the limit a parameter the generic plan
     * assumes a tenth of the matches are wanted (7,194 of a topic's rows: a parallel hash join of
     * 15-23 ms where the page is a 0.3 ms index walk), so a topic's page was planned again on every
     * request (1.8 ms of planning for 0.4-0.9 ms of execution at a million claims, with its total
     * kept apart; read-benchmark-1m-readcost.txt). Page sizes are validated integers from a small
     * range, so the texts stay few; a later page keeps both bound (its offsets are many). A ranked
     * full-text statement's first page names its size too, where its page is cut from the
     * candidates: with the size bound, the generic plan of the month walk looked costlier than a
     * custom one and each request was planned again (1.2 ms of 9 at a million claims).
     */
    public String page(String statement, int limit, long offset) {
        String bound = " LIMIT :limit OFFSET :offset";
        if (offset != 0) {
            return statement;
        }
        if (ranked()) {
            return statement.replace(bound + ")", " LIMIT " + limit + ")");
        }
        if (!statement.endsWith(bound)) {
            return statement;
        }
        return statement.substring(0, statement.length() - bound.length()) + " LIMIT " + limit;
    }

    /**
     * The candidates of a ranked query: its newest max-ranked matches (undated ones first), then
     * ranked. Filtered by the words, a type or dates only, they are read window by window of
     * {@link #MONTHS}, newest first, until the limit is reached (the dates bound the windows; undated
     * claims fail a date filter anyway). A speaker, topic, document or prediction filter keeps far
     * fewer claims than the words alone: there the windows would read many months of matches to
     * keep a few, and PostgreSQL is left to combine the filter's index with the words' and sort.
     */
    private String rankedCandidates() {
        if (!walksMonths()) {
            return "WITH " + RANKED + "(" + CANDIDATE + "claim c"
                    + (filter.resolved() != null ? WITH_OUTCOMES : "") + where + NEWEST_FIRST + " LIMIT " + maxRanked + ") n)";
        }
        String range = (filter.from() != null ? " AND c.published >= :from" : "")
                + (filter.to() != null ? " AND c.published <= :to" : "");
        String others = " WHERE TRUE" + WINDOW_MATCH + where.substring((" WHERE TRUE" + MATCH).length());
        return MONTHS.formatted(range) + RANKED + "(SELECT f.* FROM months mo CROSS JOIN LATERAL ("
                + CANDIDATE + WINDOW_MATCHES + others
                + NEWEST_FIRST + ") f LIMIT " + maxRanked + ") n)";
    }

    /** Whether a ranked query's filters are words, a type and dates at most: see {@link #rankedCandidates()}. */
    private boolean walksMonths() {
        return filter.personIds() == null && filter.topic() == null && filter.documentId() == null && !needsClaim;
    }

    public String count() {
        if (ranked()) {
            return rankedCandidates() + "\nSELECT count(*) FROM candidates";
        }
        if (countedPerTopic() || countedPerPerson()) {
            return "SELECT coalesce(sum(k.claims), 0)::bigint AS count" + keptCounts();
        }
        return byTopic ? "SELECT count(*)" + topicCountFrom() + where
                : COUNT + (filter.resolved() != null ? WITH_OUTCOMES : "") + where;
    }

    /**
     * Whether the filter is a topic, perhaps with a claim type and a range of dates, and nothing
     * else: its total is kept by the write path (V7__topic_claim_count.sql, by day in
     * V9__topic_day_claim_count.sql), a sum over a few rows, or a row a day of the range, instead of
     * an index-only count of every claim of the topic in the range.
     */
    private boolean countedPerTopic() {
        return byTopic && filter.personIds() == null && filter.documentId() == null && !needsClaim;
    }

    private boolean dated() {
        return filter.from() != null || filter.to() != null;
    }

    /**
     * Whether the filter is one or more speakers, perhaps with a claim type, and nothing else: its
     * total is kept by the write path (V8__person_claim_count.sql), a sum over a few rows per
     * person instead of an index-only count of every claim the speakers said.
     */
    /**
     * Whether the page is a speaker's claims (perhaps of one type) and nothing else: one index walk
     * for every speaker, which PostgreSQL would plan again on each request for a busy one, so it is
     * read on sessions that keep generic plans (SqlReads.withGenericPlans).
     */
    boolean keyedByPerson() {
        return countedPerPerson();
    }

    private boolean countedPerPerson() {
        return !byTopic && filter.personIds() != null && filter.q() == null && filter.topic() == null
                && filter.documentId() == null && filter.from() == null && filter.to() == null && !needsClaim;
    }

    /**
     * The rows the write path keeps (V7 per topic, V9 per topic and day, V8 per person) that a total
     * is summed from: the topic's (on the days of the range, when there is one) or the speakers', of
     * the filter's type when it names one.
     */
    private String keptCounts() {
        String kept;
        if (countedPerTopic() && dated()) {
            kept = " FROM topic_day_claim_count k WHERE k.topic = :topic"
                    + (filter.from() != null ? " AND k.published >= :from" : "")
                    + (filter.to() != null ? " AND k.published <= :to" : "");
        } else if (countedPerTopic()) {
            kept = " FROM topic_claim_count k WHERE k.topic = :topic";
        } else {
            kept = " FROM person_claim_count k WHERE k.person_id IN (:people)";
        }
        return kept + (filter.type() != null ? " AND k.type = :type" : "");
    }

    public String countByType() {
        if (countedPerPerson()) {
            // a type whose kept count went back to 0 is left out, as a count of claims would leave it
            return "SELECT k.type, sum(k.claims)::bigint AS count" + keptCounts() + " GROUP BY k.type HAVING sum(k.claims) <> 0";
        }
        return byTopic ? "SELECT ct.type, count(*)" + topicCountFrom() + where + " GROUP BY ct.type"
                : "SELECT c.type, count(*) FROM claim c" + (filter.resolved() != null ? WITH_OUTCOMES : "")
                + where + " GROUP BY c.type";
    }

    private String topicCountFrom() {
        return needsClaim ? " FROM claim_topic ct JOIN claim c ON c.id = ct.claim_id"
                + " LEFT JOIN prediction_resolution r ON r.claim_id = c.id" : " FROM claim_topic ct";
    }

    /** The filter's conditions ({@code WHERE TRUE AND ...}) over {@link #FILTERED}; see {@link #overClaims}. */
    public String where() {
        if (byTopic) {
            throw new IllegalStateException("a topic-driven query's conditions name claim_topic; use overClaims");
        }
        return where.toString();
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    private String chronological() {
        return byTopic ? TOPIC_CHRONOLOGICAL : CHRONOLOGICAL;
    }

    private String orderBy() {
        return switch (filter.order()) {
            case RANK -> chronological(); // with q, see select()
            case HORIZON -> "c.horizon_end ASC NULLS LAST, " + chronological();
            case CHRONOLOGICAL -> chronological();
        };
    }
}
