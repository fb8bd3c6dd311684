package io.claimstream.analysis.text;

import java.util.Locale;
import java.util.Map;

/**
 * A small rule-based English lemmatizer for lexicon matching. The OpenNLP lemmatizer model is
 * accurate but runs at a few hundred sentences per second; topic and cue lexicons only need
 * plural and inflection endings folded, which suffix rules plus a short list of irregular
 * forms do at memory speed.
 */
public final class Lemmas {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("is", "be"), Map.entry("are", "be"), Map.entry("was", "be"), Map.entry("were", "be"),
            Map.entry("been", "be"), Map.entry("am", "be"), Map.entry("'s", "be"), Map.entry("'re", "be"),
            Map.entry("has", "have"), Map.entry("had", "have"), Map.entry("does", "do"), Map.entry("did", "do"),
            Map.entry("done", "do"), Map.entry("said", "say"), Map.entry("says", "say"), Map.entry("told", "tell"),
            Map.entry("thought", "think"), Map.entry("made", "make"), Map.entry("went", "go"), Map.entry("gone", "go"),
            Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("gave", "give"), Map.entry("given", "give"),
            Map.entry("found", "find"), Map.entry("felt", "feel"), Map.entry("saw", "see"), Map.entry("seen", "see"),
            Map.entry("knew", "know"), Map.entry("known", "know"), Map.entry("brought", "bring"),
            Map.entry("built", "build"), Map.entry("bought", "buy"), Map.entry("spent", "spend"),
            Map.entry("children", "child"), Map.entry("people", "people"), Map.entry("men", "man"),
            Map.entry("women", "woman"), Map.entry("data", "data"), Map.entry("news", "news"),
            Map.entry("chips", "chip"), Map.entry("better", "good"), Map.entry("best", "good"),
            Map.entry("worse", "bad"), Map.entry("worst", "bad"), Map.entry("led", "lead"), Map.entry("ran", "run"),
            Map.entry("won", "win"), Map.entry("began", "begin"), Map.entry("begun", "begin"),
            Map.entry("wrote", "write"), Map.entry("written", "write"), Map.entry("grew", "grow"),
            Map.entry("grown", "grow"), Map.entry("fell", "fall"), Map.entry("rose", "rise"), Map.entry("risen", "rise"),
            Map.entry("paid", "pay"), Map.entry("meant", "mean"), Map.entry("learnt", "learn"),
            Map.entry("believes", "believe"), Map.entry("believed", "believe"));

    private Lemmas() {
    }

    /** The lemma of a word, lower-cased; unknown shapes are returned lower-cased and unchanged. */
    public static String of(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        int n = w.length();
        if (n <= 3 || !Character.isLetter(w.charAt(n - 1))) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        if (w.endsWith("ied") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("ed") && n > 4) {
            return undouble(w.substring(0, n - 2));
        }
        if (w.endsWith("ing") && n > 5) {
            return undouble(w.substring(0, n - 3));
        }
        return w;
    }

    private static String undouble(String stem) {
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        if (n >= 2 && stem.endsWith("at") || stem.endsWith("iz") || stem.endsWith("bl") || stem.endsWith("ur")
                || stem.endsWith("lv") || stem.endsWith("rg") || stem.endsWith("ag") && n > 3) {
            return stem + "e";
        }
        return stem;
    }
}
