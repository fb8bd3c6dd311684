package io.claimstream.analysis.speakers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's name as comparable tokens. Two written forms name the same person when they have
 * the same tokens in any order ({@code Lee Kai-fu} / {@code Kai-Fu Lee}), ignoring case, hyphens
 * and titles, or when one is the other run together ({@code Luofuli} / {@code Luo Fuli}). A single
 * word matches a multi-word name when it is one of its tokens (a surname or given name).
 */
public record PersonName(String display, List<String> tokens) {

    /** Words too common to serve as a one-word alias of anybody. */
    private static final Set<String> NOT_ALIASES = Set.of("an", "a", "the", "he", "she", "it", "we", "i", "you",
            "they", "me", "us", "in", "on", "at", "to", "of", "and", "or", "but", "so", "as", "by", "for", "no",
            "yes", "ok", "is", "be", "do", "go", "up", "my", "our", "his", "her", "its", "this", "that",
            "will", "may", "can");

    public static PersonName of(String written) {
        String display = Honorifics.strip(written.replaceAll("\\s*\\([^)]*\\)", "")).replaceAll("[,:;.]+$", "")
                .replaceAll("\\s+", " ").strip();
        if (display.length() > 3 && display.equals(display.toUpperCase(Locale.ROOT))
                && !display.equals(display.toLowerCase(Locale.ROOT))) {
            display = titleCase(display); // transcripts often write labels in capitals: JANE DOE
        }
        List<String> tokens = new ArrayList<>();
        for (String part : display.split(" ")) {
            String t = normalize(part);
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return new PersonName(display, List.copyOf(tokens));
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'';
        }
        return out.toString();
    }

    static String normalize(String word) {
        return word.toLowerCase(Locale.ROOT).replace("-", "").replace("’", "").replace("'", "")
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** Same tokens in any order (a middle initial aside), or one run together. */
    public boolean sameAs(PersonName other) {
        if (isEmpty() || other.isEmpty()) {
            return false;
        }
        if (sorted().equals(other.sorted()) || withoutInitials().size() > 1
                && withoutInitials().equals(other.withoutInitials())) {
            return true;
        }
        return joinedForms().stream().anyMatch(other.joinedForms()::contains);
    }

    /** Whether a one-word mention (surname, given name) can refer to this name. */
    public boolean hasPart(String word) {
        String w = normalize(word);
        return tokens.size() > 1 && !NOT_ALIASES.contains(w) && w.length() >= 2 && tokens.contains(w);
    }

    /** Whether the mention (full, reordered, run together, or one part of it) can name this person. */
    public boolean matches(String mention) {
        PersonName m = of(mention);
        if (m.isEmpty()) {
            return false;
        }
        if (sameAs(m)) {
            return true;
        }
        return m.tokens.size() == 1 && hasPart(m.tokens.get(0));
    }

    private List<String> withoutInitials() {
        return sorted().stream().filter(t -> t.length() > 1).toList();
    }

    private List<String> sorted() {
        String[] copy = tokens.toArray(String[]::new);
        Arrays.sort(copy);
        return List.of(copy);
    }

    /** The name with its tokens run together, in written and reversed order. */
    private Set<String> joinedForms() {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(String.join("", tokens));
        List<String> reversed = new ArrayList<>(tokens);
        java.util.Collections.reverse(reversed);
        forms.add(String.join("", reversed));
        return forms;
    }

    public boolean isSingleWord() {
        return tokens.size() == 1;
    }

    public static boolean canBeAlias(String word) {
        String w = normalize(word);
        return w.length() >= 2 && !NOT_ALIASES.contains(w);
    }
}
