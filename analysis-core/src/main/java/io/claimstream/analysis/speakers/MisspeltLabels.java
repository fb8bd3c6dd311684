package io.claimstream.analysis.speakers;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.claimstream.contracts.Turn;

/**
 * Turn labels that misspell a speaker the transcript labels or names correctly elsewhere: a typist writes "Okonkow:"
 * once among twenty turns of "Okonkwo:", or under a guest the introduction names. A label is taken for a misspelling
 * of another name when it labels at most {@value #MAX_MISSPELT_TURNS} turns and the other labels more or is written
 * outside the labels, both have the same number of words, all but one word are the same, and that one is a letter off
 * (one letter added, dropped, changed, or two swapped) in a word of at least {@value #MIN_WORD} letters; and when the
 * text never writes the misspelt word outside the labels, as it would for somebody it introduces. Short names stay
 * apart ("Chen Li" and "Chen Lin" are two people), and so does anybody the text names: an audience member the
 * moderator calls on has a name of their own.
 */
public final class MisspeltLabels {

    private static final int MAX_MISSPELT_TURNS = 2;
    private static final int MIN_WORD = 5;

    private MisspeltLabels() {
    }

    /** Each misspelt label, as the turns write it, to the name it misspells as the text writes it. */
    public static Map<String, String> corrections(String text, List<Turn> turns) {
        Map<List<String>, Integer> counts = new HashMap<>();
        Map<List<String>, String> written = new LinkedHashMap<>();
        for (Turn turn : turns) {
            if (turn.speaker() == null || turn.speaker().isBlank()) {
                continue;
            }
            PersonName name = PersonName.of(turn.speaker().strip());
            if (name.tokens().size() < 2) {
                continue; // a one-word label is too short to say which of two spellings is right
            }
            counts.merge(name.tokens(), 1, Integer::sum);
            written.putIfAbsent(name.tokens(), turn.speaker().strip());
        }
        Map<List<String>, String> introduced = namesOutsideLabels(text, turns);
        Map<List<String>, List<String>> meant = new HashMap<>();
        counts.forEach((rare, seen) -> {
            if (seen > MAX_MISSPELT_TURNS) {
                return;
            }
            // the right spelling is a label of more turns, or a name the text itself writes (an introduction)
            java.util.Set<List<String>> right = new java.util.HashSet<>();
            counts.keySet().stream().filter(other -> counts.get(other) > seen).forEach(right::add);
            right.addAll(introduced.keySet());
            right.removeIf(other -> !misspells(text, rare, other, seen));
            if (right.size() == 1) {
                List<String> other = right.iterator().next();
                meant.put(rare, other);
                written.putIfAbsent(other, introduced.get(other));
            }
        });
        // every turn under a misspelt label, however its parenthesis reads, goes to the right name
        Map<String, String> corrections = new HashMap<>();
        for (Turn turn : turns) {
            if (turn.speaker() != null && !turn.speaker().isBlank()) {
                List<String> right = meant.get(PersonName.of(turn.speaker().strip()).tokens());
                if (right != null) {
                    corrections.put(turn.speaker().strip(), written.get(right));
                }
            }
        }
        return corrections;
    }

    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+)+");

    /**
     * The names of two or three capitalised words the text writes outside its turn labels, each as written: whom an
     * introduction or a turn names ("On stage were Teodor Balanescu of …"). None when the turns do not say where
     * their labels are, as the labels could not be told from the rest.
     */
    private static Map<List<String>, String> namesOutsideLabels(String text, List<Turn> turns) {
        StringBuilder unlabelled = new StringBuilder(text);
        for (Turn turn : turns) {
            if (turn.speaker() == null || turn.speaker().isBlank()) {
                continue;
            }
            if (turn.label() == null) {
                return Map.of();
            }
            if (turn.label().start() >= 0 && turn.label().end() <= text.length()) {
                for (int i = turn.label().start(); i < turn.label().end(); i++) {
                    unlabelled.setCharAt(i, ' ');
                }
            }
        }
        Map<List<String>, String> names = new HashMap<>();
        var run = CAPITALISED_RUN.matcher(unlabelled);
        while (run.find()) {
            String[] words = run.group().split("[ \\t]+");
            for (int from = 0; from + 1 < words.length; from++) {
                for (int to = from + 2; to <= Math.min(words.length, from + 3); to++) {
                    String name = String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
                    names.putIfAbsent(PersonName.of(name).tokens(), PersonName.of(name).display());
                }
            }
        }
        return names;
    }

    private static boolean misspells(String text, List<String> rare, List<String> other, int rareTurns) {
        if (rare.size() != other.size() || rare.equals(other)) {
            return false;
        }
        int differing = -1;
        for (int i = 0; i < rare.size(); i++) {
            if (!rare.get(i).equals(other.get(i))) {
                if (differing >= 0) {
                    return false;
                }
                differing = i;
            }
        }
        String wrong = rare.get(differing);
        String meant = other.get(differing);
        return Math.min(wrong.length(), meant.length()) >= MIN_WORD && oneLetterOff(wrong, meant)
                && between(timesWritten(text, wrong), 1, rareTurns);
    }

    private static boolean between(int n, int least, int most) {
        return n >= least && n <= most;
    }

    /** Whole-word occurrences of a name's word, in any case: its labels write it once each. */
    private static int timesWritten(String text, String word) {
        var m = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** One insertion, deletion, substitution or swap of neighbouring letters turns one word into the other. */
    static boolean oneLetterOff(String a, String b) {
        a = a.toLowerCase(Locale.ROOT);
        b = b.toLowerCase(Locale.ROOT);
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int start = 0;
        while (start < Math.min(a.length(), b.length()) && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        if (a.length() != b.length()) {
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            return longer.substring(start + 1).equals(shorter.substring(start));
        }
        if (a.substring(start + 1).equals(b.substring(start + 1))) {
            return true;
        }
        return start + 1 < a.length() && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start)
                && a.substring(start + 2).equals(b.substring(start + 2));
    }
}
