package io.claimstream.parse.blocks;

/** What a single non-blank line looks like on its own. */
public enum LineKind {
    TEXT,
    /** A line that is a heading by its markup ({@code #}, numbering) or its title case. */
    HEADING,
    BULLET,
    /** {@code 1. …}: a list item or a numbered heading, depending on its neighbours. */
    NUMBERED,
    TABLE_ROW,
    /** Notes, sources, captions, bylines, bare URLs and dates: about the document, not in it. */
    METADATA,
    /** A horizontal rule ({@code ---}, {@code ***}): separates, holds no text. */
    RULE
}
