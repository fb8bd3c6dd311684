package io.claimstream.analysis.speakers;

import io.claimstream.analysis.entities.OrganisationWords;
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
            "will", "may", "can",
            // a peer's title is part of the name ("Lord Ashgrove") but names no one peer by itself ("the noble Lord")
            "lord", "baroness", "baron", "viscount", "viscountess", "earl", "countess", "marquess", "marchioness",
            "duke", "duchess", "bishop", "archbishop");

    /** Whether the last of several words is one that only an organisation's name ends in. */
    public boolean endsInOrganisationWord() {
        if (tokens.size() < 2) {
            return false;
        }
        String last = tokens.get(tokens.size() - 1);
        String shown = display.strip();
        int from = shown.length();
        while (from > 0 && !Character.isWhitespace(shown.charAt(from - 1))) {
            from--;
        }
        String writtenLast = shown.substring(from); // the last word as written, without splitting the whole name
        return OrganisationWords.endsOrganisation(writtenLast.equalsIgnoreCase(last) ? writtenLast : last)
                || COMPOUND_ENDING.matcher(last).matches();
    }

    /** "Hanshan Microsystems", "Corda Biotech", "Lumen Nanorobotics": a company's word made on one of those endings. */
    private static final java.util.regex.Pattern COMPOUND_ENDING = java.util.regex.Pattern.compile(
            "\\p{L}{3,}(?:systems|tech|technologies|robotics|networks|dynamics|semiconductors?|computing)");

    /** "the Shenzhen Digital Economy Conference": a gathering, where people speak and which itself says nothing. */
    public boolean namesGathering() {
        return tokens.size() > 1 && OrganisationWords.endsGathering(tokens.get(tokens.size() - 1));
    }

    /** Compiled once: every mention of every name is read through {@link #of}. */
    private static final java.util.regex.Pattern PARENTHESISED = java.util.regex.Pattern.compile("\\s*\\([^)]*\\)");
    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[,:;.]+$");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * A name is read from the same few written forms again and again (each lookup of each mention, each employer of
     * each person it passes): they are remembered, a name being a value of its written form alone.
     */
    private static final java.util.Map<String, PersonName> READ = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 20_000;

    public static PersonName of(String written) {
        PersonName known = READ.get(written);
        if (known != null) {
            return known;
        }
        PersonName read = read(written);
        if (READ.size() >= MAX_REMEMBERED) {
            READ.clear();
        }
        READ.put(written, read);
        return read;
    }

    private static PersonName read(String written) {
        String display = SPACES.matcher(TRAILING_PUNCTUATION.matcher(
                Honorifics.strip(PARENTHESISED.matcher(written).replaceAll(""))).replaceAll("")).replaceAll(" ").strip();
        if (display.length() > 3 && !SourceLabels.isLabel(display) && display.equals(display.toUpperCase(Locale.ROOT))
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

    /** A name written in capitals as a sentence writes it ({@code J.R. OKAFOR}: {@code J.R. Okafor}). */
    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'' || c == '.'; // J.R. OKAFOR: J.R., not J.r.
        }
        return out.toString();
    }

    /** Lower case, letters and digits only ("O’Brien" gives "obrien"). */
    static String normalize(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(lower.length());
        lower.codePoints().filter(PersonName::letterOrNumber).forEach(kept::appendCodePoint);
        return kept.length() == lower.length() ? lower : kept.toString();
    }

    /** {@code \p{L}} or {@code \p{N}}: digits alone would miss Roman numerals and superscripts. */
    private static boolean letterOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** Same tokens in any order (a middle initial aside), or one run together. */
    public boolean sameAs(PersonName other) {
        if (isEmpty() || other.isEmpty()) {
            return false;
        }
        // the counts and lengths compared first decide most pairs (different people) without sorting or joining
        if (tokens.size() == other.tokens.size() && sorted().equals(other.sorted())
                || longTokens() > 1 && longTokens() == other.longTokens()
                && withoutInitials().equals(other.withoutInitials())) {
            return true;
        }
        return letters() == other.letters() && joinedForms().stream().anyMatch(other.joinedForms()::contains);
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

    /** How many tokens are more than an initial: the size of {@link #withoutInitials()}. */
    private int longTokens() {
        int n = 0;
        for (String t : tokens) {
            if (t.length() > 1) {
                n++;
            }
        }
        return n;
    }

    /** The length of the name run together. */
    private int letters() {
        int n = 0;
        for (String t : tokens) {
            n += t.length();
        }
        return n;
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
