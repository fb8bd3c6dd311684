package io.claimstream.analysis.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * When a cosine to a topic prototype is evidence. A topic is chosen when its similarity reaches
 * an absolute floor (below it, every topic is as unrelated as any other) and lies within a margin
 * of the claim's most similar topic (so a claim that is clearly about one thing does not collect
 * its neighbours). The floor is higher when the claim names topics ({@code added}): the named terms
 * already say what it is about, and a topic the words missed must be clearly meant to join them.
 * When the claim names none ({@code alone}), meaning is the claim's own evidence and is weighed
 * against what the text around it names: it leads only when it singles out one topic (see
 * {@link TopicClassifier}), so a lower floor lets it place a claim without overruling its context.
 *
 * <p>Calibrated for all-MiniLM-L6-v2 on sentences written for the tests (one set builds the
 * prototypes, another, held out, checks them); another model needs its own values.
 *
 * @param alone floor when the claim has no lexical evidence
 * @param added floor for adding a topic to lexical ones
 * @param margin how far below the most similar topic a topic may be
 * @param most how many topics meaning may contribute
 */
public record SemanticThresholds(double alone, double added, double margin, int most) {

    public static final SemanticThresholds DEFAULT = new SemanticThresholds(0.30, 0.40, 0.05, 2);

    /**
     * Whether a meaning close to no topic still leans away from this one: the topic is among the less similar half.
     * Below the floors cosines are small and close together, so only the rank says anything: a margin under the most
     * similar topic would also reject the second of two weak words a sentence about the subject names.
     */
    public boolean leansAwayFrom(Map<String, Double> similarities, String topic) {
        double[] sorted = similarities.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
        return similarities.getOrDefault(topic, 0.0) < median;
    }

    /** The topics the similarities support, most similar first. */
    public List<String> select(Map<String, Double> similarities, boolean lexicalEvidence) {
        double floor = lexicalEvidence ? added : alone;
        double top = similarities.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(similarities.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> chosen = new ArrayList<>();
        for (Map.Entry<String, Double> e : ranked) {
            if (chosen.size() < most && e.getValue() >= floor && e.getValue() >= top - margin) {
                chosen.add(e.getKey());
            }
        }
        return chosen;
    }
}
