package io.claimstream.analysis;

import java.util.List;

import io.claimstream.contracts.Claim;
import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.Entity;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Participant;
import io.claimstream.contracts.Quantity;

/**
 * The one place where what the analysis found in the parsed text is moved into the submitted file:
 * the analysis reads the readable text of an HTML page or subtitle file, while the contract's spans
 * index the file as it was sent. For a text format the parsed text is the submission and nothing moves.
 * Claim ids keep the parsed text's offsets they were made from: they name a claim, they are no span.
 */
final class SubmittedSpans {

    private final ParsedDocument doc;

    SubmittedSpans(ParsedDocument doc) {
        this.doc = doc;
    }

    boolean moves() {
        return doc.submission() != null;
    }

    List<Claim> claims(List<Claim> claims) {
        return moves() ? claims.stream().map(this::claim).toList() : claims;
    }

    DocumentMetadata metadata(DocumentMetadata metadata) {
        if (!moves() || metadata == null || metadata.participants().isEmpty()) {
            return metadata;
        }
        List<Participant> participants = metadata.participants().stream()
                .map(p -> new Participant(p.name(), p.role(), p.affiliation(), doc.toSubmitted(p.span()))).toList();
        return new DocumentMetadata(metadata.title(), metadata.source(), metadata.url(), metadata.published(),
                metadata.datePrecision(), metadata.language(), metadata.event(), participants);
    }

    private Claim claim(Claim c) {
        List<Entity> entities = c.entities().stream()
                .map(e -> new Entity(e.text(), e.kind(), doc.toSubmitted(e.span()))).toList();
        List<Quantity> quantities = c.quantities().stream()
                .map(q -> new Quantity(q.text(), q.value(), q.unit(), doc.toSubmitted(q.span()))).toList();
        return new Claim(c.id(), c.speakerId(), c.text(), doc.toSubmitted(c.span()), c.type(), c.topics(), c.confidence(),
                c.attribution(), entities, c.prediction(), quantities);
    }
}
