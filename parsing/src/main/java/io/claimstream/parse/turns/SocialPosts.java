package io.claimstream.parse.turns;

import java.util.List;
import java.util.regex.Pattern;

import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.text.Line;

/**
 * A thread copied from a social network (X, Threads, Bluesky, Mastodon): each post opens with the poster's
 * display name on a line of its own and their handle on the next ({@code Dana Whitfield} over {@code @danawhit},
 * {@code @dana.bsky.social}, {@code @dana@mastodon.social}); the post's text follows below, among the lines the
 * page prints around it (a "·", the date, "Replying to @…", view and like counts). The display name is the label;
 * those lines are the page's, not the poster's. A quote post shows another post inside it, under "Quote": that
 * post's header and its first line are the quoted poster's words repeated, so they neither open a turn nor count
 * as the quoter's words.
 */
public final class SocialPosts {

    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9_][A-Za-z0-9_.-]{0,40}(?:@[A-Za-z0-9.-]+)?");
    private static final int MAX_NAME = 50;
    private static final int MIN_POSTS = 2;
    /** What the page prints around a post: dates, times, counts, buttons. */
    private static final Pattern CHROME = Pattern.compile(
            "[·•]|(?:Replying to|Quote|Quote post|Reposted by|Pinned)\\b.*|@[A-Za-z0-9_][A-Za-z0-9_.@-]*"
                    + "|\\d[\\d.,]*[KkMm]?(?:\\s+(?:Views?|Likes?|Reposts?|Replies|Bookmarks?|Quotes?))?"
                    + "|\\d{1,2}[hms]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{1,2}(?:, \\d{4})?"
                    + "|\\d{1,2}:\\d{2}\\s*[AP]M\\s*[·•].*"
                    + "|(?:Show (?:more )?replies|Show this thread|Show more|Translate post|See new posts|Post|Posts"
                    + "|Conversation|Thread|Discover more|Relevant people|Follow|Subscribe)",
            Pattern.CASE_INSENSITIVE);

    private SocialPosts() {
    }

    /** Whether the text is such a thread: at least two posts open with a name over a handle. */
    public static boolean isThread(String text, List<Line> lines) {
        return PostHeaders.atLeast(MIN_POSTS, text, lines, SocialPosts::read);
    }

    /** The poster whose post line {@code i} heads, as a label standing alone on its line, or null. */
    public static SpeakerLabel read(String text, List<Line> lines, int i) {
        Line line = lines.get(i);
        if (line.isBlank() || line.length() > MAX_NAME || i + 1 >= lines.size()) {
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
     * lines and the first line of text below them.
     */
    public static void markChrome(String text, List<Draft> drafts) {
        boolean inQuote = false;
        for (Draft draft : drafts) {
            if (draft.label != null) {
                inQuote = false;
                continue;
            }
            String content = draft.of(text).strip();
            boolean chrome = CHROME.matcher(content).matches();
            if (chrome || inQuote) {
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
