package io.claimstream.analysis.claims;

import java.util.List;

import io.claimstream.analysis.sentences.Block;
import io.claimstream.analysis.sentences.BlockKind;
import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.contracts.ParsedDocument;

/**
 * Tells a summary from an article: a document without speaker turns that is mostly headings,
 * list items and table rows is a write-up of what someone thinks, whose content lines are that
 * person's views; an article is running prose in which only attributed sentences are claims.
 */
public final class DocumentShape {

    private static final double STRUCTURED_SHARE = 0.35;

    private DocumentShape() {
    }

    /**
     * An interview written as questions and unlabelled answers: no speaker turns, and at least two
     * paragraphs that are nothing but questions.
     */
    public static boolean isWrittenInterview(ParsedDocument doc, List<Sentence> sentences, String text) {
        if (!doc.turns().isEmpty()) {
            return false;
        }
        java.util.Map<Block, Boolean> allQuestions = new java.util.LinkedHashMap<>();
        for (Sentence s : sentences) {
            if (s.block().kind() == BlockKind.PROSE) {
                allQuestions.merge(s.block(), s.isQuestion(text), Boolean::logicalAnd);
            }
        }
        return allQuestions.values().stream().filter(Boolean::booleanValue).count() >= 2;
    }

    public static boolean isSummary(ParsedDocument doc, List<Block> blocks) {
        if (!doc.turns().isEmpty() || blocks.isEmpty()) {
            return false;
        }
        long structured = blocks.stream().filter(b -> b.kind() == BlockKind.BULLET || b.kind() == BlockKind.TABLE_ROW
                || b.kind() == BlockKind.TABLE_HEADER || b.kind() == BlockKind.HEADING).count();
        long headings = blocks.stream().filter(b -> b.kind() == BlockKind.HEADING).count();
        return structured >= STRUCTURED_SHARE * blocks.size() && headings >= 2;
    }

    /**
     * A heading, or a paragraph that is one short line ending in no sentence's mark ("Our take", "On cost per token:"):
     * a plain-text document titles its sections so without the parser calling them headings.
     */
    static boolean isHeadingLine(String text, Block block) {
        if (block.kind() == BlockKind.HEADING) {
            return true;
        }
        String line = block.span().of(text).strip();
        // "→ Simulation: solved for locomotion": a labelled line says something after its colon, a title does not
        int colon = line.indexOf(':');
        return block.kind() == BlockKind.PROSE && line.length() <= 70 && line.indexOf('\n') < 0
                && !line.matches(".*[.!?\"”'’)]") && line.split("\\s+").length <= 10
                && (colon < 0 || colon == line.length() - 1) && Character.isLetterOrDigit(line.codePointAt(0));
    }
}
