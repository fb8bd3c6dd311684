package io.claimstream.query.store;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Speaker;
import io.claimstream.query.corroboration.CorroborationLinker;
import io.claimstream.query.entity.Claim;
import io.claimstream.query.entity.Document;
import io.claimstream.query.entity.DocumentSpeaker;
import io.claimstream.query.semantic.VectorColumns;
import io.claimstream.query.stream.StoredDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one analysed document (document, speakers, people, claims, corroboration links) in one
 * transaction. Idempotent by document id and analyzer version: the same version again writes
 * nothing, a different version replaces the document's speakers and claims.
 */
@ApplicationScoped
public class DocumentWriter {

    private final EntityManager em;
    private final PersonResolver people;
    private final PersonProfiles profiles;
    private final CorroborationLinker corroboration;
    private final VectorColumns vectors;
    private final StoredDocuments stream;

    public DocumentWriter(EntityManager em, PersonResolver people, PersonProfiles profiles,
                          CorroborationLinker corroboration, VectorColumns vectors, StoredDocuments stream) {
        this.stream = stream;
        this.em = em;
        this.people = people;
        this.profiles = profiles;
        this.corroboration = corroboration;
        this.vectors = vectors;
    }

    @Transactional
    public StoreOutcome store(AnalyzedDocument event) {
        DocumentValidator.validate(event);
        // the row lock serialises two consumers that receive the same document at once
        Document existing = em.find(Document.class, event.id(), LockModeType.PESSIMISTIC_WRITE);
        if (existing != null && existing.analyzerVersion.equals(event.analyzerVersion())) {
            return new StoreOutcome(event.id(), event.analyzerVersion(), StoreOutcome.Action.SKIPPED,
                    existing.analyzerVersion, existing.speakerCount, existing.claimCount, 0);
        }
        Set<String> touchedPeople = new LinkedHashSet<>();
        Document document;
        String previousVersion = null;
        if (existing != null) {
            previousVersion = existing.analyzerVersion;
            touchedPeople.addAll(em.createQuery(
                            "SELECT DISTINCT ds.personId FROM DocumentSpeaker ds WHERE ds.id.documentId = :id", String.class)
                    .setParameter("id", event.id()).getResultList());
            Claim.delete("documentId", event.id());
            DocumentSpeaker.delete("id.documentId", event.id());
            document = EntityMapping.document(event, existing, Instant.now());
        } else {
            document = EntityMapping.document(event, new Document(), Instant.now());
            document.persist();
        }
        Map<String, String> personBySpeaker = new HashMap<>();
        for (Speaker speaker : event.speakers()) {
            String personId = people.resolve(speaker);
            personBySpeaker.put(speaker.id(), personId);
            touchedPeople.add(personId);
            EntityMapping.speaker(document.id, speaker, personId).persist();
        }
        List<Claim> claims = new ArrayList<>(event.claims().size());
        int ordinal = 0;
        for (io.claimstream.contracts.Claim claim : event.claims()) {
            String personId = claim.speakerId() == null ? null : personBySpeaker.get(claim.speakerId());
            claims.add(EntityMapping.claim(document, ordinal++, claim, personId));
        }
        // the vectors are computed here, where they are stored, so the event never carries them
        vectors.embed(claims);
        claims.forEach(row -> row.persist());
        em.flush();
        vectors.mirror(claims);
        profiles.refresh(touchedPeople);
        int corroborated = corroboration.link(document.id, claims);
        // delivered to every replica's live stream when, and only if, this transaction commits
        stream.announce(document.id);
        return new StoreOutcome(event.id(), event.analyzerVersion(),
                existing == null ? StoreOutcome.Action.STORED : StoreOutcome.Action.REPLACED, previousVersion,
                event.speakers().size(), event.claims().size(), corroborated);
    }
}
