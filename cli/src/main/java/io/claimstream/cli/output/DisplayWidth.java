package io.claimstream.cli.output;

/**
 * How many terminal columns text takes. Names and quotes in this domain are often Chinese,
 * Japanese or Korean, whose characters take two columns each; counting {@code char}s would
 * misalign every table that holds one.
 */
public final class DisplayWidth {

    public static final String ELLIPSIS = "…";

    private DisplayWidth() {
    }

    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    static int of(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || codePoint == 0x200B) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    /** East Asian wide and full-width ranges, plus the emoji planes (as terminals draw them). */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** {@code text} if it fits in {@code max} columns, else its head and an ellipsis that do. */
    public static String cut(String text, int max) {
        if (max <= 0) {
            return "";
        }
        if (of(text) <= max) {
            return text;
        }
        int budget = max - 1;
        StringBuilder head = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = of(cp);
            if (used + w > budget) {
                break;
            }
            head.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return head.toString().stripTrailing() + ELLIPSIS;
    }

    public static String padRight(String text, int width) {
        int missing = width - of(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    public static String padLeft(String text, int width) {
        int missing = width - of(text);
        return missing <= 0 ? text : " ".repeat(missing) + text;
    }

    /**
     * One line: a line break or tab, with the blanks around it, becomes one space; other control
     * characters go. Runs of plain spaces stay, because they can carry meaning (a sparkline's zeros).
     */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(text.length());
        boolean breakPending = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
                breakPending |= Character.isWhitespace(c) || c == '\u2028' || c == '\u2029';
                continue;
            }
            if (breakPending) {
                while (line.length() > 0 && line.charAt(line.length() - 1) == ' ') {
                    line.setLength(line.length() - 1);
                }
                if (line.length() > 0 && c != ' ') {
                    line.append(' ');
                }
                if (c == ' ') {
                    continue; // blanks right after a break are part of it
                }
                breakPending = false;
            }
            line.append(c);
        }
        return line.toString().strip();
    }
}
