package io.claimstream.analysis.sentences;

import java.util.regex.Pattern;

/**
 * The marks a reference work or a web page leaves after a statement: a footnote number in brackets ({@code [9]}), a
 * footnote letter ({@code [b]}), or an editor's flag ({@code [citation needed]}, {@code [according to whom?]}). They
 * point to sources or doubt them and say nothing themselves; one sentence ends before the next begins after them.
 */
public final class CitationMarks {

    /** One mark, as a regular expression. */
    public static final String MARK = "\\[(?:\\d{1,3}|[a-z]{1,4}|citation needed|according to whom\\?|by whom\\?|who\\?"
            + "|when\\?|which\\?|clarification needed|dubious(?: [^\\]]{0,30})?|failed verification|better source needed"
            + "|unreliable source\\?)\\]";

    private static final Pattern MARKS = Pattern.compile(MARK);

    private CitationMarks() {
    }

    /** The text without its citation marks. */
    public static String without(String text) {
        return text.indexOf('[') < 0 ? text : MARKS.matcher(text).replaceAll("");
    }
}
