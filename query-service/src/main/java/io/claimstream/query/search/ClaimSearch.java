package io.claimstream.query.search;

import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.view.ClaimPageView;
import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.SearchInfo;
import io.claimstream.query.view.PageView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs claim queries: one page of claims and the total that match. */
@ApplicationScoped
public class ClaimSearch {

    private final SqlReads db;
    private final ClaimRows rows;
    private final int maxRanked;

    public ClaimSearch(SqlReads db, ClaimRows rows, QueryConfig config) {
        this.db = db;
        this.rows = rows;
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
        List<Map<String, Object>> found = rows(db, sql, sql.selectCounting(), paging.size(), paging.offset());
        long total;
        if (!found.isEmpty()) {
            total = Rows.count(found.get(0).get("total"));
        } else if (paging.offset() == 0) {
            total = 0; // the first page is empty only when nothing matches
        } else {
            total = Rows.count(db.rows(sql.count(), sql.parameters()).get(0).get("count"));
        }
        return new PageView<>(views(sql, found), total, paging.page(), paging.size());
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
