package io.claimstream.query.store;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.EventCodec.MalformedEventException;
import io.claimstream.contracts.Speaker;

import java.util.HashSet;
import java.util.Set;

/**
 * Refuses an event that cannot be stored faithfully. What it refuses goes to the dead-letter topic
 * with the reason; a claim naming a speaker the document does not list is kept, unattributed,
 * because losing the claim would be worse than losing its attribution.
 */
public final class DocumentValidator {

    static final int MAX_ID_LENGTH = 200;

    private DocumentValidator() {
    }

    public static void validate(AnalyzedDocument document) {
        require(!blank(document.id()), "document id is missing");
        require(document.id().length() <= MAX_ID_LENGTH, "document id is longer than " + MAX_ID_LENGTH + " characters");
        require(!blank(document.analyzerVersion()), "analyzerVersion is missing for document " + document.id());
        require(document.text() != null, "text is missing for document " + document.id());
        Set<String> speakerIds = new HashSet<>();
        for (Speaker speaker : document.speakers()) {
            require(!blank(speaker.id()), "a speaker without id in document " + document.id());
            require(!blank(speaker.name()), "speaker " + speaker.id() + " has no name in document " + document.id());
            require(speakerIds.add(speaker.id()), "speaker id " + speaker.id() + " appears twice in document " + document.id());
        }
        Set<String> claimIds = new HashSet<>();
        for (Claim claim : document.claims()) {
            require(!blank(claim.id()), "a claim without id in document " + document.id());
            require(claim.id().length() <= MAX_ID_LENGTH, "claim id " + claim.id() + " is too long");
            require(claimIds.add(claim.id()), "claim id " + claim.id() + " appears twice in document " + document.id());
            require(claim.text() != null, "claim " + claim.id() + " has no text");
            require(claim.span() != null, "claim " + claim.id() + " has no span");
            require(!blank(claim.type()), "claim " + claim.id() + " has no type");
        }
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new MalformedEventException(reason);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
