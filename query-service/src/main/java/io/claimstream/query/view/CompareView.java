package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/** Two or more people's claims on one topic (or on everything), side by side. */
@JsonPropertyOrder({"topic", "speakers"})
public record CompareView(String topic, List<Column> speakers) {

    @JsonPropertyOrder({"speaker", "requested", "claimCount", "types", "claims"})
    public record Column(SpeakerRef speaker, String requested, long claimCount, Map<String, Long> types,
                         List<ClaimView> claims) {
    }
}
