package io.claimstream.contracts;

import java.util.List;

/**
 * One atomic assertion and who holds it.
 *
 * @param speakerId id of a {@link Speaker} of the same document, or null when unattributed
 * @param type {@code opinion}, {@code prediction}, {@code recommendation} or {@code fact}
 * @param confidence how firmly it is asserted, 0 (hedged) to 1 (definite)
 * @param attribution {@code explicit} (a label or verb of saying names the speaker) or {@code inferred}
 */
public record Claim(String id, String speakerId, String text, Span span, String type,
                    List<String> topics, double confidence, String attribution,
                    List<Entity> entities, Prediction prediction, List<Quantity> quantities) {

    public Claim {
        topics = List.copyOf(topics);
        entities = List.copyOf(entities);
        quantities = List.copyOf(quantities);
    }
}
