package io.claimstream.cli.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimstream.cli.api.Json;

import java.util.List;

/** The fields of a claim that tables and exports show, read leniently from the API's claim JSON. */
public record ClaimRow(String id, String documentId, String documentTitle, String published, String speaker,
                       String type, List<String> topics, int spanStart, int spanEnd, String text,
                       String probability, String horizon, String outcome) {

    public static ClaimRow of(JsonNode claim) {
        JsonNode span = claim.path("span");
        JsonNode p = claim.path("prediction");
        return new ClaimRow(
                Json.text(claim, "id"),
                Json.text(claim, "documentId", "document.id"),
                Json.text(claim, "documentTitle", "document.title"),
                Json.text(claim, "published", "document.published"),
                Json.text(claim, "speaker.name", "speaker"),
                Json.text(claim, "type"),
                Json.strings(claim.path("topics")),
                span.path("start").asInt(-1),
                span.path("end").asInt(-1),
                Json.text(claim, "text"),
                p.hasNonNull("probability") ? percent(p.path("probability").asDouble()) : "",
                Json.text(p, "horizon", "horizonEnd"),
                Json.text(p, "resolution.outcome"));
    }

    private static String percent(double probability) {
        return Math.round(probability * 100) + "%";
    }
}
