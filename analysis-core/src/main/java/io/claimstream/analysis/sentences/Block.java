package io.claimstream.analysis.sentences;

import io.claimstream.contracts.Span;

/**
 * A paragraph, list item, table row or heading of the document.
 *
 * @param turn index of the speaker turn holding it, or -1 outside turns
 * @param paragraph index of the parser's paragraph it comes from (blocks of one paragraph share it)
 * @param section heading of the section it sits in, or "" before the first heading
 * @param columns for table rows, the column names of the table's header row; else empty
 */
public record Block(int index, Span span, BlockKind kind, int turn, int paragraph, String section,
                    java.util.List<String> columns) {

    public boolean inTurn() {
        return turn >= 0;
    }
}
