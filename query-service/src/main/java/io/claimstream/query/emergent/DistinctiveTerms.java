package io.claimstream.query.emergent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and two-word phrases that set a group of claims apart from a background corpus:
 * TF-IDF, with a term's frequency counted in the group's claims and its rarity in the corpus.
 */
final class DistinctiveTerms {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*\\p{L}|\\p{L}");
    private static final Set<String> STOP = Set.of(
            "about", "above", "across", "after", "again", "against", "all", "almost", "also", "always", "among",
            "and", "another", "any", "anyone", "anything", "are", "around", "because", "been", "before", "being",
            "believe", "better", "between", "both", "but", "can", "cannot", "could", "did", "does", "doing", "done",
            "down", "during", "each", "either", "else", "enough", "even", "ever", "every", "everyone", "everything",
            "few", "for", "from", "get", "gets", "getting", "give", "going", "gone", "good", "got", "great", "had",
            "has", "have", "having", "her", "here", "him", "his", "how", "however", "into", "its", "itself", "just",
            "know", "last", "less", "let", "like", "lot", "lots", "made", "make", "makes", "making", "many", "may",
            "maybe", "might", "more", "most", "much", "must", "need", "needs", "never", "new", "next", "not", "now",
            "off", "often", "once", "one", "only", "other", "others", "our", "ours", "out", "over", "own", "people",
            "per", "perhaps", "put", "quite", "rather", "really", "right", "said", "same", "say", "says", "see",
            "should", "since", "some", "something", "still", "such", "sure", "take", "than", "that", "the", "their",
            "them", "then", "there", "these", "they", "thing", "things", "think", "this", "those", "though",
            "through", "time", "today", "too", "two", "under", "until", "very", "want", "was", "way", "ways", "well",
            "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "why", "will", "with",
            "within", "without", "would", "year", "years", "yes", "yet", "you", "your", "kind",
            "actually", "important", "probably", "definitely", "certainly", "already", "able", "three", "four");

    private DistinctiveTerms() {
    }

    /** The content words and adjacent-word phrases of a text, each once. */
    static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        String previous = null;
        Matcher m = WORD.matcher(text == null ? "" : text);
        int lastEnd = -1;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (word.endsWith("'s")) {
                word = word.substring(0, word.length() - 2);
            }
            boolean adjacent = lastEnd >= 0 && text.substring(lastEnd, m.start()).isBlank();
            lastEnd = m.end();
            if (word.length() < 3 || STOP.contains(word) || word.contains("'")) {
                previous = null;
                continue;
            }
            terms.add(word);
            if (previous != null && adjacent) {
                terms.add(previous + " " + word);
            }
            previous = word;
        }
        return terms;
    }

    /** Document frequencies of terms over a corpus of texts (each text's term set). */
    static Map<String, Integer> documentFrequencies(Collection<Set<String>> corpus) {
        Map<String, Integer> df = new HashMap<>();
        corpus.forEach(terms -> terms.forEach(term -> df.merge(term, 1, Integer::sum)));
        return df;
    }

    /**
     * The group's {@code count} most distinctive terms, best first; a word already inside a chosen
     * phrase is not chosen again, and a term must occur in two of the group's claims when it has two.
     */
    static List<String> top(List<Set<String>> group, Map<String, Integer> df, int corpusSize, int count) {
        Map<String, Integer> tf = new HashMap<>();
        group.forEach(terms -> terms.forEach(term -> tf.merge(term, 1, Integer::sum)));
        int minimum = group.size() >= 2 ? 2 : 1;
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        tf.forEach((term, n) -> {
            if (n >= minimum) {
                double idf = Math.log((corpusSize + 1.0) / (df.getOrDefault(term, 0) + 1.0)) + 1;
                // phrases are rarer and say more: a small bonus keeps "humanoid robots" over "robots"
                double bonus = term.indexOf(' ') > 0 ? 1.2 : 1.0;
                scored.add(Map.entry(term, (double) n / group.size() * idf * bonus));
            }
        });
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> chosen = new ArrayList<>();
        for (Map.Entry<String, Double> entry : scored) {
            String term = entry.getKey();
            boolean overlaps = chosen.stream().anyMatch(c -> (" " + c + " ").contains(" " + term + " ")
                    || (" " + term + " ").contains(" " + c + " "));
            if (!overlaps) {
                chosen.add(term);
            }
            if (chosen.size() == count) {
                break;
            }
        }
        return chosen;
    }
}
