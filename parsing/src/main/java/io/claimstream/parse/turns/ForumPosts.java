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
 *
 * <p>An issue or pull-request thread copied from a code host (GitHub, Gitea) heads each comment with
 * {@code ana-ruiz commented on Mar 3 • edited}, often over the commenter's badge ({@code Member},
 * {@code Contributor}); between comments the page logs what people did ({@code … added the rfc label on Mar 4},
 * {@code … closed this as completed in #4850}) and under them counts reactions ({@code 👍 14  🚀 3}). The log, the
 * badges and the reactions are the page's; a bot's comment ({@code halyard-bot}, {@code dependabot[bot]}) is the
 * service's, nobody's view. A comment is written in Markdown, so its headings outline it and end no post.
 */
public final class ForumPosts {

    private static final Pattern HEADER = Pattern.compile("^(?:\\[[-–+]\\][ \\t]*)?(?:\\d[\\d,]* points? by[ \\t]+)?"
            + "([\\p{L}\\d][\\p{L}\\d_.-]{1,30})[ \\t]+(?:\\d[\\d,]* points?[ \\t]+)?"
            + "(?:\\d{1,3}[ \\t]+(?:second|minute|hour|day|week|month|year)s?[ \\t]+ago|just now|yesterday)"
            + "(?:[ \\t]*[|·•].*|[ \\t]*\\[[-–+]\\][ \\t]*)?$");
    private static final String HANDLE = "([\\p{L}\\d][\\p{L}\\d_.-]{0,38}(?:\\[bot\\])?)";
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final String WHEN = "(?:on[ \\t]+(?:" + MONTH + "[ \\t]+\\d{1,2}(?:,[ \\t]*\\d{4})?|\\d{1,2}[ \\t]+"
            + MONTH + "(?:[ \\t]+\\d{4})?|\\d{4}-\\d{2}-\\d{2})|\\d{1,3}[ \\t]+(?:second|minute|hour|day|week|month|year)s?"
            + "[ \\t]+ago|yesterday|last[ \\t]+(?:week|month|year))";
    /** A code host's comment header: {@code ana-ruiz commented on Mar 3 • edited}. */
    private static final Pattern ISSUE_HEADER = Pattern.compile("^" + HANDLE + "(?:[ \\t]+bot)?[ \\t]+(?:commented|replied)"
            + "[ \\t]+" + WHEN + "(?:[ \\t]*(?:[•·|][ \\t]*)?\\(?edited\\)?(?:[ \\t]+by[ \\t]+\\S+)?)?[ \\t]*$");
    /** What the page logs between comments: somebody labelled, assigned, linked, closed or opened the issue. */
    private static final Pattern ISSUE_EVENT = Pattern.compile("^(?:(?:Open|Closed|Merged|Draft)[ \\t]+)?" + HANDLE
            + "[ \\t]+(?:opened|closed|reopened|added|removed|mentioned|referenced|linked|self-assigned|assigned"
            + "|unassigned|changed|marked|requested|pushed|merged|locked|unlocked|pinned|transferred|converted)\\b"
            + "(?=.*\\b(?:this|labels?|#\\d+|commits?|title|review)\\b).{0,140}$");
    /** The badge a code host shows beside a commenter's name, copied onto a line of its own. */
    private static final Pattern BADGE = Pattern.compile("^(?:(?:Member|Contributor|Owner|Collaborator|Author"
            + "|First-time contributor|Maintainer|Sponsor|Bot)[ \\t]*)+$");
    /**
     * A line of reaction counts under a post: icons or :codes:, each with its count ({@code 👍 4  🎉 2},
     * {@code 💬 48  🔁 212  ❤️ 1.1K}); SocialPosts reads a thread's count lines with it too.
     */
    static final Pattern REACTIONS = Pattern.compile("^[ \\t]*(?:(?:\\p{So}|:[a-z0-9_+-]+:)\\uFE0F?[ \\t]*\\d[\\d.,]*[KkMm]?[ \\t]*)+$");
    private static final Pattern BOT = Pattern.compile("(?i).*(?:[-_]bot|\\[bot\\])$");
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
            if (!line.isBlank() && (read(text, line) != null || ISSUE_HEADER.matcher(line.of(text)).matches())
                    && ++posts >= MIN_POSTS) {
                return true;
            }
        }
        return false;
    }

    /** The poster this line heads a post of, as a label standing alone on its line, or null. */
    public static SpeakerLabel read(String text, Line line) {
        Matcher m = HEADER.matcher(line.of(text));
        if (!m.matches()) {
            m = ISSUE_HEADER.matcher(line.of(text));
            if (!m.matches() || BOT.matcher(m.group(1)).matches()) {
                return null;
            }
        }
        int nameStart = line.start() + m.start(1);
        int nameEnd = line.start() + m.end(1);
        return new SpeakerLabel(m.group(1), null, nameStart, nameEnd, line.start(), line.end(), false, null, false,
                SpeakerLabel.Separator.LINE);
    }

    /** The issue's title over the line saying who opened it is one paragraph with it, and the page's like it. */
    private static String lastLine(String content) {
        return content.substring(content.lastIndexOf('\n') + 1).strip();
    }

    /**
     * Marks the quotations of a parent post, the buttons, the link bars, a code host's badges, log and reactions as
     * metadata, and a bot's comment down to the next commenter, whose header also closes the turn before it.
     */
    public static void markQuotesAndButtons(String text, List<Draft> drafts) {
        boolean bot = false;
        boolean inPost = false;
        for (Draft draft : drafts) {
            if (draft.label != null) {
                bot = false;
                inPost = true;
                continue;
            }
            if (inPost && draft.kind.equals(Draft.HEADING)) {
                // "## Motivation" inside a comment is the comment's own outline: the post goes on below it
                draft.kind = Draft.METADATA;
                continue;
            }
            String content = draft.of(text).strip();
            Matcher header = ISSUE_HEADER.matcher(content);
            if (header.matches() && BOT.matcher(header.group(1)).matches()) {
                bot = true;
                draft.speakerChange = true;
            }
            if (bot || content.startsWith(">") || BUTTONS.matcher(content).matches()
                    || LINK_BAR.matcher(content).matches() || BADGE.matcher(content).matches()
                    || REACTIONS.matcher(content).matches() || ISSUE_EVENT.matcher(lastLine(content)).matches()) {
                draft.kind = Draft.METADATA;
            }
        }
    }
}
