package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import io.claimstream.query.stance.ClaimStance;

import java.util.List;

/**
 * A claim as every list and lookup returns it. {@code highlight} is present when the request
 * searched with {@code q}: the matching fragments with {@code <mark>} around the matched words.
 * {@code score} is present in semantic search: the cosine similarity of the claim to the query.
 * {@code stances} is present in a topic view: the claim's answer to each of the topic's central questions.
 */
@JsonPropertyOrder({"id", "documentId", "documentTitle", "published", "text", "speaker", "type", "topics", "span", "confidence", "attribution", "prediction", "quantities", "entities", "clusterId", "highlight", "score", "stances"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimView(String id, String documentId, String documentTitle, String published, String text,
                        SpeakerRef speaker, String type, List<String> topics, SpanView span, double confidence,
                        String attribution, PredictionView prediction, JsonNode quantities, JsonNode entities,
                        String clusterId, String highlight, Double score, List<ClaimStance> stances) {

    public ClaimView withScore(double value) {
        return new ClaimView(id, documentId, documentTitle, published, text, speaker, type, topics, span, confidence,
                attribution, prediction, quantities, entities, clusterId, highlight, value, stances);
    }

    public ClaimView withStances(List<ClaimStance> value) {
        return new ClaimView(id, documentId, documentTitle, published, text, speaker, type, topics, span, confidence,
                attribution, prediction, quantities, entities, clusterId, highlight, score, value);
    }

    @Override
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public SpeakerRef speaker() {
        return speaker;
    }
}
