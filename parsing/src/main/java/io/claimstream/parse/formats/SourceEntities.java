package io.claimstream.parse.formats;

import org.jsoup.parser.Parser;

/**
 * Lines up the decoded text of an HTML text node with the source it was parsed from, so that each
 * decoded character maps to what was written: itself, or the whole character reference
 * ({@code &amp;}, {@code &#8217;}, {@code &not} without its semicolon) it was decoded from.
 */
final class SourceEntities {

    /** Longest reference looked at: named references run to 32 characters with {@code &} and {@code ;}. */
    private static final int MAX_REFERENCE = 40;

    private SourceEntities() {
    }

    /** Appends {@code decoded} to {@code out}, read from {@code source[from, to)}. */
    static void align(String decoded, String source, int from, int to, MappedText out) {
        int i = 0;
        int j = from;
        while (i < decoded.length()) {
            if (j >= to) {
                out.appendInsertedAt(decoded.substring(i), to); // the parser made more than the source holds
                return;
            }
            char s = source.charAt(j);
            char d = decoded.charAt(i);
            if (s == '&') {
                int end = referenceEnd(decoded, i, source, j, to);
                if (end > 0) {
                    String value = Parser.unescapeEntities(source.substring(j, end), false);
                    out.append(value, j, end);
                    i += value.length();
                    j = end;
                    continue;
                }
            }
            if (s != d && (s == '\r' || s == '\n' && i == 0)) {
                j++; // a carriage return the parser dropped before its line feed, or the line break opening a <pre>
                continue;
            }
            out.append(d, j, j + 1); // the character itself, or one the parser replaced (NUL): same place
            i++;
            j++;
        }
    }

    /**
     * End of the character reference at {@code source[at]} whose value {@code decoded} holds at
     * {@code i}, or -1 when the ampersand is a literal one.
     */
    private static int referenceEnd(String decoded, int i, String source, int at, int to) {
        int limit = Math.min(to, at + MAX_REFERENCE);
        int semicolon = -1;
        for (int k = at + 1; k < limit; k++) {
            char c = source.charAt(k);
            if (c == ';') {
                semicolon = k;
                break;
            }
            if (!(Character.isLetterOrDigit(c) || c == '#')) {
                break;
            }
        }
        if (semicolon > at + 1 && decodesTo(source, at, semicolon + 1, decoded, i)) {
            return semicolon + 1;
        }
        for (int end = at + 2; end <= limit; end++) { // a legacy reference without semicolon: the shortest that decodes
            char last = source.charAt(end - 1);
            if (!(Character.isLetterOrDigit(last) || last == '#')) {
                break;
            }
            if (decodesTo(source, at, end, decoded, i)) {
                return end;
            }
        }
        return -1;
    }

    private static boolean decodesTo(String source, int from, int to, String decoded, int i) {
        String raw = source.substring(from, to);
        String value = Parser.unescapeEntities(raw, false);
        return !value.isEmpty() && value.length() < raw.length() && decoded.startsWith(value, i);
    }
}
