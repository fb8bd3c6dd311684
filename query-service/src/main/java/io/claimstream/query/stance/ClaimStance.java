package io.claimstream.query.stance;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A claim's answer to one central question.
 *
 * @param score signed strength: positive supports, negative opposes; one firm cue is 1, a
 *              hedged or concessive one less, cues in opposite directions cancel
 * @param cues  the words that decided it, as they appear in the claim, with {@code not}/rival
 *              reversals marked, so that a reader can check the reading
 */
@JsonPropertyOrder({"question", "stance", "score", "cues"})
public record ClaimStance(String question, Stance stance, double score, List<String> cues) {
}
