package io.claimstream.query.corroboration;

/**
 * The paragraph around a sentence: from the blank line before it to the blank line after it,
 * narrowed to a window around the sentence when the paragraph is very long.
 *
 * @param start offset of the context in the document text (UTF-16 code units)
 * @param end   end offset, exclusive
 */
public record ParagraphContext(String text, int start, int end) {

    public static ParagraphContext around(String document, int spanStart, int spanEnd, int maxChars) {
        int length = document.length();
        int from = clamp(spanStart, length);
        int to = Math.max(from, clamp(spanEnd, length));
        int start = paragraphStart(document, from);
        int end = paragraphEnd(document, to);
        if (end - start > maxChars) {
            int room = Math.max(0, maxChars - (to - from)) / 2;
            start = Math.max(start, from - room);
            end = Math.min(end, Math.max(to + room, start + maxChars));
            start = wordStart(document, start, from);
            end = wordEnd(document, end, to);
        }
        while (start < from && Character.isWhitespace(document.charAt(start))) {
            start++;
        }
        while (end > to && Character.isWhitespace(document.charAt(end - 1))) {
            end--;
        }
        return new ParagraphContext(document.substring(start, end), start, end);
    }

    private static int paragraphStart(String text, int from) {
        for (int i = from - 1; i > 0; i--) {
            if (text.charAt(i) == '\n' && blankLineBefore(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int paragraphEnd(String text, int to) {
        for (int i = to; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && blankLineAfter(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    /** True when the line ending at {@code newline} is blank, i.e. only spaces since the previous newline. */
    private static boolean blankLineBefore(String text, int newline) {
        for (int i = newline - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean blankLineAfter(String text, int newline) {
        for (int i = newline + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static int wordStart(String text, int at, int limit) {
        int i = at;
        while (i > 0 && i < limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int at, int limit) {
        int i = at;
        while (i > limit && i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    private static int clamp(int offset, int length) {
        return Math.max(0, Math.min(offset, length));
    }
}
