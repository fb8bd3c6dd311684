package io.claimstream.parse.text;

/**
 * Reads recording timestamps written at the start of a line: {@code 0:01}, {@code 12:05},
 * {@code 00:01:05}, {@code 00:01:05.120}, optionally in brackets or parentheses, where a clock time may
 * carry its {@code AM}/{@code PM} ({@code [10:32 AM]}) and a bracketed time may be a range whose start it names
 * ({@code [00:00:04.120 --> 00:00:05.300]}).
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
        int meridiem = 0; // 1 for AM, 2 for PM
        if (close != 0) {
            i = rangeEnd(text, i, to);
            int marker = meridiemEnd(text, i, to);
            if (marker > i) {
                meridiem = Character.toLowerCase(text.charAt(Chars.skipSpace(text, i, to))) == 'p' ? 2 : 1;
                i = marker;
            }
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
        if (meridiem != 0) {
            // "[10:32 AM]" (Teams, chat exports): a clock time, hours and minutes
            if (count != 2 || parts[0] < 1 || parts[0] > 12 || parts[1] >= 60) {
                return null;
            }
            long hours = parts[0] % 12 + (meridiem == 2 ? 12 : 0);
            return new Stamp(i, (hours * 3600 + parts[1] * 60) * 1000);
        }
        long seconds = count == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : parts[0] * 60 + parts[1];
        if ((count == 3 && parts[1] >= 60) || parts[count - 1] >= 60) {
            return null;
        }
        return new Stamp(i, seconds * 1000 + millis);
    }

    /**
     * End of the second time of a bracketed range ({@code [00:00:04.120 --> 00:00:05.300]}, {@code [0:04 - 0:09]}), as
     * diarization tools write a segment, or {@code from} when none follows: the segment starts at the first time.
     */
    private static int rangeEnd(CharSequence text, int from, int to) {
        int i = Chars.skipSpace(text, from, to);
        int arrow = i;
        while (arrow < to && arrow - i < 3 && (text.charAt(arrow) == '-' || text.charAt(arrow) == '>'
                || text.charAt(arrow) == '\u2013' || text.charAt(arrow) == '\u2192')) {
            arrow++;
        }
        if (arrow == i) {
            return from;
        }
        int second = Chars.skipSpace(text, arrow, to);
        if (second >= to || !Character.isDigit(text.charAt(second))) {
            return from;
        }
        Stamp until = at(text, second, to);
        return until == null ? from : until.end();
    }

    /** End of an {@code AM}, {@code pm} or {@code a.m.} after optional spaces at {@code from}, or {@code from}. */
    private static int meridiemEnd(CharSequence text, int from, int to) {
        int i = Chars.skipSpace(text, from, to);
        if (i + 1 >= to) {
            return from;
        }
        char first = Character.toLowerCase(text.charAt(i));
        if (first != 'a' && first != 'p') {
            return from;
        }
        int j = i + 1;
        if (text.charAt(j) == '.') {
            j++;
        }
        if (j >= to || Character.toLowerCase(text.charAt(j)) != 'm') {
            return from;
        }
        j++;
        if (j < to && text.charAt(j) == '.' && text.charAt(i + 1) == '.') {
            j++;
        }
        return j;
    }
}
