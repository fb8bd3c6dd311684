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
        int lineStart = 0;
        int i = 0;
        while (i <= n) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                int start = Chars.skipSpace(text, lineStart, i);
                int end = Chars.trimEnd(text, start, i);
                lines.add(new Line(lines.size(), lineStart, start, end));
                if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
            i++;
        }
        return lines;
    }
}
