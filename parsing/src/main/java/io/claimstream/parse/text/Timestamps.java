package io.claimstream.parse.text;

/**
 * Reads recording timestamps written at the start of a line: {@code 0:01}, {@code 12:05},
 * {@code 00:01:05}, {@code 00:01:05.120}, optionally in brackets or parentheses.
 */
public final class Timestamps {

    /** A timestamp that was read: where it ends in the text and the time it names. */
    public record Stamp(int end, long millis) {
    }

    private Timestamps() {
    }

    /** Reads a timestamp starting exactly at {@code from}, or returns null. */
    public static Stamp at(CharSequence text, int from, int to) {
        int i = from;
        char open = i < to ? text.charAt(i) : 0;
        char close = open == '[' ? ']' : open == '(' ? ')' : 0;
        if (close != 0) {
            i++;
        }
        long[] parts = new long[3];
        int count = 0;
        while (count < 3) {
            int digits = 0;
            long value = 0;
            while (i < to && digits < 3 && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
                value = value * 10 + (text.charAt(i) - '0');
                i++;
                digits++;
            }
            if (digits == 0 || (count > 0 && digits != 2)) {
                return null;
            }
            parts[count++] = value;
            if (i < to && text.charAt(i) == ':' && i + 1 < to && Character.isDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (count < 2) {
            return null;
        }
        long millis = 0;
        if (i < to && (text.charAt(i) == '.' || text.charAt(i) == ',') && i + 1 < to && Character.isDigit(text.charAt(i + 1))) {
            i++;
            int digits = 0;
            long fraction = 0;
            while (i < to && Character.isDigit(text.charAt(i)) && digits < 3) {
                fraction = fraction * 10 + (text.charAt(i) - '0');
                i++;
                digits++;
            }
            for (int d = digits; d < 3; d++) {
                fraction *= 10;
            }
            millis = fraction;
        }
        if (close != 0) {
            if (i >= to || text.charAt(i) != close) {
                return null;
            }
            i++;
        }
        // a timestamp stands alone: "12:30pm" or "3:1 odds" are not timestamps
        if (i < to && !Chars.isSpace(text.charAt(i)) && text.charAt(i) != '-' && text.charAt(i) != '\u2013'
                && text.charAt(i) != ']' && text.charAt(i) != '|') {
            return null;
        }
        long seconds = count == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : parts[0] * 60 + parts[1];
        if ((count == 3 && parts[1] >= 60) || parts[count - 1] >= 60) {
            return null;
        }
        return new Stamp(i, seconds * 1000 + millis);
    }
}
