package io.claimstream.analysis.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.claimstream.analysis.text.Stems;
import io.claimstream.analysis.text.Token;

/**
 * Labels a claim with one to three topics. Lexical evidence first: the taxonomy's terms found
 * among the claim's word stems; a topic makes the cut when it scores at least half of the best
 * one. Context (the section heading, the question being answered, the sentence before) adds weak
 * evidence that breaks ties, and decides alone when the claim itself names no topic (a claim
 * like "This path is already unfolding" is about what the text around it is about).
 *
 * <p>With {@link TopicPrototypes} (an embedding model), meaning adds what the words miss: a
 * topic whose prototype is close to the claim's vector joins the lexical ones when it is both
 * similar in absolute terms and near the claim's most similar topic, and it leads when the claim
 * names no topic at all. Lexical hits stay first because a named term is stronger evidence than a
 * cosine. Without any evidence the claim is {@code other}.
 */
public final class TopicClassifier {

    private static final double CONTEXT_WEIGHT = 0.35;
    private static final double MINIMUM = 0.9;
    private static final double CONTEXT_MINIMUM = 0.9;
    private static final int MAX_TOPICS = 3;
    private static final int LEAD_TOPICS = 2;

    private record Entry(String topic, Topic.Term term) {
    }

    /** Terms indexed by their first stem, so a claim is scored in one pass over its words. */
    private final Map<String, List<Entry>> byFirstStem = new HashMap<>();
    private final TopicPrototypes prototypes;
    private final SemanticThresholds thresholds;

    /** Lexical evidence only. */
    public TopicClassifier(TopicTaxonomy taxonomy) {
        this(taxonomy, null, SemanticThresholds.DEFAULT);
    }

    /** @param prototypes the topics' meanings, or {@code null} for lexical evidence only */
    public TopicClassifier(TopicTaxonomy taxonomy, TopicPrototypes prototypes, SemanticThresholds thresholds) {
        this.prototypes = prototypes;
        this.thresholds = thresholds;
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
        return classify(claim, context, null);
    }

    /**
     * @param vector the claim's unit vector from the prototypes' model, or {@code null}
     */
    public List<String> classify(List<Token> claim, List<Token> context, float[] vector) {
        return classify(claim, context, vector, List.of());
    }

    /**
     * @param lead what the document as a whole says it is about (its headline and first line): it
     *             decides only when neither the claim, the text around it nor its meaning names a topic
     */
    public List<String> classify(List<Token> claim, List<Token> context, float[] vector, List<Token> lead) {
        Map<String, Set<Integer>> evidence = new HashMap<>();
        Map<String, Double> own = score(stems(claim), evidence);
        Map<String, Double> around = score(stems(context));
        Map<String, Double> combined = new HashMap<>(own);
        around.forEach((topic, s) -> combined.merge(topic, s * CONTEXT_WEIGHT, Double::sum));
        List<String> lexical = distinctFirst(best(combined, own.isEmpty() ? 0 : MINIMUM, Integer.MAX_VALUE), evidence);
        // weak terms alone (a stray "~market") do not make lexical evidence; meaning decides then
        boolean named = !own.isEmpty() && !lexical.isEmpty();
        List<String> semantic = prototypes == null || vector == null ? List.of()
                : thresholds.select(prototypes.similarities(vector), named);
        // without named topics, the claim's own meaning comes before the text around it
        List<String> fallback = own.isEmpty() ? lexical : best(around, CONTEXT_MINIMUM);
        List<String> chosen = new ArrayList<>(named ? lexical : semantic);
        for (String topic : named ? semantic : fallback) {
            if (chosen.size() < MAX_TOPICS && !chosen.contains(topic)) {
                chosen.add(topic);
            }
        }
        if (chosen.isEmpty()) {
            List<String> background = best(score(stems(lead)), MINIMUM);
            chosen.addAll(background.subList(0, Math.min(LEAD_TOPICS, background.size())));
        }
        if (chosen.isEmpty() && vector == null) {
            // only weak words of its own ("Nobody had tested it") and a headline that names nothing: without the
            // claim's meaning to judge them, still its own subject; with it, the meaning found none
            chosen.addAll(best(own, 0));
        }
        return chosen.isEmpty() ? List.of(TopicTaxonomy.OTHER) : List.copyOf(chosen);
    }

    /**
     * The topics in rank order, except that one whose only evidence is words already counted for a topic
     * before it ("training run" is compute and pre-training alike) gives its place to a topic that has
     * words of its own ("cheap"), so that one phrase does not fill two of the three places.
     */
    private static List<String> distinctFirst(List<String> ranked, Map<String, Set<Integer>> evidence) {
        List<String> distinct = new ArrayList<>();
        List<String> echoes = new ArrayList<>();
        Set<Integer> counted = new HashSet<>();
        for (String topic : ranked) {
            Set<Integer> own = evidence.getOrDefault(topic, Set.of());
            if (!own.isEmpty() && counted.containsAll(own)) {
                echoes.add(topic);
            } else {
                distinct.add(topic);
            }
            counted.addAll(own);
        }
        distinct.addAll(echoes);
        return List.copyOf(distinct.subList(0, Math.min(MAX_TOPICS, distinct.size())));
    }

    private static List<String> best(Map<String, Double> scores, double minimum) {
        return best(scores, minimum, MAX_TOPICS);
    }

    private static List<String> best(Map<String, Double> scores, double minimum, int limit) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.removeIf(e -> e.getKey().equals(TopicTaxonomy.OTHER));
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> chosen = new ArrayList<>();
        double top = ranked.isEmpty() ? 0 : ranked.get(0).getValue();
        for (Map.Entry<String, Double> e : ranked) {
            if (chosen.size() < limit && e.getValue() >= Math.max(minimum, 0.01) && e.getValue() >= top * 0.5) {
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
        return score(stems, new HashMap<>());
    }

    private record Match(Entry entry, int from, int to) {

        boolean inside(Match longer) {
            return longer.from <= from && to <= longer.to && longer.to - longer.from > to - from;
        }
    }

    /**
     * @param evidence filled with, for each topic, the positions of the words that scored for it
     *
     * <p>A word of several senses (a term the taxonomy marks ambiguous) read inside a longer term of another
     * topic takes that term's sense: "memory" in "memory bandwidth" or "memory chips" is hardware, not an
     * assistant's memory. It still counts where its own topic also names the longer phrase ("agent memory").
     */
    private Map<String, Double> score(List<String> stems, Map<String, Set<Integer>> evidence) {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            List<Entry> candidates = byFirstStem.get(stems.get(i));
            if (candidates == null) {
                continue;
            }
            for (Entry e : candidates) {
                List<String> term = e.term().stems();
                if (i + term.size() <= stems.size() && stems.subList(i, i + term.size()).equals(term)) {
                    matches.add(new Match(e, i, i + term.size()));
                }
            }
        }
        Map<String, Double> scores = new HashMap<>();
        Map<Entry, Integer> seen = new HashMap<>();
        for (Match m : matches) {
            if (takesAnotherSense(m, matches) || seen.merge(m.entry(), 1, Integer::sum) > 2) {
                continue;
            }
            scores.merge(m.entry().topic(), m.entry().term().weight(), Double::sum);
            for (int k = m.from(); k < m.to(); k++) {
                evidence.computeIfAbsent(m.entry().topic(), x -> new HashSet<>()).add(k);
            }
        }
        return scores;
    }

    /** Whether a longer term of another topic holds the match's words, and its own topic has no term as long there. */
    private static boolean takesAnotherSense(Match m, List<Match> matches) {
        if (!m.entry().term().ambiguous()) {
            return false;
        }
        for (Match longer : matches) {
            if (m.inside(longer) && !longer.entry().topic().equals(m.entry().topic())
                    && matches.stream().noneMatch(own -> own.entry().topic().equals(m.entry().topic())
                    && longer.inside(own) || own.entry().topic().equals(m.entry().topic())
                    && own.from() == longer.from() && own.to() == longer.to())) {
                return true;
            }
        }
        return false;
    }
}
