package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A claim as every list and lookup returns it. {@code highlight} is present when the request
 * searched with {@code q}: the matching fragments with {@code <mark>} around the matched words.
 */
@JsonPropertyOrder({"id", "documentId", "documentTitle", "published", "text", "speaker", "type", "topics", "span", "confidence", "attribution", "prediction", "quantities", "entities", "clusterId", "highlight"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimView(String id, String documentId, String documentTitle, String published, String text,
                        SpeakerRef speaker, String type, List<String> topics, SpanView span, double confidence,
                        String attribution, PredictionView prediction, JsonNode quantities, JsonNode entities,
                        String clusterId, String highlight) {

    @Override
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public SpeakerRef speaker() {
        return speaker;
    }
}
