package io.claimstream.parse.text;

/** Character classes the parser needs, defined once so that every step agrees on them. */
public final class Chars {

    private Chars() {
    }

    /** Whitespace including the no-break and ideographic spaces that copied web text is full of. */
    public static boolean isSpace(char c) {
        if (c <= ' ') {
            return c >= '\t' && c <= '\r' || c >= '\u001C'; // Character.isWhitespace below U+0021, without its table
        }
        if (c < 0x80) {
            return false;
        }
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || c == '\uFEFF' || c == '\u200B';
    }

    /** Han, Hiragana, Katakana or Hangul: scripts that write names without capital letters. */
    public static boolean isCjk(int codePoint) {
        if (codePoint < 0x2E80) {
            return false; // below the CJK radicals: Latin, Greek, Cyrillic, symbols; skips the script lookup
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** First index in {@code [from, to)} that is not a space, or {@code to}. */
    public static int skipSpace(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index just after the last non-space character in {@code [from, to)}, or {@code from}. */
    public static int trimEnd(CharSequence text, int from, int to) {
        int i = to;
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    public static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '…';
    }

    public static boolean isClosingQuote(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == '\u300D' || c == '\u300F';
    }

    /** Written in capitals: no small letter and at least two letters ({@code CEO}, {@code DANA PARK}, {@code BAAI}). */
    public static boolean inCapitals(CharSequence text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
