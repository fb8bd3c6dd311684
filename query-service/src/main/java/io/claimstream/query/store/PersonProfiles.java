package io.claimstream.query.store;

import io.claimstream.query.entity.DocumentSpeaker;
import io.claimstream.query.entity.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps each person's name, aliases, role and affiliations equal to what its linked document
 * speakers say, so that replacing a document never leaves stale aliases behind; a person no
 * document mentions any more is removed.
 */
@ApplicationScoped
public class PersonProfiles {

    private final EntityManager em;

    public PersonProfiles(EntityManager em) {
        this.em = em;
    }

    public void refresh(Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        Map<String, List<PersonProfile.Appearance>> byPerson = new HashMap<>();
        List<Object[]> rows = em.createQuery("""
                        SELECT ds, d.published, d.storedAt FROM DocumentSpeaker ds, Document d
                        WHERE d.id = ds.id.documentId AND ds.personId IN :ids""", Object[].class)
                .setParameter("ids", personIds)
                .getResultList();
        for (Object[] row : rows) {
            DocumentSpeaker speaker = (DocumentSpeaker) row[0];
            byPerson.computeIfAbsent(speaker.personId, id -> new java.util.ArrayList<>())
                    .add(new PersonProfile.Appearance(speaker.name, Arrays.asList(speaker.aliases), speaker.role,
                            Arrays.asList(speaker.affiliations), (LocalDate) row[1], (Instant) row[2]));
        }
        Instant now = Instant.now();
        for (String personId : personIds) {
            Person person = Person.findById(personId);
            if (person == null) {
                continue;
            }
            List<PersonProfile.Appearance> appearances = byPerson.get(personId);
            if (appearances == null) {
                person.delete();
                continue;
            }
            PersonProfile profile = PersonProfile.of(appearances);
            person.name = profile.name();
            person.aliases = profile.aliases().toArray(String[]::new);
            person.role = profile.role();
            person.affiliations = profile.affiliations().toArray(String[]::new);
            person.updatedAt = now;
        }
    }
}
