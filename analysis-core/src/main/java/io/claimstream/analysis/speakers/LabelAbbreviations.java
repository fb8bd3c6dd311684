package io.claimstream.analysis.speakers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turn labels that abbreviate a name the text writes out once: initials ({@code KT:} for "Kwame Tetteh-Larsen",
 * as print interviews label their speakers after introducing them) and chat handles ({@code raj:} for "Rajesh
 * Bhattacharya", {@code katell.m:} for "Katell Moreau", as a channel export labels its messages).
 */
final class LabelAbbreviations {

    private LabelAbbreviations() {
    }

    /** Two or three capitals and nothing else: {@code KT}, {@code MR}, {@code JDS}. */
    static boolean isInitials(String label) {
        String l = label.strip();
        if (l.length() < 2 || l.length() > 3) {
            return false;
        }
        for (int i = 0; i < l.length(); i++) {
            if (!Character.isUpperCase(l.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** One lower-case word, its parts perhaps joined by dots, underscores or hyphens: {@code raj}, {@code tomas.h}. */
    static boolean isHandle(String label) {
        String l = label.strip();
        return l.length() >= 2 && l.length() <= 32 && Character.isLowerCase(l.charAt(0))
                && l.matches("[\\p{Ll}\\d]+(?:[._-][\\p{Ll}\\d]+)*");
    }

    /**
     * A first name and the initial of a surname, as chat and forum display names cut them: {@code Tomasz K.},
     * {@code Priya S}.
     */
    static boolean isFirstNameAndInitial(String label) {
        return label.strip().matches("\\p{Lu}\\p{Ll}+ \\p{Lu}\\.?");
    }

    /**
     * Whether {@code label} abbreviates the written full name {@code display}: its initials (a hyphenated
     * surname giving one letter or one per part), or a handle made of the name's start or a
     * nickname ending it ({@code raj} for Rajesh, {@code seun} for Oluwaseun), its
     * first name and a start of its surname ({@code dorota.w}, {@code tomas.h}), or its first initial and
     * surname ({@code jokafor}); or a display name cut to the first name and the surname's initial
     * ({@code Tomasz K.}). Accents are ignored: handles are typed without them.
     */
    static boolean abbreviates(String label, String display) {
        List<String> words = words(display);
        if (words.size() < 2) {
            return false;
        }
        String l = label.strip();
        if (isFirstNameAndInitial(l)) {
            String[] parts = fold(l).split(" ");
            return words.size() == 2 && words.get(0).equals(parts[0]) && words.get(1).startsWith(parts[1].substring(0, 1));
        }
        if (isInitials(l)) {
            return initials(words, false).equals(l.toLowerCase(Locale.ROOT))
                    || initials(words, true).equals(l.toLowerCase(Locale.ROOT));
        }
        if (!isHandle(l)) {
            return false;
        }
        String first = joined(words.get(0));
        String last = joined(words.get(words.size() - 1));
        String[] parts = fold(l).replaceAll("\\d+", "").split("[._-]+");
        if (parts.length == 1) {
            String h = parts[0];
            return h.length() >= 3 && first.startsWith(h) || h.length() >= 4 && first.endsWith(h)
                    || h.equals(first + last) || h.equals(first.charAt(0) + last) || h.equals(first + last.charAt(0));
        }
        return parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()
                && (first.startsWith(parts[0]) && last.startsWith(parts[1])
                || parts[0].length() == 1 && first.startsWith(parts[0]) && last.equals(parts[1]));
    }

    /**
     * Whether {@code initials} ("HM", "JHP", "PMa") are the initials a record gives the written name {@code display}
     * to go by: the initials of its parts (each part of a hyphenated name counting), in any order, and perhaps a small
     * letter more, the second of one part, where two members would share them.
     */
    static boolean recordsByInitials(String initials, String display) {
        List<Character> firsts = new ArrayList<>();
        for (char c : initials(words(display), true).toCharArray()) {
            firsts.add(c);
        }
        String capitals = initials.replaceAll("\\p{Ll}$", "");
        if (capitals.length() != firsts.size()) {
            return false;
        }
        for (char c : fold(capitals).toCharArray()) {
            if (!firsts.remove(Character.valueOf(c))) {
                return false;
            }
        }
        if (capitals.length() == initials.length()) {
            return true;
        }
        char extra = initials.charAt(initials.length() - 1);
        return words(display).stream().flatMap(w -> java.util.Arrays.stream(w.split("-")))
                .anyMatch(part -> part.length() > 1 && part.charAt(1) == extra);
    }

    private static List<String> words(String display) {
        List<String> words = new ArrayList<>();
        for (String w : fold(display).split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                words.add(w);
            }
        }
        return words;
    }

    private static String initials(List<String> words, boolean perHyphenPart) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            for (String part : perHyphenPart ? w.split("-") : new String[] {w}) {
                if (!part.isEmpty()) {
                    out.append(part.charAt(0));
                }
            }
        }
        return out.toString();
    }

    private static String joined(String word) {
        return word.replaceAll("[^\\p{L}\\d]", "");
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
