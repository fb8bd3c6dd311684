package io.claimstream.analysis.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each topic means as a direction in embedding space, computed once from the taxonomy: the
 * normalised mean of the vectors of its description (with its terms) and of its example
 * sentences. A claim's similarity to a topic is its cosine to that direction. A mean over several
 * phrasings keeps one odd example from pulling the topic away, and a taxonomy line without
 * examples still gets a prototype from its description and terms.
 */
public final class TopicPrototypes {

    private final Map<String, float[]> prototypes = new LinkedHashMap<>();
    private final String modelId;
    private final int dimensions;

    public TopicPrototypes(TopicTaxonomy taxonomy, TextEmbedder embedder) {
        this.modelId = embedder.modelId();
        this.dimensions = embedder.dimensions();
        List<String> texts = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (Topic topic : taxonomy.topics()) {
            if (topic.id().equals(TopicTaxonomy.OTHER)) {
                continue; // "other" is the absence of a topic, not a meaning of its own
            }
            for (String text : phrasings(topic)) {
                texts.add(text);
                owners.add(topic.id());
            }
        }
        List<float[]> vectors = embedder.embedAll(texts);
        Map<String, float[]> sums = new LinkedHashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            float[] sum = sums.computeIfAbsent(owners.get(i), k -> new float[dimensions]);
            float[] v = vectors.get(i);
            for (int d = 0; d < dimensions; d++) {
                sum[d] += v[d];
            }
        }
        sums.forEach((id, sum) -> prototypes.put(id, normalize(sum)));
    }

    /** The texts a topic is known by: its description alone, with its terms, and each example. */
    static List<String> phrasings(Topic topic) {
        List<String> texts = new ArrayList<>();
        texts.add(topic.description());
        List<String> terms = topic.terms().stream().map(Topic.Term::text).limit(24).toList();
        if (!terms.isEmpty()) {
            texts.add(topic.description() + ": " + String.join(", ", terms));
        }
        texts.addAll(topic.examples());
        return texts;
    }

    public String modelId() {
        return modelId;
    }

    /** The claim's cosine to every topic's prototype (a zero vector is similar to nothing). */
    public Map<String, Double> similarities(float[] vector) {
        Map<String, Double> sims = new LinkedHashMap<>();
        prototypes.forEach((id, p) -> sims.put(id, dot(p, vector)));
        return sims;
    }

    private static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("a " + b.length + "-dimensional vector for a " + a.length
                    + "-dimensional model");
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static float[] normalize(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (v[i] / norm);
            }
        }
        return v;
    }
}
