package io.claimstream.analysis.sentences;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hard-wrapped file (an e-mail, a PDF's text, a transcript export set at a width) breaks its
 * paragraphs into lines where the writer meant spaces. The analysis reads a paragraph's line
 * breaks as the spaces they stand for, so that "will\ndefinitely" is read as "will definitely" by
 * every pattern; one character for one keeps every offset, so spans still index the submission.
 * Table rows and headings keep their line breaks: there a line is a unit. A court transcript's margin numbers
 * inside a paragraph are layout too.
 */
public final class LineBreaks {

    private LineBreaks() {
    }

    /**
     * A court transcript's paragraph: every line after the first opens with its number in the margin
     * ({@code 17   well.  The licensed data …}). The number is layout, as the line break is, so it reads as spaces.
     */
    private static boolean marginNumbered(String text, int start, int end) {
        int lines = 0;
        for (int i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
            if (!MARGIN.matcher(text).region(i + 1, end).lookingAt()) {
                return false;
            }
            lines++;
        }
        return lines > 0;
    }

    private static final Pattern MARGIN = Pattern.compile("[ \\t]*(\\d{1,2})[ \\t]{2,}(?=\\S)");

    /**
     * The width a hard-wrapped text was set at, or -1 for a text whose lines end where its writer ended them. A
     * greedy wrap breaks a line where the next word would not fit: the line, a space and the next line's first word
     * pass the width. The width is the longest line, and the text counts as wrapped when it is a width such files use
     * and at least {@value #WRAPPED_BREAKS} of its line breaks fall so.
     */
    public static int wrapWidth(String text) {
        String[] lines = LINE_BREAK.split(text, -1);
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, line.strip().length());
        }
        if (width < 40 || width > 100) {
            return -1;
        }
        int wrapped = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i].strip();
            String next = lines[i + 1].strip();
            if (!line.isEmpty() && !next.isEmpty() && line.length() + 1 + next.split("\\s+")[0].length() > width) {
                wrapped++;
            }
        }
        return wrapped >= WRAPPED_BREAKS ? width : -1;
    }

    private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");

    private static final int WRAPPED_BREAKS = 3;

    /**
     * Whether the line break between {@code line} and {@code next} in a text wrapped at {@code width} is the wrap's:
     * the next line's first word would not have fitted on the line.
     */
    public static boolean wrappedBetween(String line, String next, int width) {
        String l = line.strip();
        String n = next.strip();
        return width > 0 && !l.isEmpty() && !n.isEmpty() && l.length() + 1 + n.split("\\s+")[0].length() > width;
    }

    public static String spacedWithinParagraphs(String text, List<Block> blocks) {
        char[] chars = null;
        for (Block block : blocks) {
            if (block.kind() != BlockKind.PROSE && block.kind() != BlockKind.BULLET) {
                continue;
            }
            boolean numbered = marginNumbered(text, block.span().start(), block.span().end());
            for (int i = block.span().start(); i < block.span().end(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    if (chars == null) {
                        chars = text.toCharArray();
                    }
                    chars[i] = ' ';
                    if (numbered && c == '\n') {
                        Matcher m = MARGIN.matcher(text).region(i + 1, block.span().end());
                        if (m.lookingAt()) {
                            for (int j = m.start(1); j < m.end(1); j++) {
                                chars[j] = ' ';
                            }
                        }
                    }
                }
            }
        }
        return chars == null ? text : new String(chars);
    }
}
