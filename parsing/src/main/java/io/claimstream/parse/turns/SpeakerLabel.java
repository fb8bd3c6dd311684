package io.claimstream.parse.turns;

/**
 * A speaker label found at the start of a line (or inside a paragraph of compact turns).
 *
 * @param name the name as written, without role, quotes or emphasis
 * @param role the text in parentheses after the name, or null
 * @param nameStart where the name starts in the stored text
 * @param nameEnd where the name ends
 * @param start where the whole label starts (emphasis and timestamp included)
 * @param textStart where the spoken text on the same line starts (the line end when none)
 * @param generic a role-like label ({@code Q}, {@code Interviewer}, {@code Speaker 2}) rather than a name
 * @param startMillis the recording time written before the label ({@code [00:01:05] Name:}), or null
 * @param appositive the role follows the name after a comma ({@code Name, CEO of X:}) rather than in parentheses
 * @param separator what divides the name from the spoken text
 */
public record SpeakerLabel(String name, String role, int nameStart, int nameEnd, int start, int textStart,
                           boolean generic, Long startMillis, boolean appositive, Separator separator) {

    /**
     * What follows the name. A colon says "speaker" by itself; a dash ({@code Dana Park — text}) or a
     * period ({@code Q. text}) also opens sentences and list items, so those need more evidence.
     */
    public enum Separator {
        COLON,
        DASH,
        /** {@code Q. text}, {@code Chair WALSH. text}, and the lettered {@code Q — text}: each needs its counterpart. */
        PERIOD,
        /** The name stands alone on its line, the text below it. */
        LINE
    }

    /** A label written with a colon, the common case. */
    public SpeakerLabel(String name, String role, int nameStart, int nameEnd, int start, int textStart,
                        boolean generic, Long startMillis, boolean appositive) {
        this(name, role, nameStart, nameEnd, start, textStart, generic, startMillis, appositive, Separator.COLON);
    }

    /** Case- and space-insensitive form used to count how often a name is used as a label. */
    public String key() {
        return LabelNames.key(name);
    }
}
