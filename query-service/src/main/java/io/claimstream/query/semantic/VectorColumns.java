package io.claimstream.query.semantic;

import io.claimstream.contracts.HalfFloats;
import io.claimstream.embeddings.SentenceEmbedder;
import io.claimstream.query.entity.Claim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Where claim vectors live: always as half floats in {@code claim.embedding}, and, on a server
 * where the migration could create pgvector's {@code embedding_vector} column, there as well, for
 * the database to search with its HNSW index.
 */
@ApplicationScoped
public class VectorColumns {

    private final EntityManager em;
    private final SentenceEmbedder embedder;
    private volatile Boolean pgvector;

    public VectorColumns(EntityManager em, SentenceEmbedder embedder) {
        this.em = em;
        this.embedder = embedder;
    }

    /** Whether this database has the pgvector column (decided by the migration, read once). */
    public boolean pgvector() {
        Boolean known = pgvector;
        if (known == null) {
            known = ((Number) em.createNativeQuery("""
                            SELECT count(*) FROM information_schema.columns
                            WHERE table_schema = current_schema() AND table_name = 'claim'
                              AND column_name = 'embedding_vector'""").getSingleResult()).longValue() > 0;
            pgvector = known;
        }
        return known;
    }

    /** Embeds the claims' texts onto the rows, before they are persisted. */
    public void embed(List<Claim> rows) {
        List<float[]> vectors = embedder.embedAll(rows.stream().map(row -> row.text).toList());
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).embedding = HalfFloats.encode(vectors.get(i));
            rows.get(i).embeddingModel = embedder.modelId();
        }
    }

    /** Copies the persisted (and flushed) rows' vectors into the pgvector column, where there is one. */
    public void mirror(List<Claim> rows) {
        if (!pgvector()) {
            return;
        }
        for (Claim row : rows) {
            if (row.embedding != null) {
                em.createNativeQuery("UPDATE claim SET embedding_vector = CAST(:v AS vector) WHERE id = :id")
                        .setParameter("v", literal(HalfFloats.decode(row.embedding)))
                        .setParameter("id", row.id)
                        .executeUpdate();
            }
        }
    }

    /** pgvector's text form of a vector: {@code [0.1,-0.2,1.0E-5,...]} (it reads exponents). */
    public static String literal(float[] vector) {
        StringBuilder text = new StringBuilder(vector.length * 10).append('[');
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(vector[i]);
        }
        return text.append(']').toString();
    }
}
