package io.claimstream.query.corroboration;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content words of a statement, reduced to crude stems, for comparing two reports of the same
 * remark: a transcript's {@code continuous scaling} and an article's {@code continued scaling}
 * share {@code contin} and {@code scal}. Function words and verbs of saying are dropped, because
 * reported speech adds them ({@code she said}, {@code according to}).
 */
public final class StatementTerms {

    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int STEM_LENGTH = 6;
    private static final Set<String> STOP = Set.of(
            "a", "about", "above", "according", "after", "again", "against", "all", "also", "am", "an", "and",
            "any", "are", "argue", "argued", "argues", "as", "at", "be", "because", "been", "before", "being",
            "believe", "believed", "believes", "between", "both", "but", "by", "can", "could", "did", "do",
            "does", "doing", "down", "during", "each", "even", "every", "few", "for", "from", "further", "had",
            "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
            "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might",
            "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "noted", "now", "of", "off",
            "on", "once", "only", "opinion", "or", "other", "our", "ours", "out", "over", "own", "said", "same",
            "say", "saying", "says", "she", "should", "so", "some", "still", "such", "than", "that", "the",
            "their", "theirs", "them", "then", "there", "these", "they", "think", "thinks", "this", "those",
            "thought", "through", "to", "too", "told", "under", "until", "up", "very", "was", "we", "were",
            "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
            "your", "yours", "yes", "well", "really", "actually", "like", "one", "two", "get", "got", "lot",
            "things", "thing", "way", "kind", "sort", "let", "us");

    private StatementTerms() {
    }

    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null) {
            return terms;
        }
        var matcher = WORDS.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group();
            if (STOP.contains(word) || (word.length() < 3 && !Character.isDigit(word.charAt(0)))) {
                continue;
            }
            terms.add(stem(word));
        }
        return terms;
    }

    static String stem(String word) {
        if (Character.isDigit(word.charAt(0))) {
            return word;
        }
        String stem = word;
        for (String suffix : new String[] {"ies", "ing", "ed", "es", "s", "e"}) {
            if (stem.endsWith(suffix) && stem.length() - suffix.length() >= 3) {
                stem = stem.substring(0, stem.length() - suffix.length()) + (suffix.equals("ies") ? "y" : "");
                break;
            }
        }
        return stem.length() > STEM_LENGTH ? stem.substring(0, STEM_LENGTH) : stem;
    }
}
