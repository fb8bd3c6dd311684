package io.claimstream.query.search;

import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.fulltext.ClaimTextIndex;
import io.claimstream.query.fulltext.FullTextIndex;
import io.claimstream.query.view.ClaimPageView;
import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.SearchInfo;
import io.claimstream.query.view.PageView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs claim queries: one page of claims and the total that match. */
@ApplicationScoped
public class ClaimSearch {

    /** Parsed queries kept: a query's words parse to the same tsquery until the text search configuration changes. */
    private static final int PARSED_KEPT = 1024;

    private final SqlReads db;
    private final ClaimRows rows;
    private final ClaimTextIndex textIndex;
    private final int maxRanked;
    private final Map<String, Parsed> parsed = new LinkedHashMap<>(PARSED_KEPT * 4 / 3, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
            return size() > PARSED_KEPT;
        }
    };

    /** A request's words as PostgreSQL parses them: the tsquery matched and the one ranked by, as text. */
    private record Parsed(String match, String rank) {
    }

    /** @param textIndex the service's full-text index; null answers every query by SQL */
    public ClaimSearch(SqlReads db, ClaimRows rows, ClaimTextIndex textIndex, QueryConfig config) {
        this.db = db;
        this.rows = rows;
        this.textIndex = textIndex;
        this.maxRanked = config.fullText().maxRanked();
    }

    /** A page of GET /claims: a ranked full-text answer says how much it ranked. */
    public ClaimPageView search(ClaimFilter filter, RequestParams.Paging paging) {
        PageView<ClaimView> page = page(filter, paging);
        SearchInfo info = sql(filter).ranked() ? SearchInfo.fullText(page.total(), maxRanked) : null;
        return new ClaimPageView(page.items(), page.total(), page.page(), page.size(), info);
    }

    public PageView<ClaimView> page(ClaimFilter filter, RequestParams.Paging paging) {
        if (filter.matchesNothing()) {
            return new PageView<>(List.of(), 0, paging.page(), paging.size());
        }
        ClaimSql sql = sql(filter);
        if (sql.ranked() && textIndex != null && textIndex.answers(filter)) {
            Optional<PageView<ClaimView>> indexed = indexedPage(filter, paging);
            if (indexed.isPresent()) {
                return indexed.get();
            }
        }
        return sql.keyedByPerson()
                ? db.withGenericPlans(reads -> page(reads, sql, paging))
                : page(db, sql, paging);
    }

    private PageView<ClaimView> page(Reads reads, ClaimSql sql, RequestParams.Paging paging) {
        List<Map<String, Object>> found = rows(reads, sql, sql.selectCounting(), paging.size(), paging.offset());
        long total;
        if (!found.isEmpty()) {
            total = Rows.count(found.get(0).get("total"));
        } else if (paging.offset() == 0) {
            total = 0; // the first page is empty only when nothing matches
        } else {
            total = Rows.count(reads.rows(sql.count(), sql.parameters()).get(0).get("count"));
        }
        return new PageView<>(views(sql, found), total, paging.page(), paging.size());
    }

    /**
     * A ranked full-text page from the service's full-text index: the same candidates, ranks, order
     * and total as the ranked statement, the page's rows then read by id and highlighted here.
     * Empty when the index cannot answer the query (SQL then does).
     */
    private Optional<PageView<ClaimView>> indexedPage(ClaimFilter filter, RequestParams.Paging paging) {
        Parsed query = parse(filter.q());
        Optional<FullTextIndex.Page> page = textIndex.search(query.match(), query.rank(), filter, maxRanked,
                paging.offset(), paging.size());
        if (page.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = page.get().ids();
        List<Map<String, Object>> found = ids.isEmpty() ? List.of() : db.rows(ClaimSql.BY_ID, Map.of("ids", ids));
        Map<String, String> highlights = highlights(found, page.get().highlights(), filter.q());
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            rank.put(ids.get(i), i);
        }
        List<ClaimView> views = found.stream()
                .sorted(Comparator.comparingInt(row -> rank.getOrDefault(Rows.text(row.get("id")), Integer.MAX_VALUE)))
                .map(row -> rows.view(column -> "highlight".equals(column)
                        ? highlights.get(Rows.text(row.get("id"))) : row.get(column), true)).toList();
        return Optional.of(new PageView<>(views, page.get().total(), paging.page(), paging.size()));
    }

    /**
     * Each row's highlight by claim id: made here from the claim's text and the index's terms, or,
     * for a claim whose text the service could not line up with its terms, by ts_headline.
     */
    private Map<String, String> highlights(List<Map<String, Object>> found, FullTextIndex.Highlights made, String q) {
        Map<String, String> highlights = new HashMap<>();
        List<String> unmade = new ArrayList<>();
        for (Map<String, Object> row : found) {
            String id = Rows.text(row.get("id"));
            String highlight = made.of(id, Rows.text(row.get("text")));
            if (highlight != null) {
                highlights.put(id, highlight);
            } else {
                unmade.add(id);
            }
        }
        if (!unmade.isEmpty()) {
            db.rows(ClaimSql.HIGHLIGHTS_BY_ID, Map.of("ids", unmade, "q", q))
                    .forEach(row -> highlights.put(Rows.text(row.get("id")), Rows.text(row.get("highlight"))));
        }
        return highlights;
    }

    private Parsed parse(String q) {
        synchronized (parsed) {
            Parsed known = parsed.get(q);
            if (known != null) {
                return known;
            }
        }
        Map<String, Object> row = db.rows(ClaimSql.PARSED, Map.of("q", q)).get(0);
        Parsed fresh = new Parsed(Rows.text(row.get("query")), Rows.text(row.get("rank")));
        synchronized (parsed) {
            parsed.put(q, fresh);
        }
        return fresh;
    }

    /** How many claims match, per claim type, every type listed. */
    public Map<String, Long> countByType(ClaimFilter filter) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String type : List.of("opinion", "prediction", "recommendation", "fact")) {
            counts.put(type, 0L);
        }
        if (filter.matchesNothing()) {
            return counts;
        }
        ClaimSql sql = sql(filter);
        db.rows(sql.countByType(), sql.parameters())
                .forEach(row -> counts.put(Rows.text(row.get("type")), Rows.count(row.get("count"))));
        return counts;
    }

    /** Up to {@code limit} claims, without counting. */
    public List<ClaimView> list(ClaimFilter filter, int limit) {
        return list(db, filter, limit);
    }

    /** {@link #list(ClaimFilter, int)} through the caller's reads (its connection, its transaction). */
    public List<ClaimView> list(Reads reads, ClaimFilter filter, int limit) {
        if (filter.matchesNothing()) {
            return List.of();
        }
        ClaimSql sql = sql(filter);
        return views(sql, rows(reads, sql, sql.select(), limit, 0));
    }

    private ClaimSql sql(ClaimFilter filter) {
        return new ClaimSql(filter, maxRanked);
    }

    private static List<Map<String, Object>> rows(Reads reads, ClaimSql sql, String select, int limit, long offset) {
        Map<String, Object> parameters = new HashMap<>(sql.parameters());
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        return reads.rows(sql.page(select, limit, offset), parameters);
    }

    private List<ClaimView> views(ClaimSql sql, List<Map<String, Object>> found) {
        boolean highlighted = sql.parameters().containsKey("q");
        return found.stream().map(row -> rows.view(row::get, highlighted)).toList();
    }
}
