package io.claimstream.analysis.sentences;

import java.util.List;

import io.claimstream.analysis.text.Token;
import io.claimstream.contracts.Span;

/**
 * One sentence (or table row) of the document with its tokens.
 *
 * @param index position in the document's sentence list
 * @param first whether it opens its block
 * @param last whether it closes its block
 */
public record Sentence(int index, Span span, Block block, List<Token> tokens, boolean first, boolean last) {

    public String text(String documentText) {
        return span.of(documentText);
    }

    /** Ends with a question mark, before any closing quote, bracket or emphasis marks. */
    public boolean isQuestion(String documentText) {
        String t = CLOSING_MARKS.matcher(span.of(documentText).strip()).replaceAll("");
        return t.endsWith("?");
    }

    private static final java.util.regex.Pattern CLOSING_MARKS = java.util.regex.Pattern.compile("[\"”’'*_)\\]]+$");
}
