package io.claimstream.analysis.claims;

import java.util.regex.Pattern;

import io.claimstream.analysis.sentences.Block;
import io.claimstream.analysis.sentences.BlockKind;

/**
 * The list of works a page cites, under its "References", "Bibliography" or "Sources" heading, or in the author-date
 * shape such lists use anywhere ({@code 7. Ito, Ken (3 May 2024). "Why chips matter". The Ledger.}). An entry names a
 * work, its author, date and outlet; a quotation in its title is the headline's ("'Cheap chips win', says Lab CEO"),
 * whose saying the body tells where it cites the entry, so the entry itself asserts nothing.
 */
final class ReferenceLists {

    /** The heading of a list of cited works ("References", "## Works cited", "Notes and references"). */
    private static final Pattern SOURCES_HEADING = Pattern.compile("(?i)[#*_\\s\\d.]*(references|notes and references"
            + "|bibliography|select bibliography|sources|works cited|citations|footnotes|endnotes|further reading"
            + "|external links)[*_:\\s]*");

    /** What marks an entry as a citation: a year or a date, a link, or a title in quotation marks. */
    private static final Pattern CITED = Pattern.compile("\\b(1[89]|20)\\d{2}\\b|https?://|www\\.|[\"“][^\"“”]{3,}[\"”]");

    /**
     * {@code Chen, Bo (12 May 2024). "The quiet giant".}, {@code 3. Liu, F. (2021). "From Hefei to Hangzhou".}: an
     * author inverted before the date in brackets and the quoted title, which is how a cited work is written out and
     * never how anybody's words are told.
     */
    private static final Pattern AUTHOR_DATE_TITLE = Pattern.compile("^(\\d{1,3}[.)]\\s+|\\^\\s*)?\\p{Lu}[\\p{L}'’-]+"
            + "(\\s\\p{Lu}[\\p{L}'’-]+)?,\\s\\p{Lu}[\\p{L}.'’ -]{0,30}\\s\\(([\\p{L}\\d ,]{0,20}\\s)?\\d{4}[a-z]?\\)\\.\\s[\"“].*",
            Pattern.DOTALL);

    /** The heading of a document's own notes ("Endnotes", "## Footnotes"), which the text points to by number. */
    private static final Pattern NOTES_HEADING = Pattern.compile("(?i)[#*_\\s\\d.]*(footnotes|endnotes|end ?notes|notes to the text)[*_:\\s]*");

    /** {@code 7. Halden's response to the questionnaire.}: an entry opening on the number the text points to it by. */
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3}[.)]|\\[\\d{1,3}\\]|\\^\\d{0,3})\\s+\\S.*", Pattern.DOTALL);

    private ReferenceLists() {
    }

    /** The block from the start of its line, with the number a list's layout may have set before it. */
    private static String withItsMarker(Block block, String text) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, block.span().start() - 1)) + 1;
        return text.substring(Math.min(lineStart, block.span().start()), block.span().end()).strip();
    }

    /** Whether the block is an entry of a list of cited works. */
    static boolean isEntry(Block block, String text) {
        if (block.inTurn() || !(block.kind() == BlockKind.BULLET || block.kind() == BlockKind.PROSE)) {
            return false;
        }
        String entry = block.span().of(text).strip();
        return SOURCES_HEADING.matcher(block.section()).matches() && CITED.matcher(entry).find()
                || AUTHOR_DATE_TITLE.matcher(entry).matches()
                // "9. The guidance on undertakings is on its website.": under "Endnotes", a numbered entry is a note the
                // text points to, where the text says what it has to say; the note gives the source or the aside
                || NOTES_HEADING.matcher(block.section()).matches() && NUMBERED.matcher(withItsMarker(block, text)).matches();
    }
}
