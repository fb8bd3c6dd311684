package io.claimstream.query.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * A token that changes whenever a document is stored or replaced (the document count and the
 * newest storing time): answers computed from the whole read model can be kept until it changes.
 */
@ApplicationScoped
public class ReadModelVersion {

    private final EntityManager em;

    public ReadModelVersion(EntityManager em) {
        this.em = em;
    }

    public String current() {
        return String.valueOf(em.createNativeQuery("SELECT concat(count(*), '/', max(stored_at)) FROM document")
                .getSingleResult());
    }
}
