package io.claimstream.analysis.sentences;

import java.util.List;

/**
 * A hard-wrapped file (an e-mail, a PDF's text, a transcript export set at a width) breaks its
 * paragraphs into lines where the writer meant spaces. The analysis reads a paragraph's line
 * breaks as the spaces they stand for, so that "will\ndefinitely" is read as "will definitely" by
 * every pattern; one character for one keeps every offset, so spans still index the submission.
 * Table rows and headings keep their line breaks: there a line is a unit.
 */
public final class LineBreaks {

    private LineBreaks() {
    }

    public static String spacedWithinParagraphs(String text, List<Block> blocks) {
        char[] chars = null;
        for (Block block : blocks) {
            if (block.kind() != BlockKind.PROSE && block.kind() != BlockKind.BULLET) {
                continue;
            }
            for (int i = block.span().start(); i < block.span().end(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    if (chars == null) {
                        chars = text.toCharArray();
                    }
                    chars[i] = ' ';
                }
            }
        }
        return chars == null ? text : new String(chars);
    }
}
