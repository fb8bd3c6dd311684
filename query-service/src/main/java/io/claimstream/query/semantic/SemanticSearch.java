package io.claimstream.query.semantic;

import io.claimstream.contracts.HalfFloats;
import io.claimstream.embeddings.SentenceEmbedder;
import io.claimstream.embeddings.Vectors;
import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.search.ClaimFilter;
import io.claimstream.query.search.ClaimRows;
import io.claimstream.query.search.ClaimSql;
import io.claimstream.query.search.RequestParams;
import io.claimstream.query.search.Rows;
import io.claimstream.query.view.ClaimPageView;
import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.SearchInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claims that say roughly what the query says: the query is embedded with the model that
 * embedded the claims, and claims are ranked by cosine similarity, best first, after the same
 * filters as every claim list.
 *
 * <p>With pgvector the database orders by its HNSW index (approximate: a match the graph search
 * misses is not returned). Without it the service's own HNSW index ({@link ClaimVectorIndex},
 * Lucene, approximate in the same way) answers once it is built. Until then, or for a filter the
 * index does not carry, the service reads the filtered claims' vectors, newest first, up to
 * {@code max-candidates}, and ranks them exactly: complete and correct up to that bound, linear in
 * the number of candidates beyond what a filter narrows.
 */
@ApplicationScoped
public class SemanticSearch {

    private final EntityManager em;
    private final SentenceEmbedder embedder;
    private final QueryVectors queryVectors;
    private final VectorColumns vectors;
    private final ClaimVectorIndex index;
    private final ClaimRows rows;
    private final QueryConfig.Semantic config;

    public SemanticSearch(EntityManager em, SentenceEmbedder embedder, QueryVectors queryVectors, VectorColumns vectors,
                          ClaimVectorIndex index, ClaimRows rows, QueryConfig config) {
        this.em = em;
        this.embedder = embedder;
        this.queryVectors = queryVectors;
        this.vectors = vectors;
        this.index = index;
        this.rows = rows;
        this.config = config.semantic();
    }

    /** @param filter the filters, without {@code q}: the text is {@code query} */
    @Transactional
    public ClaimPageView page(String query, ClaimFilter filter, RequestParams.Paging paging) {
        float[] q = queryVectors.embed(query);
        boolean pgvector = vectors.pgvector();
        SearchInfo info;
        List<TopMatches.Match> ranked;
        if (filter.matchesNothing()) {
            ranked = List.of();
            info = info(pgvector ? "pgvector" : "exact", 0, true);
        } else if (pgvector) {
            ranked = nearest(q, ClaimSql.overClaims(filter));
            info = info("pgvector", config.maxResults(), true);
        } else {
            // the first pages come from the index's usual candidate list; a later page asks for more
            int k = (int) Math.min(config.maxResults(), Math.max(config.index().candidates(), paging.offset() + paging.size()));
            Optional<List<TopMatches.Match>> approximate = index.search(q, filter, k, config.minScore());
            if (approximate.isPresent()) {
                ranked = approximate.get();
                // k matches all above min-score: more may follow on later pages (total is a lower bound)
                info = info("hnsw", k, ranked.size() < k || k == config.maxResults());
            } else {
                Exact exact = exact(q, ClaimSql.overClaims(filter));
                ranked = exact.matches();
                info = info("exact", exact.considered(), exact.considered() < config.maxCandidates());
            }
        }
        int from = (int) Math.min(ranked.size(), paging.offset());
        int to = Math.min(ranked.size(), from + paging.size());
        return new ClaimPageView(views(ranked.subList(from, to), ClaimSql.overClaims(filter)), ranked.size(),
                paging.page(), paging.size(), info);
    }

    private SearchInfo info(String method, long considered, boolean complete) {
        return new SearchInfo("semantic", method, embedder.modelId(), config.minScore(), considered, complete);
    }

    private record Exact(List<TopMatches.Match> matches, long considered) {
    }

    @SuppressWarnings("unchecked")
    private Exact exact(float[] q, ClaimSql sql) {
        Query query = em.createNativeQuery("SELECT c.id, c.embedding" + ClaimSql.FILTERED + sql.where()
                + " AND c.embedding IS NOT NULL AND c.embedding_model = :model"
                // the list order backwards, so that the newest candidates are an index walk, not a sort
                + " ORDER BY c.published DESC, c.document_id DESC, c.span_start DESC, c.id DESC LIMIT :candidates");
        sql.parameters().forEach(query::setParameter);
        List<Object[]> candidates = query.setParameter("model", embedder.modelId())
                .setParameter("candidates", config.maxCandidates()).getResultList();
        TopMatches top = new TopMatches(config.maxResults(), config.minScore());
        for (Object[] row : candidates) {
            top.offer((String) row[0], Vectors.dot(q, HalfFloats.decode((byte[]) row[1])));
        }
        return new Exact(top.best(), candidates.size());
    }

    @SuppressWarnings("unchecked")
    private List<TopMatches.Match> nearest(float[] q, ClaimSql sql) {
        em.createNativeQuery("SELECT set_config('hnsw.ef_search', :ef, true)")
                .setParameter("ef", Integer.toString(Math.max(config.efSearch(), 40))).getSingleResult();
        Query query = em.createNativeQuery("SELECT c.id, 1 - (c.embedding_vector <=> CAST(:qv AS vector)) AS score"
                + ClaimSql.FILTERED + sql.where() + " AND c.embedding_vector IS NOT NULL"
                + " ORDER BY c.embedding_vector <=> CAST(:qv AS vector) LIMIT :limit");
        sql.parameters().forEach(query::setParameter);
        List<Object[]> found = query.setParameter("qv", VectorColumns.literal(q))
                .setParameter("limit", config.maxResults()).getResultList();
        TopMatches top = new TopMatches(config.maxResults(), config.minScore());
        found.forEach(row -> top.offer((String) row[0], ((Number) row[1]).doubleValue()));
        return top.best();
    }

    @SuppressWarnings("unchecked")
    private List<ClaimView> views(List<TopMatches.Match> page, ClaimSql sql) {
        if (page.isEmpty()) {
            return List.of();
        }
        // the filter again: an index entry can be older than the row (a claim's speaker merged into another person)
        Query query = em.createNativeQuery(ClaimSql.COLUMNS + ClaimSql.FROM + sql.where() + " AND c.id IN (:ids)",
                Tuple.class);
        sql.parameters().forEach(query::setParameter);
        List<Tuple> found = query.setParameter("ids", page.stream().map(TopMatches.Match::id).toList()).getResultList();
        Map<String, ClaimView> byId = new HashMap<>();
        found.forEach(row -> byId.put(Rows.text(row.get("id")), rows.view(row::get, false)));
        return page.stream().filter(m -> byId.containsKey(m.id()))
                .map(m -> byId.get(m.id()).withScore(Math.round(m.score() * 10000) / 10000.0)).toList();
    }
}
