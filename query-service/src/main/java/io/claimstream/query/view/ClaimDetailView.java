package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * A claim with its sentence in context and, when the same statement was reported in other
 * documents, the cluster of its sources, each with its own context.
 */
@JsonPropertyOrder({"claim", "context", "corroboration"})
public record ClaimDetailView(@JsonUnwrapped ClaimView claim, ContextView context, Corroboration corroboration) {

    /** The paragraph around a sentence, with its offsets into the document text. */
    @JsonPropertyOrder({"text", "start", "end"})
    public record ContextView(String text, int start, int end) {
    }

    @JsonPropertyOrder({"clusterId", "documents", "sources"})
    public record Corroboration(String clusterId, int documents, List<Source> sources) {
    }

    @JsonPropertyOrder({"claimId", "documentId", "documentTitle", "published", "speaker", "text", "span", "context"})
    public record Source(String claimId, String documentId, String documentTitle, String published,
                         SpeakerRef speaker, String text, SpanView span, ContextView context) {
    }
}
