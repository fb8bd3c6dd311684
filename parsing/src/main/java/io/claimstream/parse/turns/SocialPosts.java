package io.claimstream.parse.turns;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.text.Chars;
import io.claimstream.parse.text.Line;

/**
 * A thread copied from a social network (X, Threads, Bluesky, Mastodon): each post opens with the poster's
 * display name on a line of its own and their handle on the next ({@code Dana Whitfield} over {@code @danawhit},
 * {@code @dana.bsky.social}, {@code @dana@mastodon.social}), or with both on one line with the post's date after a
 * dot, as a thread export writes them ({@code Dana Whitfield 🌱 (@dana.bsky.social) · 3 Mar 2026, 09:02},
 * {@code Dana Whitfield @danawhit · 3h}), replies indented by how deep they nest. The post's text follows below,
 * among the lines the page prints around it (a "·", the date, "Replying to @…", "↳ replying to @…", view, like and
 * reply counts, alt text, a link card). The display name, without the emoji it is decorated with, is the label;
 * those lines are the page's, not the poster's.
 *
 * <p>A quote post shows another post inside it. Under "Quote", that post's header and its first line are the quoted
 * poster's words repeated, so they neither open a turn nor count as the quoter's words. An export that draws the
 * quoted post in a box ({@code ┌ Quote post ──}, {@code │ Qinghe Lab (@qinghe.bsky.social) · 18 Nov}, {@code │ text},
 * {@code └──}) shows it whole: the box's header opens the quoted poster's turn, its lines are theirs, and the box's
 * end closes it; a line the box cuts short with "…" is a preview of a post shown elsewhere, nobody's claim here.
 */
public final class SocialPosts {

    private static final String HANDLE_TEXT = "@[A-Za-z0-9_][A-Za-z0-9_.-]{0,40}(?:@[A-Za-z0-9.-]+)?";
    private static final Pattern HANDLE = Pattern.compile(HANDLE_TEXT);
    /** The side of a box a thread export draws around a quoted post, and the indentation before it. */
    private static final String BOX_SIDE = "[ \\t]*(?:\u2502[ \\t]*)?";
    /**
     * A post's header on one line: the display name, the handle (in brackets or not) and, after a dot, when it was
     * posted ({@code 20 Nov 2026, 21:02}, {@code 3h}, {@code Mar 3}): the date says the line heads a post.
     */
    private static final Pattern ONE_LINE = Pattern.compile(BOX_SIDE + "([^@()\\n\u2502]{1,60}?)[ \\t]*(?:\\(" + HANDLE_TEXT
            + "\\)|" + HANDLE_TEXT + ")[ \\t]*[·•][ \\t]*[^\\n]{0,30}\\d[^\\n]{0,30}");
    private static final int MAX_NAME = 50;
    private static final int MAX_NAME_WORDS = 6;
    private static final int MIN_POSTS = 2;
    /** What the page prints around a post: dates, times, counts, buttons, alt text, a notice for a post not shown. */
    private static final Pattern CHROME = Pattern.compile(
            "[·•]|(?:[\u21b3\u21aa\u2937][ \\t]*)?(?:Replying to|Quote|Quote post|Reposted by|Pinned)\\b.*"
                    + "|@[A-Za-z0-9_][A-Za-z0-9_.@-]*"
                    + "|\\d[\\d.,]*[KkMm]?(?:\\s+(?:Views?|Likes?|Reposts?|Replies|Bookmarks?|Quotes?))?"
                    + "|\\d{1,2}[hms]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{1,2}(?:, \\d{4})?"
                    + "|\\d{1,2}:\\d{2}\\s*[AP]M\\s*[·•].*"
                    + "|(?:Show (?:more )?replies|Show \\d+ more repl(?:y|ies)|Show this thread|Show more|Translate post"
                    + "|See new posts|Post|Posts|Conversation|Thread|Discover more|Relevant people|Follow|Subscribe)"
                    + "|\\[(?:image|photo|video|gif)\\].*|ALT:.*|(?:Quote )?post unavailable\\b.*"
                    // a link card: the address alone, perhaps after a link icon
                    + "|(?:\\p{So}\\uFE0F?[ \\t]*)?(?:https?://)?[\\w-]+(?:\\.[\\w-]+)+(?:/\\S*)?",
            Pattern.CASE_INSENSITIVE);
    /** A rule the export draws across the page, perhaps around a heading of its own ("━━ Replies ━━", "└────"). */
    private static final Pattern RULE = Pattern.compile("[ \\t]*[\u250c\u2514]?[\u2500-\u257f=~]{3,}[^\\n]*|[ \\t]*[\u250c\u2514\u2500-\u257f]"
            + "[ \\t]*[\\p{L} ()\\d]{0,30}[\u2500-\u257f]{3,}[ \\t]*");

    private SocialPosts() {
    }

    /** Whether the text is such a thread: at least two posts open with a name over a handle, or beside it. */
    public static boolean isThread(String text, List<Line> lines) {
        return PostHeaders.atLeast(MIN_POSTS, text, lines, SocialPosts::read);
    }

    /** The poster whose post line {@code i} heads, as a label standing alone on its line, or null. */
    public static SpeakerLabel read(String text, List<Line> lines, int i) {
        Line line = lines.get(i);
        if (line.isBlank()) {
            return null;
        }
        Matcher oneLine = ONE_LINE.matcher(line.of(text));
        if (oneLine.matches()) {
            return oneLine(line, oneLine);
        }
        if (line.length() > MAX_NAME || i + 1 >= lines.size()) {
            return null;
        }
        String name = line.of(text).strip();
        if (name.startsWith("@") || CHROME.matcher(name).matches() || ".!?:".indexOf(name.charAt(name.length() - 1)) >= 0
                || !HANDLE.matcher(lines.get(i + 1).of(text).strip()).matches() || quoted(text, lines, i)) {
            return null;
        }
        int nameStart = line.start() + line.of(text).indexOf(name);
        return new SpeakerLabel(name, null, nameStart, nameStart + name.length(), line.start(), line.end(), false, null,
                false, SpeakerLabel.Separator.LINE);
    }

    /** The display name before the handle, without its decoration, if it reads as a name and not as a sentence. */
    private static SpeakerLabel oneLine(Line line, Matcher header) {
        String written = header.group(1);
        String name = ChatMessages.withoutDecoration(written.strip()).strip();
        if (name.isEmpty() || name.length() > MAX_NAME || !Character.isLetter(name.codePointAt(0))
                || ".!?:,;".indexOf(name.charAt(name.length() - 1)) >= 0
                || name.split("[ \\t]+").length > MAX_NAME_WORDS) {
            return null;
        }
        int nameStart = line.start() + header.start(1) + written.indexOf(name);
        return new SpeakerLabel(name, null, nameStart, nameStart + name.length(), line.start(), line.end(), false, null,
                false, SpeakerLabel.Separator.LINE);
    }

    /** The header sits under "Quote": the post of someone else that a quote post shows inside it. */
    private static boolean quoted(String text, List<Line> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!lines.get(j).isBlank()) {
                String previous = lines.get(j).of(text).strip();
                return previous.equalsIgnoreCase("Quote") || previous.equalsIgnoreCase("Quote post");
            }
        }
        return false;
    }

    /**
     * Marks the page's lines as metadata, and the quoted post of a quote post: after "Quote", the quoted header's
     * lines and the first line of text below them. A boxed quoted post's lines cut short are previews, and the box's
     * end closes the quoted poster's turn.
     */
    public static void markChrome(String text, List<Draft> drafts) {
        boolean inQuote = false;
        for (Draft draft : drafts) {
            if (draft.label != null) {
                inQuote = false;
                continue;
            }
            String content = draft.of(text).strip();
            boolean boxed = content.startsWith("\u2502");
            if (boxed) {
                // the box's side is drawing, not text: the line's words start after it
                draft.start = Chars.skipSpace(text, text.indexOf('\u2502', draft.start) + 1,
                        draft.end);
                content = draft.of(text).strip();
            }
            boolean chrome = CHROME.matcher(content).matches() || ForumPosts.REACTIONS.matcher(content).matches();
            if (RULE.matcher(content).matches()) {
                draft.kind = Draft.METADATA;
                draft.speakerChange = content.startsWith("\u2514"); // the end of a quoted post's box
                continue;
            }
            if (chrome || inQuote || boxed && (content.endsWith("\u2026") || content.endsWith("..."))) {
                draft.kind = Draft.METADATA;
            }
            if (content.equalsIgnoreCase("Quote") || content.equalsIgnoreCase("Quote post")) {
                inQuote = true;
            } else if (inQuote && !chrome && !(content.length() <= MAX_NAME && isAHeaderName(text, drafts, draft))) {
                inQuote = false; // the quoted post's text: what follows is the quoter's again
            }
        }
    }

    /** The draft is a name over a handle, inside a quote where it opens no turn. */
    private static boolean isAHeaderName(String text, List<Draft> drafts, Draft draft) {
        int k = drafts.indexOf(draft);
        return k + 1 < drafts.size() && HANDLE.matcher(drafts.get(k + 1).of(text).strip()).matches();
    }
}
