package io.claimstream.query.emergent;

import io.claimstream.embeddings.Vectors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a claim fits the taxonomy: its similarity to the nearest taxonomy topic's centre, the
 * mean of the vectors of claims carrying that topic.
 *
 * <p>Analysis rarely leaves a claim in the catch-all topic: when no topic term is named it still
 * picks the semantically nearest topic, however far that is. So "fits no topic well" is decided
 * here, from what the topics actually hold, rather than from the label alone: a claim far from
 * every topic's centre is about something the taxonomy does not cover, whatever it was tagged.
 */
public final class TopicFit {

    private final Map<String, float[]> centres;

    private TopicFit(Map<String, float[]> centres) {
        this.centres = centres;
    }

    /** @param vectorsByTopic unit vectors of (a sample of) each topic's claims; empty topics are left out */
    public static TopicFit of(Map<String, List<float[]>> vectorsByTopic) {
        Map<String, float[]> centres = new LinkedHashMap<>();
        vectorsByTopic.forEach((topic, vectors) -> {
            if (!vectors.isEmpty()) {
                centres.put(topic, Vectors.centroid(vectors, vectors.get(0).length));
            }
        });
        return new TopicFit(centres);
    }

    /** Similarity to the nearest topic centre, or 0 when no topic has claims yet. */
    public double best(float[] vector) {
        double best = 0;
        for (float[] centre : centres.values()) {
            best = Math.max(best, Vectors.dot(vector, centre));
        }
        return best;
    }

    /** True when the claim is at least {@code threshold} similar to some topic's centre. */
    public boolean fits(float[] vector, double threshold) {
        return !centres.isEmpty() && best(vector) >= threshold;
    }

    public int topics() {
        return centres.size();
    }
}
