package io.claimstream.query.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** A speaker is identified by its document and the id the analyzer gave it there. */
@Embeddable
public class DocumentSpeakerId implements Serializable {

    @Column(name = "document_id")
    public String documentId;

    @Column(name = "speaker_id")
    public String speakerId;

    public DocumentSpeakerId() {
    }

    public DocumentSpeakerId(String documentId, String speakerId) {
        this.documentId = documentId;
        this.speakerId = speakerId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentSpeakerId that
                && Objects.equals(documentId, that.documentId) && Objects.equals(speakerId, that.speakerId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentId, speakerId);
    }
}
