package io.claimstream.analysis.text;

import java.util.Locale;
import java.util.Map;

/**
 * A crude English stemmer for lexicon matching: lower case, irregular forms mapped, and plural,
 * past and progressive endings and a final "e" removed, so that "scale", "scaled" and "scaling"
 * all give "scal". Lexicon terms go through the same function, so only consistency matters.
 * (The OpenNLP lemmatizer model is accurate but runs at a few hundred sentences per second;
 * lexicon matching does not need it.)
 */
public final class Stems {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("is", "be"), Map.entry("are", "be"), Map.entry("was", "be"), Map.entry("were", "be"),
            Map.entry("been", "be"), Map.entry("am", "be"), Map.entry("being", "be"),
            Map.entry("has", "have"), Map.entry("had", "have"), Map.entry("having", "have"),
            Map.entry("does", "do"), Map.entry("did", "do"), Map.entry("done", "do"),
            Map.entry("said", "say"), Map.entry("says", "say"), Map.entry("told", "tell"),
            Map.entry("thought", "think"), Map.entry("made", "mak"), Map.entry("went", "go"),
            Map.entry("gone", "go"), Map.entry("took", "tak"), Map.entry("taken", "tak"),
            Map.entry("gave", "giv"), Map.entry("given", "giv"), Map.entry("found", "find"),
            Map.entry("felt", "feel"), Map.entry("saw", "see"), Map.entry("seen", "see"), Map.entry("knew", "know"),
            Map.entry("known", "know"), Map.entry("built", "build"), Map.entry("bought", "buy"),
            Map.entry("spent", "spend"), Map.entry("children", "child"), Map.entry("people", "people"),
            Map.entry("men", "man"), Map.entry("women", "woman"), Map.entry("data", "data"),
            Map.entry("news", "news"), Map.entry("led", "lead"), Map.entry("ran", "run"), Map.entry("won", "win"),
            Map.entry("wrote", "writ"), Map.entry("written", "writ"), Map.entry("grew", "grow"),
            Map.entry("grown", "grow"), Map.entry("fell", "fall"), Map.entry("rose", "ris"),
            Map.entry("paid", "pay"), Map.entry("meant", "mean"), Map.entry("spoke", "speak"),
            Map.entry("spoken", "speak"), Map.entry("this", "this"), Map.entry("its", "its"),
            Map.entry("his", "his"), Map.entry("us", "us"), Map.entry("gpus", "gpu"), Map.entry("tpus", "tpu"));

    private Stems() {
    }

    /** Stems of the word parts of a written word or phrase, split at spaces and hyphens: "pre-training" gives [pre, train]. */
    public static java.util.List<String> parts(String written) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String piece : WORD_PART_BREAKS.split(written)) {
            if (!piece.isEmpty() && (Character.isLetterOrDigit(piece.codePointAt(0)) || piece.equals("$"))) {
                parts.add(key(piece));
            }
        }
        return parts;
    }

    private static final java.util.regex.Pattern WORD_PART_BREAKS = java.util.regex.Pattern.compile("[\\s\\-–—]+");

    /**
     * The matching key of a word: its stem, except that an acronym ({@code US}, {@code RL},
     * {@code GPU}) keeps its case, so that "US" never matches the pronoun "us".
     */
    public static String key(String word) {
        if (isAcronym(word)) {
            return "=" + word.replace(".", "");
        }
        return of(word);
    }

    /** Two letters or more, every one of them upper case. */
    private static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
            i += Character.charCount(c);
        }
        return letters >= 2;
    }

    public static String of(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        // a plural possessive stays one token ("customers'"): the apostrophe must not hide the word
        if (w.length() > 2 && w.endsWith("'") && Character.isLetter(w.charAt(w.length() - 2))) {
            w = w.substring(0, w.length() - 1);
        }
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        int n = w.length();
        if (n <= 3 || !Character.isLetter(w.charAt(n - 1))) {
            return w;
        }
        String s = w;
        if (s.endsWith("ies") && n > 4) {
            s = s.substring(0, n - 3) + "y";
        } else if (s.endsWith("sses") || s.endsWith("shes") || s.endsWith("ches") || s.endsWith("xes")) {
            s = s.substring(0, n - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, n - 1);
        } else if (s.endsWith("ied") && n > 4) {
            s = s.substring(0, n - 3) + "y";
        } else if (s.endsWith("ed") && n > 4) {
            s = undouble(s.substring(0, n - 2));
        } else if (s.endsWith("ing") && n > 5) {
            s = undouble(s.substring(0, n - 3));
        }
        if (s.length() > 3 && s.endsWith("e") && !s.endsWith("ee")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String undouble(String stem) {
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }
}
