package io.claimstream.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A regular expression written for {@link String#matches} as {@code .*(A|B|…).*}, "the text holds
 * A or B or …", answered by searching for the middle instead. The answer is the same; the cost is
 * not: {@code matches} backs off from the end one character at a time and tries every alternative
 * at every position, where the search first asks once per position whether a word starts there,
 * the alternatives that begin with {@code \b} being grouped behind one. For the word lists of the
 * claim-type rules that is about four times faster.
 *
 * <p>Top-level alternatives ({@code (?i)^thanks\b.*|.*\bapplause\b.*}) are answered one by one:
 * {@code matches} holds for {@code A|B} exactly when it holds for {@code A} or for {@code B}, so the
 * anchored ones fail at their first characters and only the {@code .*} ones are searched.
 *
 * <p>An expression of another shape (flags other than {@code i}, {@code s} and {@code u}, a
 * back-reference, a flag set in the middle of an alternative) and any text holding a line break
 * where {@code .} does not match one are answered by {@code matches} itself.
 */
public final class Anywhere {

    private final Pattern whole;
    private final Pattern middle;
    private final boolean dotAll;
    /** Pieces one of which any text the expression matches holds, or {@code null}. */
    private final RequiredPieces pieces;
    /** The top-level alternatives, each answered on its own, or {@code null}. */
    private final List<Anywhere> alternatives;

    private Anywhere(Pattern whole, Pattern middle, boolean dotAll) {
        this(whole, middle, dotAll, null);
    }

    private Anywhere(Pattern whole, Pattern middle, boolean dotAll, List<Anywhere> alternatives) {
        this.whole = whole;
        this.middle = middle;
        this.dotAll = dotAll;
        this.alternatives = alternatives;
        this.pieces = RequiredPieces.of(whole.pattern());
    }

    public static Anywhere compile(String regex) {
        Pattern whole = Pattern.compile(regex);
        int flagsEnd = flagsEnd(regex);
        String flags = regex.substring(0, flagsEnd);
        String body = regex.substring(flagsEnd);
        List<String> topLevel = alternatives(body);
        if (topLevel.size() > 1 && SIMPLE_FLAGS.matcher(flags).matches() && !UNREAD_SHAPES.matcher(body).matches()) {
            return new Anywhere(whole, null, false, separately(flags, topLevel));
        }
        boolean supported = flags.replaceAll("[(?)isu]", "").isEmpty() && body.length() >= 4 && body.startsWith(".*")
                && body.charAt(2) != '?' && body.charAt(2) != '+' && body.endsWith(".*")
                && trailingBackslashes(body, body.length() - 2) % 2 == 0
                && !body.matches("(?s).*(\\\\([1-9]|k<|Q)|\\[\\^?]).*");
        String inner = supported ? body.substring(2, body.length() - 2) : null;
        if (inner == null || inner.isEmpty() || alternatives(inner).size() != 1) {
            return new Anywhere(whole, null, false);
        }
        return new Anywhere(whole, Pattern.compile(flags + wordStartsGrouped(inner)), flags.contains("s"));
    }

    /** Whether {@code text} matches the expression as a whole, as {@code Pattern.matches} answers. */
    public boolean in(CharSequence text) {
        if (pieces != null && !pieces.mayMatch(text)) {
            return false;
        }
        if (alternatives != null) {
            for (Anywhere alternative : alternatives) {
                if (alternative.in(text)) {
                    return true;
                }
            }
            return false;
        }
        if (middle == null || !dotAll && hasLineBreak(text)) {
            return whole.matcher(text).matches();
        }
        return middle.matcher(text).find();
    }

    @Override
    public String toString() {
        return whole.pattern();
    }

    /**
     * The alternatives compiled one by one, each with the flags in force where it starts: those
     * before the first and those that opened an earlier alternative (a top-level flag lasts to the
     * end of the expression). {@code null} where splitting could change an answer: a
     * back-reference (its group may sit in another alternative) or a flag set within an alternative.
     */
    private static List<Anywhere> separately(String flags, List<String> topLevel) {
        StringBuilder inForce = new StringBuilder(flags);
        List<Anywhere> compiled = new ArrayList<>(topLevel.size());
        for (String alternative : topLevel) {
            int ownFlags = flagsEnd(alternative);
            if (BACK_REFERENCE.matcher(alternative).matches() || !SIMPLE_FLAGS.matcher(alternative.substring(0, ownFlags)).matches()
                    || UNSCOPED_FLAGS.matcher(alternative.substring(ownFlags)).matches()) {
                return null;
            }
            compiled.add(compile(inForce + alternative));
            inForce.append(alternative, 0, ownFlags);
        }
        return List.copyOf(compiled);
    }

    /** Flags that change neither how the expression is split nor what a part means alone. */
    private static final Pattern SIMPLE_FLAGS = Pattern.compile("(\\(\\?[isu]+\\))*");
    /** Quoting and classes opening with {@code ]}, which the split into alternatives does not read. */
    private static final Pattern UNREAD_SHAPES = Pattern.compile("(?s).*(\\\\Q|\\[\\^?]).*");
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?s).*\\\\([1-9]|k<).*");
    /** A flag group that lasts to the end of the enclosing group ({@code (?i)}, not {@code (?i:…)}). */
    private static final Pattern UNSCOPED_FLAGS = Pattern.compile("(?s).*\\(\\?[a-zA-Z-]+\\).*");

    /** {@code (A|\bB|\bC)} as {@code \b(?:B|C)|A}: one word-boundary test where there were two. */
    private static String wordStartsGrouped(String inner) {
        boolean oneGroup = inner.startsWith("(") && closingParen(inner, 0) == inner.length() - 1;
        if (!oneGroup) {
            return inner;
        }
        String content = inner.startsWith("(?:") ? inner.substring(3, inner.length() - 1)
                : inner.startsWith("(?") ? null : inner.substring(1, inner.length() - 1);
        if (content == null) {
            return inner; // a look-around or a named group: left as written
        }
        StringBuilder atWords = new StringBuilder();
        StringBuilder others = new StringBuilder();
        for (String alternative : alternatives(content)) {
            if (alternative.startsWith("\\b")) {
                atWords.append(atWords.isEmpty() ? "" : "|").append(alternative.substring(2));
            } else {
                others.append("|").append(alternative);
            }
        }
        return atWords.isEmpty() ? inner : "\\b(?:" + atWords + ")" + others;
    }

    /** The top-level alternatives of {@code regex}: split at each {@code |} outside groups and classes. */
    private static List<String> alternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i = atomEnd(regex, i) + 1) {
            char c = regex.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }

    private static int closingParen(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i = atomEnd(regex, i) + 1) {
            char c = regex.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The last index of the character at {@code i}, read whole: an escape with its next character, a class to its {@code ]}. */
    private static int atomEnd(String regex, int i) {
        char c = regex.charAt(i);
        return c == '\\' ? i + 1 : c == '[' ? classEnd(regex, i) : i;
    }

    /** The index of the {@code ]} that closes the character class opened at {@code open}; the length if none does. */
    static int classEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return regex.length();
    }

    private static int flagsEnd(String regex) {
        int end = 0;
        while (regex.startsWith("(?", end) && end + 2 < regex.length() && Character.isLetter(regex.charAt(end + 2))) {
            int close = regex.indexOf(')', end);
            if (close < 0 || !regex.substring(end + 2, close).chars().allMatch(Character::isLetter)) {
                break;
            }
            end = close + 1;
        }
        return end;
    }

    private static int trailingBackslashes(String s, int end) {
        int n = 0;
        while (end - n - 1 >= 0 && s.charAt(end - n - 1) == '\\') {
            n++;
        }
        return n;
    }

    /** The characters {@code .} does not match without DOTALL. */
    private static boolean hasLineBreak(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
