package io.claimstream.parse.turns;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.text.Line;

/**
 * A post copied from a professional network (LinkedIn) with its comments: each post and each comment opens with
 * the poster's name on a line of its own, perhaps with a badge the page adds ({@code Daniel Adeyemi • 2nd},
 * {@code Farah Qureshi  Author}), then the headline the poster wrote about themselves ({@code VP Engineering at
 * Lumenfold | ex-Stripe}) and how long ago they posted ({@code 3d • Edited}); the text follows. Unlike a thread on
 * X there is no handle, so it is the age under the name that says the line names a poster. The name is the label and
 * the headline's first part its role; the headline, the age, the reaction counts, the Like · Reply buttons and the
 * hashtags are the page's lines, nobody's words.
 */
public final class ProfilePosts {

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'\u2019.-]*";
    private static final Pattern HEADER = Pattern.compile("[ \\t]*(" + NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){1,3}?)"
            + "(?:[ \\t]*[•·][ \\t]*(?:1st|2nd|3rd\\+?|Following|Premium|Verified)|[ \\t]+(?:Author|Creator|Top Voice))*"
            + "[ \\t]*");
    /** How long ago: {@code 3d}, {@code 5h}, {@code 1w}, {@code 2mo}, {@code 1yr}, with what the page adds after it. */
    private static final Pattern AGE = Pattern.compile("[ \\t]*\\d{1,2}[ \\t]?(?:s|m|h|d|w|mo|yr|y)(?:[ \\t]*[•·].*)?[ \\t]*");
    /** Lines the page prints under and around posts: buttons, counts, the comment list's heading, hashtags. */
    private static final Pattern CHROME = Pattern.compile("(?:Like|Celebrate|Support|Love|Insightful|Funny|Reply|Repost"
            + "|Send|Comment)(?:[ \\t]*[·•|][ \\t]*.*)?"
            + "|.*\\d[\\d,.]*[KkMm]?[ \\t]+(?:Reactions?|comments?|reposts?|Replies|Reply|likes?)\\b.*"
            + "|Comments|Most relevant|Most recent|Load more comments|See more|…more|\\.\\.\\.more|See translation"
            + "|Show translation|(?:#[\\p{L}\\d_]+[ \\t]*)+", Pattern.CASE_INSENSITIVE);
    /** Lines between a name and its age that the page may print: the headline, and sometimes a follow button. */
    private static final int MAX_HEADER_LINES = 3;
    private static final int MIN_POSTS = 2;

    private ProfilePosts() {
    }

    /** Whether the text is such a post with its comments: at least two lines name a poster over an age. */
    public static boolean isThread(String text, List<Line> lines) {
        return PostHeaders.atLeast(MIN_POSTS, text, lines, ProfilePosts::read);
    }

    /** The poster whose post or comment line {@code i} heads, with their headline as the role, or null. */
    public static SpeakerLabel read(String text, List<Line> lines, int i) {
        Line line = lines.get(i);
        if (line.isBlank()) {
            return null;
        }
        Matcher m = HEADER.matcher(line.of(text));
        if (!m.matches()) {
            return null;
        }
        String headline = null;
        for (int j = i + 1, seen = 0; j < lines.size() && seen < MAX_HEADER_LINES; j++) {
            if (lines.get(j).isBlank()) {
                continue;
            }
            String next = lines.get(j).of(text).strip();
            if (AGE.matcher(next).matches()) {
                int nameStart = line.start() + m.start(1);
                return new SpeakerLabel(m.group(1), headline == null ? null : role(headline), nameStart,
                        line.start() + m.end(1), line.start(), line.end(), false, null, false,
                        SpeakerLabel.Separator.LINE);
            }
            if (seen++ == 0) {
                headline = next;
            }
        }
        return null;
    }

    /** "VP Engineering at Lumenfold | Building AI agents | ex-Stripe": the position is the part before the first bar. */
    private static String role(String headline) {
        int bar = headline.indexOf('|');
        String role = (bar >= 0 ? headline.substring(0, bar) : headline).strip();
        return role.isEmpty() ? null : role;
    }

    /** Marks each header's headline and age lines, and the page's buttons, counts and hashtags, as metadata. */
    public static void markChrome(String text, List<Draft> drafts) {
        boolean inHeader = false;
        for (Draft draft : drafts) {
            if (draft.label != null) {
                inHeader = true;
                continue;
            }
            String content = draft.of(text).strip();
            if (inHeader) {
                draft.kind = Draft.METADATA;
                inHeader = !AGE.matcher(content).matches(); // the age is the header's last line
            } else if (CHROME.matcher(content).matches()) {
                draft.kind = Draft.METADATA;
            }
        }
    }
}
