package io.claimstream.analysis.sentences;

/** What a block of the document is, which decides whether and how it can hold claims. */
public enum BlockKind {
    /** Running text: paragraphs of an article or of a speaker's turn. */
    PROSE,
    HEADING,
    /** A list item, its marker stripped. */
    BULLET,
    /** The first row of a table: column names, never a claim. */
    TABLE_HEADER,
    /** A table row, its cells as one unit. */
    TABLE_ROW,
    /** Captions, bylines, sources, dates: about the document, not in it. */
    METADATA;

    public boolean canHoldClaims() {
        return this == PROSE || this == BULLET || this == TABLE_ROW;
    }
}
