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
import io.claimstream.query.search.SqlReads;
import io.claimstream.query.view.ClaimPageView;
import io.claimstream.query.view.ClaimView;
import io.claimstream.query.view.SearchInfo;
import jakarta.enterprise.context.ApplicationScoped;

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

    private final SqlReads db;
    private final PgvectorNearest pgvectorNearest;
    private final SentenceEmbedder embedder;
    private final QueryVectors queryVectors;
    private final VectorColumns vectors;
    private final ClaimVectorIndex index;
    private final ClaimRows rows;
    private final QueryConfig.Semantic config;

    public SemanticSearch(SqlReads db, PgvectorNearest pgvectorNearest, SentenceEmbedder embedder,
                          QueryVectors queryVectors, VectorColumns vectors, ClaimVectorIndex index, ClaimRows rows,
                          QueryConfig config) {
        this.db = db;
        this.pgvectorNearest = pgvectorNearest;
        this.embedder = embedder;
        this.queryVectors = queryVectors;
        this.vectors = vectors;
        this.index = index;
        this.rows = rows;
        this.config = config.semantic();
    }

    /**
     * @param filter the filters, without {@code q}: the text is {@code query}. Without a transaction:
     *               each read is one statement (plain JDBC, autocommit), and a transaction's begin and
     *               commit would cost more than the service's own ranking of the index's answer
     */
    public ClaimPageView page(String query, ClaimFilter filter, RequestParams.Paging paging) {
        float[] q = queryVectors.embed(query);
        boolean pgvector = vectors.pgvector();
        SearchInfo info;
        List<TopMatches.Match> ranked;
        if (filter.matchesNothing()) {
            ranked = List.of();
            info = info(pgvector ? "pgvector" : "exact", 0, true);
        } else if (pgvector) {
            ranked = pgvectorNearest.nearest(q, ClaimSql.overClaims(filter));
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

    private Exact exact(float[] q, ClaimSql sql) {
        Map<String, Object> parameters = new HashMap<>(sql.parameters());
        parameters.put("model", embedder.modelId());
        parameters.put("candidates", config.maxCandidates());
        List<Map<String, Object>> candidates = db.rows("SELECT c.id, c.embedding" + ClaimSql.FILTERED + sql.where()
                + " AND c.embedding IS NOT NULL AND c.embedding_model = :model"
                // the list order backwards, so that the newest candidates are an index walk, not a sort
                + " ORDER BY c.published DESC, c.document_id DESC, c.span_start DESC, c.id DESC LIMIT :candidates",
                parameters);
        TopMatches top = new TopMatches(config.maxResults(), config.minScore());
        for (Map<String, Object> row : candidates) {
            top.offer((String) row.get("id"), Vectors.dot(q, HalfFloats.decode((byte[]) row.get("embedding"))));
        }
        return new Exact(top.best(), candidates.size());
    }

    private List<ClaimView> views(List<TopMatches.Match> page, ClaimSql sql) {
        if (page.isEmpty()) {
            return List.of();
        }
        // the filter again: an index entry can be older than the row (a claim's speaker merged into another person)
        Map<String, Object> parameters = new HashMap<>(sql.parameters());
        parameters.put("ids", page.stream().map(TopMatches.Match::id).toList());
        List<Map<String, Object>> found = db.rows(ClaimSql.COLUMNS + ClaimSql.FROM + sql.where() + " AND c.id IN (:ids)",
                parameters);
        Map<String, ClaimView> byId = new HashMap<>();
        found.forEach(row -> byId.put(Rows.text(row.get("id")), rows.view(row::get, false)));
        return page.stream().filter(m -> byId.containsKey(m.id()))
                .map(m -> byId.get(m.id()).withScore(Math.round(m.score() * 10000) / 10000.0)).toList();
    }
}
