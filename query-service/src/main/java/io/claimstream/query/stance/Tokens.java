package io.claimstream.query.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A claim as words, with their text as written (for capitals-only terms) and lower-cased; the
 * {@code n't} of {@code won't}, {@code can't}, {@code doesn't} becomes a word of its own, so
 * that negation is one rule.
 */
record Tokens(List<String> written, List<String> lower, List<Boolean> clauseStart) {

    private static final Pattern ABBREVIATION = Pattern.compile("\\b(\\p{Lu})\\.(\\p{Lu})\\.");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?|[.;:!?,]");

    static Tokens of(String text) {
        List<String> written = new ArrayList<>();
        // U.S., U.K.: an abbreviation's dots are not sentence ends
        String plain = text == null ? "" : ABBREVIATION.matcher(text).replaceAll("$1$2");
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            String word = m.group().replace('’', '\'');
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.endsWith("n't")) {
                String stem = switch (lower) {
                    case "won't" -> "will";
                    case "can't" -> "can";
                    case "shan't" -> "shall";
                    default -> word.substring(0, word.length() - 3);
                };
                written.add(stem);
                written.add("not");
            } else if (lower.endsWith("'s") || lower.endsWith("'re") || lower.endsWith("'ll") || lower.endsWith("'ve")
                    || lower.endsWith("'d") || lower.endsWith("'m")) {
                written.add(word.substring(0, word.indexOf('\'')));
            } else {
                written.add(word);
            }
        }
        List<String> lower = written.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<Boolean> starts = new ArrayList<>();
        for (int i = 0; i < lower.size(); i++) {
            starts.add(i == 0 || lower.get(i - 1).matches("[.;:!?]"));
        }
        return new Tokens(List.copyOf(written), lower, starts);
    }

    int size() {
        return lower.size();
    }

    boolean isPunctuation(int i) {
        return lower.get(i).matches("[.;:!?,]");
    }

    boolean isSentenceEnd(int i) {
        return lower.get(i).matches("[.;:!?]");
    }

    /** The length of {@code term} if it starts at {@code i}, else 0. */
    int match(int i, Term term) {
        if (i + term.words().size() > size()) {
            return 0;
        }
        for (int k = 0; k < term.words().size(); k++) {
            String word = term.words().get(k);
            if (term.exactCase() ? !written.get(i + k).equals(word) : !inflectionOf(lower.get(i + k), word)) {
                return 0;
            }
        }
        return term.words().size();
    }

    /** {@code token} is {@code base} or {@code base} with a common English ending. */
    static boolean inflectionOf(String token, String base) {
        if (token.equals(base)) {
            return true;
        }
        if (!token.startsWith(base) && !(base.endsWith("e") && token.startsWith(base.substring(0, base.length() - 1)))) {
            return false;
        }
        String stem = token.startsWith(base) ? base : base.substring(0, base.length() - 1);
        String ending = token.substring(stem.length());
        // doubled consonant before -ing/-ed/-er: win → winning, lag → lagging
        if (ending.length() > 1 && ending.charAt(0) == base.charAt(base.length() - 1)) {
            ending = ending.substring(1);
        }
        return switch (ending) {
            case "s", "es", "ed", "d", "ing", "er", "ers" -> true;
            default -> false;
        };
    }

    /** A configured word or phrase, ready to match. */
    record Term(String text, List<String> words, boolean exactCase) {

        static Term of(String text) {
            String t = text.strip();
            boolean capitals = t.chars().anyMatch(Character::isLetter) && t.equals(t.toUpperCase(Locale.ROOT));
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(t);
            while (m.find()) {
                words.add(capitals ? m.group() : m.group().toLowerCase(Locale.ROOT));
            }
            return new Term(t, List.copyOf(words), capitals);
        }
    }
}
