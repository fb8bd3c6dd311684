package io.claimstream.parse.participants;

import io.claimstream.parse.text.Chars;

/**
 * Word boundaries in running text, without a regex or a token list: the participant scan looks
 * only at the few words around each capitalised name, so it walks the characters there and
 * nowhere else. A word holds letters, digits and marks, and keeps an inner hyphen or apostrophe
 * ({@code co-founder}, {@code Xiaomi’s}).
 */
final class Words {

    /** Runs of white space, compiled once: {@code String.split("\\s+")} compiles its pattern on every call. */
    static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private Words() {
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.isSurrogate(c);
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019';
    }

    /** End of the word starting at {@code from}. */
    static int end(String text, int from, int limit) {
        int i = from;
        while (i < limit) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                i++;
            } else if (isJoiner(c) && i + 1 < limit && i > from && isWordChar(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** Start of the word ending at {@code to} (exclusive). */
    static int start(String text, int to, int floor) {
        int i = to;
        while (i > floor) {
            char c = text.charAt(i - 1);
            if (isWordChar(c)) {
                i--;
            } else if (isJoiner(c) && i - 1 > floor && i < to && isWordChar(text.charAt(i - 2))) {
                i--;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * End of the word before {@code at} when only spaces (no line break) separate them, else -1;
     * a period glued to the word ({@code Dr.}) counts as part of it.
     */
    static int previousWordEnd(String text, int at, int floor) {
        int i = at;
        boolean space = false;
        while (i > floor && Chars.isSpace(text.charAt(i - 1))) {
            if (text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r') {
                return -1;
            }
            i--;
            space = true;
        }
        if (!space || i <= floor) {
            return -1;
        }
        if (text.charAt(i - 1) == '.' && i - 1 > floor && isWordChar(text.charAt(i - 2))) {
            return i;
        }
        return isWordChar(text.charAt(i - 1)) ? i : -1;
    }

    /** Start of the word after {@code at} when one or more spaces (no line break) lead to it, else -1. */
    static int nextWordStart(String text, int at, int limit) {
        int i = at;
        while (i < limit && Chars.isSpace(text.charAt(i))) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return -1;
            }
            i++;
        }
        return i > at && i < limit && isWordChar(text.charAt(i)) ? i : -1;
    }

    static boolean startsUpper(String text, int at) {
        int cp = text.codePointAt(at);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** A word of two or more letters, all capitals ({@code CEO}, {@code BAAI}). */
    static boolean isAcronym(String word) {
        return Chars.inCapitals(word);
    }

    static boolean isPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("\u2019s");
    }

    static String withoutPossessive(String word) {
        return isPossessive(word) ? word.substring(0, word.length() - 2) : word;
    }
}
