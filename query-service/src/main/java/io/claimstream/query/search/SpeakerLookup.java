package io.claimstream.query.search;

import io.claimstream.query.entity.Person;
import io.claimstream.query.store.NameKey;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/**
 * Turns a {@code speaker} parameter into person ids: a person id matches exactly; otherwise it is
 * a name, matched by name key against every name and multi-word alias documents used.
 */
@ApplicationScoped
public class SpeakerLookup {

    private final SqlReads db;

    public SpeakerLookup(SqlReads db) {
        this.db = db;
    }

    /** Matching person ids, the most quoted first; empty when nobody matches. */
    public List<String> personIds(String value) {
        String v = RequestParams.blankToNull(value);
        if (v == null) {
            return List.of();
        }
        // an existence check, not an entity load: every GET /claims?speaker= makes it
        if (!db.rows("SELECT 1 FROM person WHERE id = :id", Map.of("id", v)).isEmpty()) {
            return List.of(v);
        }
        String key = NameKey.of(v);
        if (key.isEmpty()) {
            return List.of();
        }
        return db.rows("""
                        SELECT p.id FROM person p
                        WHERE p.id IN (SELECT ds.person_id FROM document_speaker ds
                                       WHERE ds.name_key = :key
                                          OR (:distinctive AND ds.alias_keys @> CAST(ARRAY[:key] AS text[])))
                        ORDER BY (SELECT count(*) FROM claim c WHERE c.person_id = p.id) DESC, p.id""",
                        Map.of("key", key, "distinctive", NameKey.isDistinctive(v)))
                .stream().map(row -> Rows.text(row.get("id"))).toList();
    }

    /** The canonical name of a person id (which must exist). */
    public String name(String personId) {
        Person person = Person.findById(personId);
        return person == null ? personId : person.name;
    }
}
