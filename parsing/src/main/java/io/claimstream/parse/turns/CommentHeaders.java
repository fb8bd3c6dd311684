package io.claimstream.parse.turns;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.text.Line;

/**
 * The comment section under an article or a newsletter post (Substack, a blog, a news site): each comment opens with
 * the commenter's name, or their handle in lower case ({@code gearhead_ops}), on a line of its own, and the date
 * straight under it ({@code Dec 3}, {@code Dec 3 · Author}, {@code Dec 5 · Operations director, regional 3PL},
 * {@code 3d}); a line naming whom the commenter works for ({@code Kinloch Robotics}) and the page's "Liked by …" may
 * follow before the blank line that opens the comment. The name opens the comment's turn, the text around it keeping
 * its own labels (the post's transcript). The date, the badge after it, the affiliation and the page's buttons (LIKE,
 * REPLY, "Comment deleted", "31 more comments…") are nobody's words; the affiliation, or what the date line says of
 * the commenter, is their role and never a speaker of its own.
 */
public final class CommentHeaders {

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'\u2019.-]*";
    /** A name of one to four capitalised words ("J.K. Odum", "Bram van Dijk"), or a handle in lower case. */
    private static final Pattern NAME = Pattern.compile("[ \\t]*(" + NAME_WORD + "(?:[ \\t]+(?:(?:de|van|von|der|da|del|la|le"
            + "|bin|al)[ \\t]+)*" + NAME_WORD + "){0,3}|[\\p{Ll}\\d][\\p{Ll}\\d_.-]{2,29})[ \\t]*");
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    /** When the comment was posted, and perhaps a badge or the commenter's position after a dot. */
    private static final Pattern DATE = Pattern.compile("[ \\t]*(?:" + MONTH + "[ \\t]+\\d{1,2}(?:,?[ \\t]+\\d{4})?"
            + "|\\d{1,2}[ \\t]+" + MONTH + "(?:[ \\t]+\\d{4})?|\\d{1,2}[ \\t]?(?:m|h|d|w|mo|y|yr)"
            + "|\\d{1,2}[ \\t]+(?:minutes?|hours?|days?|weeks?|months?|years?)[ \\t]+ago|Yesterday|Today)"
            + "(?:[ \\t]*[·•\u2219|][ \\t]*([^\\n]{1,60}?))?[ \\t]*");
    /** What a platform writes after the date about the comment rather than the commenter. */
    private static final Pattern BADGE = Pattern.compile("(?i)(?:Author|Edited|Pinned|Paid|Creator|OP|Moderator|Mod"
            + "|Subscriber|Founding member)");
    /** A line between the date and the comment that names the commenter's company: a few words, no figures. */
    private static final Pattern AFFILIATION = Pattern.compile("[ \\t]*(\\p{L}[^\\d\\n.!?:·•]{1,58})[ \\t]*");
    /** The page's lines in a comment section: buttons with their counts, notices, the list's own headings. */
    private static final Pattern CHROME = Pattern.compile("[ \\t]*(?:(?:LIKE|Like|REPLY|Reply|SHARE|Share)(?:[ \\t]*\\(\\d[\\d,.]*[Kk]?\\))?"
            + "|Liked by [^\\n]{1,60}|Comment deleted|This comment (?:was|has been) deleted|Comment removed"
            + "|\\d[\\d,]* more (?:comments?|replies)(?:\\.\\.\\.|\u2026)?|Load more comments|Show more replies"
            + "|Comments|Restacks|Top|Latest|Discussions)[ \\t]*");
    private static final int MAX_AFFILIATION_LINES = 2;
    private static final int MIN_COMMENTS = 2;

    private CommentHeaders() {
    }

    /**
     * Sets the label of every comment header in {@code labels} (the lines under its name open no turn of their own),
     * if the text has a comment section; whether it has.
     */
    public static boolean relabel(String text, List<Line> lines, SpeakerLabel[] labels) {
        SpeakerLabel[] headers = new SpeakerLabel[lines.size()];
        int found = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (labels[i] == null || labels[i].separator() == SpeakerLabel.Separator.LINE) {
                headers[i] = read(text, lines, i);
                found += headers[i] != null ? 1 : 0;
            }
        }
        if (found < MIN_COMMENTS) {
            return false;
        }
        for (int i = 0; i < headers.length; i++) {
            if (headers[i] != null) {
                labels[i] = headers[i];
                for (int j = i + 1; j < lines.size() && lines.get(j).end() <= headers[i].textStart(); j++) {
                    labels[j] = null; // the date, "Liked by", the company: the header's, not a name of their own
                }
            }
        }
        return true;
    }

    /** The commenter whose comment line {@code i} heads, the header running to its last line, or null. */
    static SpeakerLabel read(String text, List<Line> lines, int i) {
        Line line = lines.get(i);
        if (line.isBlank() || i + 1 >= lines.size() || lines.get(i + 1).isBlank()) {
            return null;
        }
        Matcher name = NAME.matcher(line.of(text));
        Matcher date = DATE.matcher(lines.get(i + 1).of(text));
        if (!name.matches() || !date.matches()) {
            return null;
        }
        String role = date.group(1) == null || BADGE.matcher(date.group(1).strip()).matches() ? null
                : date.group(1).strip();
        int headerEnd = lines.get(i + 1).end();
        int j = i + 2;
        while (j < lines.size() && j <= i + 1 + MAX_AFFILIATION_LINES && !lines.get(j).isBlank()) {
            j++;
        }
        if (j < lines.size() && lines.get(j).isBlank()) {
            // lines between the date and a blank line: the page's "Liked by …", and the commenter's company
            boolean header = true;
            String affiliation = null;
            for (int k = i + 2; k < j && header; k++) {
                String between = lines.get(k).of(text);
                Matcher company = AFFILIATION.matcher(between);
                if (!CHROME.matcher(between).matches() && company.matches()) {
                    affiliation = affiliation == null ? company.group(1).strip() : affiliation;
                } else {
                    header = CHROME.matcher(between).matches();
                }
            }
            if (header) {
                headerEnd = lines.get(j - 1).end();
                role = role == null ? affiliation : role;
            }
        }
        return new SpeakerLabel(name.group(1), role, line.start() + name.start(1), line.start() + name.end(1),
                line.start(), headerEnd, false, null, false, SpeakerLabel.Separator.LINE);
    }

    /** Marks each header's lines under the name, and the page's buttons and notices, as metadata. */
    public static void markChrome(String text, List<Draft> drafts) {
        int headerEnd = -1;
        for (Draft draft : drafts) {
            if (draft.label != null) {
                headerEnd = draft.label.textStart();
                continue;
            }
            if (draft.end <= headerEnd || CHROME.matcher(draft.of(text)).matches()) {
                draft.kind = Draft.METADATA;
            }
        }
    }
}
