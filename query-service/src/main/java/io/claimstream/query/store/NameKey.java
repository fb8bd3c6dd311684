package io.claimstream.query.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which two spellings of a name count as the same person: lower case, hyphens and
 * punctuation removed, tokens sorted. It is the rule the evaluation's {@code name_key} applies, so
 * {@code Luo Fuli}, {@code Fuli Luo} and {@code luo-fuli} meet while {@code Luo} stays apart.
 */
public final class NameKey {

    // like Python's Unicode \w: letters, numbers and underscore survive (combining marks do not)
    private static final Pattern NOT_WORD_OR_SPACE = Pattern.compile("[^\\p{L}\\p{N}_\\s]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private NameKey() {
    }

    public static String of(String name) {
        return String.join(" ", tokens(name));
    }

    /** The sorted tokens of a name; empty for a blank or punctuation-only name. */
    public static List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        String cleaned = NOT_WORD_OR_SPACE.matcher(name.replace("-", "").toLowerCase(Locale.ROOT)).replaceAll("");
        String trimmed = cleaned.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        String[] tokens = SPACES.split(trimmed);
        Arrays.sort(tokens);
        return List.of(tokens);
    }

    /** A name of two or more words identifies someone well enough to merge on; a lone surname does not. */
    public static boolean isDistinctive(String name) {
        return tokens(name).size() >= 2;
    }
}
