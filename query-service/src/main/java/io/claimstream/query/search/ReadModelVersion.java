package io.claimstream.query.search;

import io.claimstream.query.cache.ReadGeneration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * A token that changes whenever stored data may have changed: answers computed from the whole read
 * model can be kept until it changes. While every replica's change notices are heard it is the
 * {@link ReadGeneration} (no query, and it also moves on for refreshed profiles and clusters and
 * for added vectors); otherwise it falls back to what the database tells: the documents' and
 * resolutions' counts and newest times, which change when a document is stored or replaced or a
 * prediction is resolved.
 */
@ApplicationScoped
public class ReadModelVersion {

    private final EntityManager em;
    private final ReadGeneration generation;

    public ReadModelVersion(EntityManager em, ReadGeneration generation) {
        this.em = em;
        this.generation = generation;
    }

    public String current() {
        if (generation.followed()) {
            long now = generation.current();
            // checked after reading: listening may have stopped meanwhile (notices lost)
            if (generation.followed()) {
                return "generation " + now;
            }
        }
        return String.valueOf(em.createNativeQuery("""
                        SELECT concat((SELECT count(*) FROM document), '/', (SELECT max(stored_at) FROM document), '/',
                                      (SELECT count(*) FROM prediction_resolution), '/',
                                      (SELECT max(resolved_at) FROM prediction_resolution))""")
                .getSingleResult());
    }
}
