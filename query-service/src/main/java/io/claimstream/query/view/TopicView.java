package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/** One topic: its claims grouped by speaker, the most-quoted speakers first. */
@JsonPropertyOrder({"id", "label", "claimCount", "speakerCount", "unattributedClaims", "speakers"})
public record TopicView(String id, String label, long claimCount, long speakerCount, long unattributedClaims,
                        PageView<SpeakerPosition> speakers) {

    /**
     * A speaker's position on the topic, shown by their most representative claims: stated
     * opinions and predictions before facts, firm before hedged.
     */
    @JsonPropertyOrder({"speaker", "claimCount", "types", "representativeClaims"})
    public record SpeakerPosition(SpeakerRef speaker, long claimCount, Map<String, Long> types,
                                  List<ClaimView> representativeClaims) {
    }
}
