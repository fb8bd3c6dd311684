package io.claimstream.parse.blocks;

import io.claimstream.parse.turns.SpeakerLabel;

/**
 * A paragraph while the document is being assembled: mutable because turn assignment and the
 * splitting of compact turns refine it after the lines have been grouped.
 */
public final class Draft {

    public static final String TEXT = "text";
    public static final String HEADING = "heading";
    public static final String BULLET = "bullet";
    public static final String TABLE = "table";
    public static final String METADATA = "metadata";

    public int start;
    public int end;
    public String kind;
    /** The speaker label that opens this paragraph, or null. */
    public SpeakerLabel label;
    /** For headings: 1 (title) to 6. */
    public int level;
    /** For headings: marked up or numbered, so it ends a turn even inside one. */
    public boolean strong;
    /** Split out of a paragraph of several short turns; such turns do not run on. */
    public boolean compact;
    /** A sentence like "The following is the transcript": ends the summary, opens the transcript. */
    public boolean transcriptIntro;
    /** Opens with caption chevrons and no name ({@code >> Is that realistic?}): someone else speaks now. */
    public boolean speakerChange;
    /** A script's direction (a scene heading, an action line, a transition, a caption): ends the speech above it. */
    public boolean direction;
    public int firstLine;
    public int lastLine;
    public int turn = -1;

    public Draft(int start, int end, String kind, int line) {
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.firstLine = line;
        this.lastLine = line;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
