package io.claimstream.query.store;

import io.claimstream.contracts.Speaker;
import io.claimstream.query.entity.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/**
 * Finds the person a document's speaker is, across every stored document, or creates one.
 *
 * <p>A speaker matches a person by the name key of its canonical name, then by the names and
 * multi-word aliases other documents gave that person. A one-word name ({@code Luo}) is matched
 * through the speaker's multi-word aliases first, because a bare surname is shared by many people;
 * only with no distinctive alias does it fall back to the bare key. People and organisations never
 * merge with each other, and a transcript's seat label ("Moderator", "Speaker 2") is a person of its
 * document only.
 */
@ApplicationScoped
public class PersonResolver {

    private static final int MAX_ID_ATTEMPTS = 100;

    private final EntityManager em;

    public PersonResolver(EntityManager em) {
        this.em = em;
    }

    /** Returns the id of the person {@code speaker} of document {@code documentId} is; may insert a person row. */
    public String resolve(Speaker speaker, String documentId) {
        String kind = EntityMapping.kind(speaker);
        String key = NameKey.of(speaker.name());
        if (NameKey.isGenericLabel(speaker.name())) {
            // "Moderator" or "Speaker 2" is a seat in this document: its own person, found again when the
            // document is stored again, and never the seat of the same name in another document
            return byKey(key + " @" + documentId, kind)
                    .orElseGet(() -> create(speaker, key + " @" + documentId, kind, Slugs.of(speaker.name() + " " + documentId)));
        }
        List<String> aliasKeys = speaker.aliases().stream().filter(NameKey::isDistinctive).map(NameKey::of)
                .filter(k -> !k.equals(key)).distinct().toList();
        Optional<String> found = NameKey.isDistinctive(speaker.name())
                ? byKey(key, kind).or(() -> mostLinked(List.of(key), kind)).or(() -> onlyOne(aliasKeys, kind))
                : onlyOne(aliasKeys, kind).or(() -> byKey(key, kind));
        return found.orElseGet(() -> create(speaker, key, kind, Slugs.of(speaker.name())));
    }

    static String personKey(String kind, String nameKey) {
        return kind + ":" + nameKey;
    }

    private Optional<String> byKey(String key, String kind) {
        List<?> ids = em.createNativeQuery("SELECT id FROM person WHERE key = :key")
                .setParameter("key", personKey(kind, key)).getResultList();
        return ids.stream().map(Object::toString).findFirst();
    }

    /** The person most documents link under one of these keys. */
    private Optional<String> mostLinked(List<String> keys, String kind) {
        List<String> ids = linked(keys, kind);
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    /** The person these keys point to, unless they point to several (then it is not safe to merge). */
    private Optional<String> onlyOne(List<String> keys, String kind) {
        List<String> ids = linked(keys, kind);
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private List<String> linked(List<String> keys, String kind) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> personKeys = keys.stream().map(k -> personKey(kind, k)).toList();
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT p.id, count(ds.person_id) AS links
                        FROM person p
                        LEFT JOIN document_speaker ds ON ds.person_id = p.id
                        WHERE p.kind = :kind
                          AND (p.key IN (:personKeys)
                               OR p.id IN (SELECT s.person_id FROM document_speaker s
                                           WHERE s.name_key IN (:keys) OR s.alias_keys && CAST(ARRAY[:keys] AS text[])))
                        GROUP BY p.id
                        ORDER BY links DESC, p.id
                        LIMIT 2""")
                .setParameter("kind", kind)
                .setParameter("personKeys", personKeys)
                .setParameter("keys", keys)
                .getResultList();
        return rows.stream().map(row -> row[0].toString()).toList();
    }

    /**
     * Inserts a person under the speaker's name key. A concurrent writer creating the same person
     * makes the insert a no-op and both read the same row; a taken readable id gets a suffix.
     */
    private String create(Speaker speaker, String key, String kind, String slug) {
        String personKey = personKey(kind, key);
        for (int attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
            int inserted = em.createNativeQuery("""
                            INSERT INTO person (id, key, name, kind, role, aliases, affiliations)
                            VALUES (:id, :key, :name, :kind, :role, '{}', '{}')
                            ON CONFLICT DO NOTHING""")
                    .setParameter("id", Slugs.candidate(slug, attempt))
                    .setParameter("key", personKey)
                    .setParameter("name", StoredText.of(speaker.name().strip()))
                    .setParameter("kind", kind)
                    .setParameter("role", StoredText.of(speaker.role()))
                    .executeUpdate();
            Optional<String> id = byKey(key, kind);
            if (id.isPresent()) {
                if (inserted == 1) {
                    describeNewPerson(id.get(), speaker);
                }
                return id.get();
            }
        }
        throw new IllegalStateException("no free person id for " + speaker.name());
    }

    /**
     * A new person is described by the document that introduced them at once, so a reader never
     * sees a person without the aliases and affiliations that document gave; the background
     * profile refresh later merges what every document says.
     */
    private void describeNewPerson(String personId, Speaker speaker) {
        Person person = em.find(Person.class, personId);
        PersonProfile profile = PersonProfile.of(List.of(new PersonProfile.Appearance(speaker.name(), speaker.aliases(),
                speaker.role(), speaker.affiliations(), null, null)));
        person.aliases = StoredText.array(profile.aliases());
        person.affiliations = StoredText.array(profile.affiliations());
    }
}
