package io.claimstream.query.search;

import io.claimstream.query.entity.Person;
import io.claimstream.query.store.NameKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * Turns a {@code speaker} parameter into person ids: a person id matches exactly; otherwise it is
 * a name, matched by name key against every name and multi-word alias documents used.
 */
@ApplicationScoped
public class SpeakerLookup {

    private final EntityManager em;

    public SpeakerLookup(EntityManager em) {
        this.em = em;
    }

    /** Matching person ids, the most quoted first; empty when nobody matches. */
    @SuppressWarnings("unchecked")
    public List<String> personIds(String value) {
        String v = RequestParams.blankToNull(value);
        if (v == null) {
            return List.of();
        }
        if (Person.findById(v) != null) {
            return List.of(v);
        }
        String key = NameKey.of(v);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Object> ids = em.createNativeQuery("""
                        SELECT p.id FROM person p
                        WHERE p.id IN (SELECT ds.person_id FROM document_speaker ds
                                       WHERE ds.name_key = :key
                                          OR (:distinctive AND ds.alias_keys @> CAST(ARRAY[:key] AS text[])))
                        ORDER BY (SELECT count(*) FROM claim c WHERE c.person_id = p.id) DESC, p.id""")
                .setParameter("key", key)
                .setParameter("distinctive", NameKey.isDistinctive(v))
                .getResultList();
        return ids.stream().map(Object::toString).toList();
    }

    /** The canonical name of a person id (which must exist). */
    public String name(String personId) {
        Person person = Person.findById(personId);
        return person == null ? personId : person.name;
    }
}
