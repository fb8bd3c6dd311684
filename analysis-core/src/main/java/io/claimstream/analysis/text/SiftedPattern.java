package io.claimstream.analysis.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression for replacing and counting that first looks, in one pass, for the plain
 * pieces one of which any match holds ({@link RequiredPieces}): a sentence without them is
 * returned as it was (as {@link Matcher#replaceAll} returns a text it finds nothing in) or counted
 * zero, without the expression trying every alternative at every position. The answers are those
 * of the {@link Pattern} itself.
 */
public final class SiftedPattern {

    private final Pattern pattern;
    private final RequiredPieces pieces;

    private SiftedPattern(Pattern pattern) {
        this.pattern = pattern;
        this.pieces = RequiredPieces.of(pattern.pattern());
    }

    public static SiftedPattern compile(String regex) {
        return new SiftedPattern(Pattern.compile(regex));
    }

    /** As {@code pattern.matcher(text).replaceAll(replacement)}. */
    public String replaceAll(String text, String replacement) {
        return mayFind(text) ? pattern.matcher(text).replaceAll(replacement) : text;
    }

    /** How many times {@code find} succeeds in {@code text}. */
    public int count(CharSequence text) {
        if (!mayFind(text)) {
            return 0;
        }
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * A matcher for {@code find}: over {@code text}, or over an empty text where {@code text} holds none of the pieces
     * every match holds, so that {@code find} fails at once where it would have failed everywhere. Not for regions.
     */
    public Matcher finder(CharSequence text) {
        return pattern.matcher(mayFind(text) ? text : "");
    }

    /** Whether {@code find} may succeed in {@code text}: false where it holds none of the pieces every match holds. */
    public boolean mayFind(CharSequence text) {
        return pieces == null || pieces.mayMatch(text);
    }

    /** The plain matcher, for the other questions (unsifted). */
    public Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
