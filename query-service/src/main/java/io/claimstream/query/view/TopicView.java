package io.claimstream.query.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.claimstream.query.stance.Camps;
import io.claimstream.query.stance.Stance;

import java.util.List;
import java.util.Map;

/**
 * One topic: its claims grouped by speaker, the most-quoted speakers first, and, for each of the
 * topic's central questions, the speakers grouped into camps that agree and disagree.
 */
@JsonPropertyOrder({"id", "label", "claimCount", "speakerCount", "unattributedClaims", "questions", "speakers"})
public record TopicView(String id, String label, long claimCount, long speakerCount, long unattributedClaims,
                        List<Camps.Result> questions, PageView<SpeakerPosition> speakers) {

    /**
     * A speaker's position on the topic, shown by their most representative claims (stated
     * opinions and predictions before facts, firm before hedged, each with its stances) and by
     * their answer to each central question.
     */
    @JsonPropertyOrder({"speaker", "claimCount", "types", "positions", "representativeClaims"})
    public record SpeakerPosition(SpeakerRef speaker, long claimCount, Map<String, Long> types,
                                  List<Position> positions, List<ClaimView> representativeClaims) {
    }

    /** A speaker's answer to one question, from how many of their claims said yes, no, or neither. */
    @JsonPropertyOrder({"question", "stance", "agreement", "support", "oppose", "neutral"})
    public record Position(String question, Stance stance, double agreement, int support, int oppose, int neutral) {
    }
}
