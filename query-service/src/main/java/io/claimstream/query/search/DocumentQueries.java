package io.claimstream.query.search;

import io.claimstream.common.errors.ApiException;
import io.claimstream.query.entity.Document;
import io.claimstream.query.view.DocumentSpeakerView;
import io.claimstream.query.view.DocumentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads documents and their speakers. */
@ApplicationScoped
public class DocumentQueries {

    private final EntityManager em;

    public DocumentQueries(EntityManager em) {
        this.em = em;
    }

    public Document require(String id) {
        Document document = Document.findById(id);
        if (document == null) {
            throw ApiException.notFound("no document " + id + " is stored (yet): documents appear once analysed");
        }
        return document;
    }

    public DocumentView view(String id) {
        Document d = require(id);
        return new DocumentView(d.id, d.title, d.publishedRaw, d.datePrecision, d.source, d.url, d.language, d.event,
                "analyzed", speakers(id), d.claimCount, d.analyzerVersion, d.analyzedAt, d.storedAt);
    }

    /**
     * The document's speakers as people. Two speakers the analyzer kept apart but that resolve to
     * one person are listed once, with their aliases and claim counts combined.
     */
    @SuppressWarnings("unchecked")
    public List<DocumentSpeakerView> speakers(String documentId) {
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT ds.person_id, p.name AS person_name, ds.name, ds.aliases, ds.role, ds.affiliations,
                               ds.kind, ds.speaker_id,
                               (SELECT count(*) FROM claim c
                                WHERE c.document_id = ds.document_id AND c.speaker_id = ds.speaker_id) AS claims
                        FROM document_speaker ds JOIN person p ON p.id = ds.person_id
                        WHERE ds.document_id = :id
                        ORDER BY claims DESC, ds.speaker_id""", Tuple.class)
                .setParameter("id", documentId)
                .getResultList();
        Map<String, DocumentSpeakerView> byPerson = new LinkedHashMap<>();
        for (Tuple row : rows) {
            String personId = Rows.text(row.get("person_id"));
            String personName = Rows.text(row.get("person_name"));
            String nameInDocument = Rows.text(row.get("name"));
            Set<String> aliases = new LinkedHashSet<>();
            if (!nameInDocument.equalsIgnoreCase(personName)) {
                aliases.add(nameInDocument);
            }
            aliases.addAll(Rows.strings(row.get("aliases")));
            aliases.removeIf(alias -> alias.equalsIgnoreCase(personName));
            DocumentSpeakerView view = new DocumentSpeakerView(personId, personName, List.copyOf(aliases),
                    Rows.text(row.get("role")), Rows.strings(row.get("affiliations")), Rows.text(row.get("kind")),
                    Rows.text(row.get("speaker_id")), nameInDocument, Rows.count(row.get("claims")));
            byPerson.merge(personId, view, DocumentQueries::combine);
        }
        return new ArrayList<>(byPerson.values());
    }

    private static DocumentSpeakerView combine(DocumentSpeakerView first, DocumentSpeakerView second) {
        Set<String> aliases = new LinkedHashSet<>(first.aliases());
        aliases.addAll(second.aliases());
        if (!second.nameInDocument().equalsIgnoreCase(first.name())) {
            aliases.add(second.nameInDocument());
        }
        Set<String> affiliations = new LinkedHashSet<>(first.affiliations());
        affiliations.addAll(second.affiliations());
        return new DocumentSpeakerView(first.id(), first.name(), List.copyOf(aliases),
                first.role() != null ? first.role() : second.role(), List.copyOf(affiliations), first.kind(),
                first.speakerId(), first.nameInDocument(), first.claimCount() + second.claimCount());
    }
}
