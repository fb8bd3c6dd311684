package io.claimstream.query.search;

import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.view.ClaimPageView;
import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.SearchInfo;
import io.claimstream.query.view.PageView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.util.List;
import java.util.Map;

/** Runs claim queries: one page of claims and the total that match. */
@ApplicationScoped
public class ClaimSearch {

    private final EntityManager em;
    private final ClaimRows rows;
    private final int maxRanked;

    public ClaimSearch(EntityManager em, ClaimRows rows, QueryConfig config) {
        this.em = em;
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
        List<Tuple> found = rows(sql, sql.selectCounting(), paging.size(), paging.offset());
        long total;
        if (!found.isEmpty()) {
            total = Rows.count(found.get(0).get("total"));
        } else if (paging.offset() == 0) {
            total = 0; // the first page is empty only when nothing matches
        } else {
            total = Rows.count(bind(em.createNativeQuery(sql.count()), sql.parameters()).getSingleResult());
        }
        return new PageView<>(views(sql, found), total, paging.page(), paging.size());
    }

    /** How many claims match, per claim type, every type listed. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> countByType(ClaimFilter filter) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String type : List.of("opinion", "prediction", "recommendation", "fact")) {
            counts.put(type, 0L);
        }
        if (filter.matchesNothing()) {
            return counts;
        }
        ClaimSql sql = sql(filter);
        List<Object[]> rows = bind(em.createNativeQuery(sql.countByType()), sql.parameters()).getResultList();
        rows.forEach(row -> counts.put(Rows.text(row[0]), Rows.count(row[1])));
        return counts;
    }

    /** Up to {@code limit} claims, without counting. */
    public List<ClaimView> list(ClaimFilter filter, int limit) {
        return filter.matchesNothing() ? List.of() : list(sql(filter), limit, 0);
    }

    private ClaimSql sql(ClaimFilter filter) {
        return new ClaimSql(filter, maxRanked);
    }

    private List<ClaimView> list(ClaimSql sql, int limit, long offset) {
        return views(sql, rows(sql, sql.select(), limit, offset));
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> rows(ClaimSql sql, String select, int limit, long offset) {
        return bind(em.createNativeQuery(select, Tuple.class), sql.parameters())
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
    }

    private List<ClaimView> views(ClaimSql sql, List<Tuple> found) {
        boolean highlighted = sql.parameters().containsKey("q");
        return found.stream().map(row -> rows.view(row, highlighted)).toList();
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
