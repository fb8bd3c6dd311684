package io.claimstream.query.store;

import io.claimstream.query.cache.ReadModelChanges;
import io.claimstream.query.corroboration.CorroborationLinker;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What is derived from many documents at once, kept apart from each document's own transaction:
 * a person's profile (name, aliases, role, affiliations from every document that names them) and
 * corroboration clusters (the same statement in several documents). Both cost time that grows
 * with a person's history, so a document's transaction only appends the work to a queue
 * ({@link #queue}, never waiting on anyone); {@link #refresh} does it later for many documents at
 * once, refreshing each person and loading each person's history once however many of their
 * documents arrived.
 * Readers see a new document's claims at once and its corroboration a moment later.
 */
@ApplicationScoped
public class DerivedData {

    static final String PERSON = "person";
    static final String DOCUMENT = "document";

    private final EntityManager em;
    private final PersonProfiles profiles;
    private final CorroborationLinker corroboration;
    private final ReadModelChanges changes;

    public DerivedData(EntityManager em, PersonProfiles profiles, CorroborationLinker corroboration,
                       ReadModelChanges changes) {
        this.changes = changes;
        this.em = em;
        this.profiles = profiles;
        this.corroboration = corroboration;
    }

    /** Queues the document's corroboration and its people's profiles; joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String documentId, Collection<String> personIds) {
        insert(DOCUMENT, documentId);
        personIds.forEach(personId -> insert(PERSON, personId));
    }

    private void insert(String kind, String key) {
        em.createNativeQuery("INSERT INTO derived_refresh (kind, key) VALUES (:kind, :key)")
                .setParameter("kind", kind)
                .setParameter("key", key)
                .executeUpdate();
    }

    /**
     * Takes up to {@code limit} queued items (oldest first, skipping those another replica holds)
     * and does them in one transaction; the items leave the queue only if it commits.
     *
     * @return what was done; empty when the queue was empty
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    // a pass over people with long histories can outlast the default minute; the refresher also shrinks its passes
    @TransactionConfiguration(timeout = 600)
    @SuppressWarnings("unchecked")
    public Refreshed refresh(int limit) {
        List<Object[]> taken = em.createNativeQuery("""
                        DELETE FROM derived_refresh WHERE id IN (
                            SELECT id FROM derived_refresh ORDER BY id
                            LIMIT :limit FOR UPDATE SKIP LOCKED)
                        RETURNING kind, key""")
                .setParameter("limit", limit)
                .getResultList();
        // a busy person is queued by each of their documents: once per pass is enough
        Set<String> people = new LinkedHashSet<>();
        Set<String> documents = new LinkedHashSet<>();
        for (Object[] row : taken) {
            (PERSON.equals(row[0]) ? people : documents).add((String) row[1]);
        }
        // profiles first: corroboration leaves a person's own names and affiliations out of the comparison
        profiles.refresh(people);
        int linked = corroboration.linkDocuments(documents);
        if (!taken.isEmpty()) {
            // profiles (names, aliases, affiliations, merged people) and clusters are what reads show
            changes.announce("derived " + people.size() + " people, " + documents.size() + " documents");
        }
        return new Refreshed(taken.size(), people.size(), documents.size(), linked);
    }

    /** Queued items not done yet (by any replica): zero once every stored document's derived data is current. */
    @Transactional
    public long pending() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM derived_refresh").getSingleResult()).longValue();
    }

    /** One {@link #refresh} pass: queue rows taken, people refreshed, documents linked, claims that joined a cluster. */
    public record Refreshed(int taken, int people, int documents, int linkedClaims) {
        public boolean isEmpty() {
            return taken == 0;
        }
    }
}
