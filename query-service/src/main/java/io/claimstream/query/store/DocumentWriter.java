package io.claimstream.query.store;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Speaker;
import io.claimstream.embeddings.SentenceEmbedder;
import io.claimstream.query.config.QueryConfig;
import io.claimstream.query.entity.Claim;
import io.claimstream.query.entity.Document;
import io.claimstream.query.entity.DocumentSpeaker;
import io.claimstream.query.semantic.EmbeddingBackfill;
import io.claimstream.query.semantic.VectorColumns;
import io.claimstream.query.stream.StoredDocuments;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one analysed document (document, speakers, people, claims) in one transaction, so that
 * readers see all of one analyzer version or all of the other. Idempotent by document id and
 * analyzer version: the same version again writes nothing, a different version replaces the
 * document's speakers and claims. What depends on other documents too (people's profiles,
 * corroboration) is queued in the same transaction and done by {@link DerivedData} afterwards.
 */
@ApplicationScoped
public class DocumentWriter {

    private static final int REFRESH_BATCH = 500;

    private static final Logger LOG = Logger.getLogger(DocumentWriter.class);

    private final EntityManager em;
    private final PersonResolver people;
    private final DerivedData derived;
    private final VectorColumns vectors;
    private final SentenceEmbedder embedder;
    private final StoredDocuments stream;
    private final int embedOnStoreMaxClaims;
    private final EmbeddingBackfill backfill;

    public DocumentWriter(EntityManager em, PersonResolver people, DerivedData derived, VectorColumns vectors,
                          SentenceEmbedder embedder, StoredDocuments stream, QueryConfig config,
                          EmbeddingBackfill backfill) {
        this.backfill = backfill;
        this.embedOnStoreMaxClaims = config.semantic().embedOnStoreMaxClaims();
        this.stream = stream;
        this.embedder = embedder;
        this.em = em;
        this.people = people;
        this.derived = derived;
        this.vectors = vectors;
    }

    /**
     * Writes the document and then does the derived work it queued (and any other queued work),
     * before returning: for callers that read the profiles and clusters right after. The Kafka
     * consumer uses {@link #write} and leaves the derived work to the background.
     */
    public StoreOutcome store(AnalyzedDocument event) {
        StoreOutcome outcome = QuarkusTransaction.requiringNew().call(() -> write(event));
        while (!derived.refresh(REFRESH_BATCH).isEmpty()) {
            // drain: the queue only holds what writes put there
        }
        return outcome;
    }

    @Transactional
    public StoreOutcome write(AnalyzedDocument event) {
        DocumentValidator.validate(event);
        // the row lock serialises two consumers that receive the same document at once
        Document existing = em.find(Document.class, event.id(), LockModeType.PESSIMISTIC_WRITE);
        if (existing != null && existing.analyzerVersion.equals(event.analyzerVersion())) {
            return new StoreOutcome(event.id(), event.analyzerVersion(), StoreOutcome.Action.SKIPPED,
                    existing.analyzerVersion, existing.speakerCount, existing.claimCount);
        }
        Set<String> touchedPeople = new LinkedHashSet<>();
        Document document;
        String previousVersion = null;
        List<String> previousPeople = List.of();
        if (existing != null) {
            previousVersion = existing.analyzerVersion;
            previousPeople = em.createQuery(
                            "SELECT DISTINCT ds.personId FROM DocumentSpeaker ds WHERE ds.id.documentId = :id", String.class)
                    .setParameter("id", event.id()).getResultList();
            touchedPeople.addAll(previousPeople);
            Claim.delete("documentId", event.id());
            DocumentSpeaker.delete("id.documentId", event.id());
            document = EntityMapping.document(event, existing, Instant.now());
        } else {
            document = EntityMapping.document(event, new Document(), Instant.now());
            document.persist();
        }
        Map<String, String> personBySpeaker = new HashMap<>();
        for (Speaker speaker : event.speakers()) {
            String personId = people.resolve(speaker, document.id);
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
        // the analysis ships the vectors it made for topics; embed only what it did not send
        List<Claim> unembedded = EventVectors.apply(event, claims, embedder.modelId(), embedder.dimensions());
        if (!unembedded.isEmpty() && unembedded.size() <= embedOnStoreMaxClaims) {
            vectors.embed(unembedded);
        } else if (!unembedded.isEmpty()) {
            // ~10 ms a claim: thousands would outlast the transaction and block the partition; the backfill
            // embeds them after the commit wakes it
            LOG.infof("document %s: %d claims stored without vectors, left to the background embedding",
                    event.id(), unembedded.size());
            backfill.expect();
        }
        claims.forEach(row -> row.persist());
        em.flush();
        vectors.mirror(claims);
        forgetUnmentioned(previousPeople);
        derived.queue(document.id, touchedPeople);
        // delivered to every replica's live stream when, and only if, this transaction commits
        stream.announce(document.id);
        return new StoreOutcome(event.id(), event.analyzerVersion(),
                existing == null ? StoreOutcome.Action.STORED : StoreOutcome.Action.REPLACED, previousVersion,
                event.speakers().size(), event.claims().size());
    }

    /**
     * People only the replaced version named go with it, in this transaction: readers never find
     * a person no document mentions. (Their profiles, which change slowly, follow in the background.)
     */
    private void forgetUnmentioned(List<String> previousPeople) {
        if (previousPeople.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        DELETE FROM person p WHERE p.id IN (:people)
                        AND NOT EXISTS (SELECT 1 FROM document_speaker ds WHERE ds.person_id = p.id)""")
                .setParameter("people", previousPeople)
                .executeUpdate();
    }
}
