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

    /**
     * The person with the value for id, before anything else; the names' branch runs only when no
     * person has that id (its condition is a one-time check). One statement, where an existence
     * check and then the names' query made two round trips for every GET /claims?speaker=. People
     * sharing a name are ordered by the claims the write path counts for them (V8__person_claim_count.sql).
     */
    private static final String BY_ID = "SELECT p.id, 0 AS by_name, 0 AS claims FROM person p WHERE p.id = :id";
    private static final String BY_ID_OR_NAME = "SELECT id FROM (" + BY_ID + "\n" + """
            UNION ALL
            SELECT p.id, 1, (SELECT coalesce(sum(k.claims), 0)::bigint FROM person_claim_count k WHERE k.person_id = p.id)
            FROM person p
            WHERE NOT EXISTS (SELECT 1 FROM person x WHERE x.id = :id)
              AND p.id IN (SELECT ds.person_id FROM document_speaker ds
                           WHERE ds.name_key = :key
                              OR (:distinctive AND ds.alias_keys @> CAST(ARRAY[:key] AS text[])))
            ) found ORDER BY by_name, claims DESC, id""";

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
        String key = NameKey.of(v);
        // on sessions that keep generic plans: PostgreSQL found BY_ID_OR_NAME's generic plan (its
        // names' branch costed in full, though a one-time filter skips it for an id) dearer than a
        // custom one and planned it again for every request, ~0.5 ms of planning for 0.04 ms of
        // execution (pg_stat_statements, read-benchmark-1m-speaker35.txt); the generic plan runs the same
        List<Map<String, Object>> found = db.withGenericPlans(reads -> key.isEmpty() ? reads.rows(BY_ID, Map.of("id", v))
                : reads.rows(BY_ID_OR_NAME, Map.of("id", v, "key", key, "distinctive", NameKey.isDistinctive(v))));
        return found.stream().map(row -> Rows.text(row.get("id"))).toList();
    }

    /** The canonical name of a person id (which must exist). */
    public String name(String personId) {
        Person person = Person.findById(personId);
        return person == null ? personId : person.name;
    }
}
