package io.claimstream.query.semantic;

import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.search.ClaimSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The nearest claims by the database's own HNSW index (pgvector). Alone in a transaction of its own,
 * because its search width is a setting local to one: the other semantic paths read without one.
 */
@ApplicationScoped
public class PgvectorNearest {

    private final EntityManager em;
    private final QueryConfig.Semantic config;

    public PgvectorNearest(EntityManager em, QueryConfig config) {
        this.em = em;
        this.config = config.semantic();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<TopMatches.Match> nearest(float[] q, ClaimSql sql) {
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
}
