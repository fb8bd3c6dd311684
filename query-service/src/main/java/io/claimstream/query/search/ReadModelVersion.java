package io.claimstream.query.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * A token that changes whenever a document is stored or replaced, or a prediction is resolved
 * (their counts and newest times): answers computed from the whole read model, claims with their
 * resolutions included, can be kept until it changes.
 */
@ApplicationScoped
public class ReadModelVersion {

    private final EntityManager em;

    public ReadModelVersion(EntityManager em) {
        this.em = em;
    }

    public String current() {
        return String.valueOf(em.createNativeQuery("""
                        SELECT concat((SELECT count(*) FROM document), '/', (SELECT max(stored_at) FROM document), '/',
                                      (SELECT count(*) FROM prediction_resolution), '/',
                                      (SELECT max(resolved_at) FROM prediction_resolution))""")
                .getSingleResult());
    }
}
