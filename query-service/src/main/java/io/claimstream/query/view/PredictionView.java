package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;

/** What a prediction forecasts, and the verdict a user recorded for it, if any. */
@JsonPropertyOrder({"probability", "horizon", "horizonStart", "horizonEnd", "resolution"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PredictionView(Double probability, String horizon, String horizonStart, String horizonEnd,
                             Resolution resolution) {

    @JsonPropertyOrder({"outcome", "note", "resolvedAt"})
    public record Resolution(String outcome, String note, Instant resolvedAt) {
    }
}
