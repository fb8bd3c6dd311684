package io.claimstream.analysis.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.claimstream.analysis.text.Stems;
import io.claimstream.analysis.text.Token;

/**
 * Labels a claim with one to three topics by lexical evidence: the taxonomy's terms found among
 * the claim's word stems. A topic makes the cut when it scores at least half of the best one.
 * Context (the section heading, the question being answered, the sentence before) adds weak
 * evidence that breaks ties, and decides alone when the claim itself names no topic (a claim
 * like "This path is already unfolding" is about what the text around it is about). Without any
 * evidence the claim is {@code other}.
 */
public final class TopicClassifier {

    private static final double CONTEXT_WEIGHT = 0.35;
    private static final double MINIMUM = 0.9;
    private static final double CONTEXT_MINIMUM = 0.9;

    private record Entry(String topic, Topic.Term term) {
    }

    /** Terms indexed by their first stem, so a claim is scored in one pass over its words. */
    private final Map<String, List<Entry>> byFirstStem = new HashMap<>();

    public TopicClassifier(TopicTaxonomy taxonomy) {
        for (Topic topic : taxonomy.topics()) {
            for (Topic.Term term : topic.terms()) {
                byFirstStem.computeIfAbsent(term.stems().get(0), k -> new ArrayList<>()).add(new Entry(topic.id(), term));
            }
        }
    }

    /**
     * @param claim the claim's tokens
     * @param context tokens of the text around it that hints at its subject (may be empty)
     */
    public List<String> classify(List<Token> claim, List<Token> context) {
        Map<String, Double> own = score(stems(claim));
        Map<String, Double> around = score(stems(context));
        Map<String, Double> combined = new HashMap<>(own);
        around.forEach((topic, s) -> combined.merge(topic, s * CONTEXT_WEIGHT, Double::sum));
        List<String> chosen = best(combined, own.isEmpty() ? 0 : MINIMUM);
        if (chosen.isEmpty()) {
            chosen = best(around, CONTEXT_MINIMUM);
        }
        return chosen.isEmpty() ? List.of(TopicTaxonomy.OTHER) : chosen;
    }

    private static List<String> best(Map<String, Double> scores, double minimum) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.removeIf(e -> e.getKey().equals(TopicTaxonomy.OTHER));
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> chosen = new ArrayList<>();
        double top = ranked.isEmpty() ? 0 : ranked.get(0).getValue();
        for (Map.Entry<String, Double> e : ranked) {
            if (chosen.size() < 3 && e.getValue() >= Math.max(minimum, 0.01) && e.getValue() >= top * 0.5) {
                chosen.add(e.getKey());
            }
        }
        return List.copyOf(chosen);
    }

    private static List<String> stems(List<Token> tokens) {
        List<String> stems = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (t.text().indexOf('-') > 0) {
                stems.addAll(Stems.parts(t.text()));
            } else if (t.isWord() || t.text().equals("$")) {
                stems.add(Stems.key(t.text()));
            }
        }
        return stems;
    }

    /** Topic scores: each term counts at most twice, multi-word terms weigh more. */
    private Map<String, Double> score(List<String> stems) {
        Map<String, Double> scores = new HashMap<>();
        Map<Entry, Integer> seen = new HashMap<>();
        for (int i = 0; i < stems.size(); i++) {
            List<Entry> candidates = byFirstStem.get(stems.get(i));
            if (candidates == null) {
                continue;
            }
            for (Entry e : candidates) {
                List<String> term = e.term().stems();
                if (i + term.size() <= stems.size() && stems.subList(i, i + term.size()).equals(term)
                        && seen.merge(e, 1, Integer::sum) <= 2) {
                    scores.merge(e.topic(), e.term().weight(), Double::sum);
                }
            }
        }
        return scores;
    }
}
