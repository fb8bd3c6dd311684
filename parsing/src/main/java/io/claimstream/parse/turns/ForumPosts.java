package io.claimstream.parse.turns;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.text.Line;

/**
 * A forum or comment thread (Hacker News, Lobsters, old Reddit, a blog's comments): each post opens with a line
 * of its own naming the poster's handle and how long ago they posted ({@code mireille_ops 10 hours ago | parent |
 * next [–]}, {@code 412 points by kvothe 9 hours ago | hide | past}, {@code [–] kvothe 12 points 3 hours ago}).
 * That line is a label standing alone: the post below it, down to the next such line, is the poster's. What a
 * reply quotes from its parent ({@code > …} paragraphs) is the parent's words, not the replier's; the thread's
 * buttons ({@code reply}, {@code [flagged]}) and the page's link bars are the page's.
 */
public final class ForumPosts {

    private static final Pattern HEADER = Pattern.compile("^(?:\\[[-–+]\\][ \\t]*)?(?:\\d[\\d,]* points? by[ \\t]+)?"
            + "([\\p{L}\\d][\\p{L}\\d_.-]{1,30})[ \\t]+(?:\\d[\\d,]* points?[ \\t]+)?"
            + "(?:\\d{1,3}[ \\t]+(?:second|minute|hour|day|week|month|year)s?[ \\t]+ago|just now|yesterday)"
            + "(?:[ \\t]*[|·•].*|[ \\t]*\\[[-–+]\\][ \\t]*)?$");
    /** Buttons and notices a thread prints under or instead of a post. */
    private static final Pattern BUTTONS = Pattern.compile(
            "^(?:reply|\\[(?:flagged|dead|deleted|removed)\\]|(?:reply|permalink|parent|share|report|save|edit|flag)"
                    + "(?:[ \\t]*[|·•][ \\t]*(?:reply|permalink|parent|share|report|save|edit|flag|context|link))+)$",
            Pattern.CASE_INSENSITIVE);
    /** A page's link bar: four or more short items between pipes. */
    private static final Pattern LINK_BAR = Pattern.compile("^[^|\\n]{1,40}(?:\\|[^|\\n]{1,40}){3,}$");
    private static final int MIN_POSTS = 2;

    private ForumPosts() {
    }

    /** Whether the text is a thread: at least two lines head a post. */
    public static boolean isThread(String text, List<Line> lines) {
        int posts = 0;
        for (Line line : lines) {
            if (!line.isBlank() && read(text, line) != null && ++posts >= MIN_POSTS) {
                return true;
            }
        }
        return false;
    }

    /** The poster this line heads a post of, as a label standing alone on its line, or null. */
    public static SpeakerLabel read(String text, Line line) {
        Matcher m = HEADER.matcher(line.of(text));
        if (!m.matches()) {
            return null;
        }
        int nameStart = line.start() + m.start(1);
        int nameEnd = line.start() + m.end(1);
        return new SpeakerLabel(m.group(1), null, nameStart, nameEnd, line.start(), line.end(), false, null, false,
                SpeakerLabel.Separator.LINE);
    }

    /** Marks the quotations of a parent post, the buttons and the link bars as metadata. */
    public static void markQuotesAndButtons(String text, List<Draft> drafts) {
        for (Draft draft : drafts) {
            if (draft.label != null) {
                continue;
            }
            String content = draft.of(text);
            if (content.startsWith(">") || BUTTONS.matcher(content.strip()).matches()
                    || LINK_BAR.matcher(content.strip()).matches()) {
                draft.kind = Draft.METADATA;
            }
        }
    }
}
