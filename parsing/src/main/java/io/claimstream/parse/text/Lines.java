package io.claimstream.parse.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Line}s at LF, CRLF and CR, keeping exact offsets. */
public final class Lines {

    private Lines() {
    }

    public static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>(Math.max(16, text.length() / 60));
        int n = text.length();
        boolean lineFeedsOnly = text.indexOf('\r') < 0;
        int lineStart = 0;
        while (lineStart <= n) {
            // indexOf is vectorised by the JIT; most texts end their lines with LF alone
            int i = lineFeedsOnly ? text.indexOf('\n', lineStart) : nextBreak(text, lineStart);
            if (i < 0) {
                i = n;
            }
            int start = Chars.skipSpace(text, lineStart, i);
            int end = Chars.trimEnd(text, start, i);
            lines.add(new Line(lines.size(), lineStart, start, end));
            if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            lineStart = i + 1;
        }
        return lines;
    }

    /** Where the next line break (LF or CR) at or after {@code from} is, or -1. */
    public static int nextBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }
}
