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
 *
 * <p>A question-and-answer site (Zhihu, Quora) heads each answer the same way, the count of its votes standing where
 * the age stands ({@code Lu Hanxiao} over {@code Algorithm engineer at …} over {@code 3,412 people upvoted this
 * answer}); the answer runs, whatever its own numbered headings ("1. Models"), down to the line saying when it was
 * published or edited. A poster's name and headline written again over a later answer head that answer too. A comment
 * under an answer is the name, the comment and a footer saying when, from where and how many liked it ({@code 11-28 ·
 * IP location: Beijing · 87 likes}); a reply is headed {@code Lu Hanxiao (Author) replied to Xu Ran}, the replier's.
 * The footers and the publication lines are the page's, and they close the post above them.
 */
public final class ProfilePosts {

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'\u2019.-]*";
    /** A name's or a pseudonym's small words between its capitalised ones: "Old Cat on Chips", "Ana de la Cruz". */
    private static final String PARTICLES = "(?:(?:on|of|the|de|la|le|van|von|der|da|du|del|di|al|bin)[ \\t]+)*";
    private static final String NAME = "(" + NAME_WORD + "(?:[ \\t]+" + PARTICLES + NAME_WORD + "){1,3}?)";
    private static final Pattern HEADER = Pattern.compile("[ \\t]*" + NAME
            + "(?:[ \\t]*[•·][ \\t]*(?:1st|2nd|3rd\\+?|Following|Premium|Verified)|[ \\t]+(?:Author|Creator|Top Voice))*"
            + "[ \\t]*");
    /** A reply under an answer: {@code Lu Hanxiao (Author) replied to Xu Ran}. */
    private static final Pattern REPLY = Pattern.compile("[ \\t]*" + NAME + "(?:[ \\t]*\\((?:Author|OP)\\)|[ \\t]+Author)?"
            + "[ \\t]+replied[ \\t]+to[ \\t]+\\S.{0,60}");
    /** An answer's votes, where a profile post shows its age: {@code 3,412 people upvoted this answer}, {@code 1.2K upvotes}. */
    private static final Pattern VOTES = Pattern.compile("[ \\t]*\\d[\\d,.]*[KkMm]?[ \\t]+(?:(?:people|users)[ \\t]+"
            + "(?:upvoted|liked|agreed[ \\t]+with)[ \\t]+this[ \\t]+(?:answer|post)|upvotes?)[ \\t]*", Pattern.CASE_INSENSITIVE);
    private static final String DATE = "(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}-\\d{1,2}|\\d{1,2}[ \\t]?(?:s|m|h|d|w|mo|yr|y)"
            + "|\\d{1,2}[ \\t]+\\p{Lu}\\p{Ll}{2,8}(?:[ \\t]+\\d{4})?|\\p{Lu}\\p{Ll}{2,8}[ \\t]+\\d{1,2}(?:,[ \\t]*\\d{4})?)";
    /** A comment's footer: when, from where, how many liked it ({@code 11-28 · IP location: Beijing · 87 likes}). */
    private static final Pattern FOOTER = Pattern.compile("[ \\t]*" + DATE + "(?:[ \\t]*[·•][^·•\\n]{1,40})*?[ \\t]*[·•][ \\t]*"
            + "\\d[\\d,.]*[KkMm]?[ \\t]+likes?[ \\t]*", Pattern.CASE_INSENSITIVE);
    /** The line under an answer saying when it was published or edited, the answer's last. */
    private static final Pattern SIGN_OFF = Pattern.compile("[ \\t]*(?:Published|Edited|Posted|Answered|Updated)[ \\t]+(?:on[ \\t]+)?"
            + DATE + "(?:[ \\t]*[·•].*)?");
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

    /** The poster whose post, answer, comment or reply line {@code i} heads, with their headline as the role, or null. */
    public static SpeakerLabel read(String text, List<Line> lines, int i) {
        Line line = lines.get(i);
        if (line.isBlank()) {
            return null;
        }
        Matcher reply = REPLY.matcher(line.of(text));
        if (reply.matches()) {
            return label(line, reply, null, line.end());
        }
        Matcher m = HEADER.matcher(line.of(text));
        if (!m.matches()) {
            return null;
        }
        SpeakerLabel headed = overAge(text, lines, i, m);
        if (headed != null) {
            return headed;
        }
        if (overCommentAndFooter(text, lines, i)) {
            return label(line, m, null, line.end());
        }
        return headlineRepeated(text, lines, i, m);
    }

    /** The name over a headline and an age (or an answer's votes): the header ends with the age. */
    private static SpeakerLabel overAge(String text, List<Line> lines, int i, Matcher name) {
        String headline = null;
        for (int j = i + 1, seen = 0; j < lines.size() && seen < MAX_HEADER_LINES; j++) {
            if (lines.get(j).isBlank()) {
                continue;
            }
            String next = lines.get(j).of(text).strip();
            if (AGE.matcher(next).matches() || VOTES.matcher(next).matches()) {
                return label(lines.get(i), name, headline == null ? null : role(headline), lines.get(j).end());
            }
            if (seen++ == 0) {
                headline = next;
            }
        }
        return null;
    }

    /** A comment: the name, then one to three lines of it, the last the footer saying when and how many liked it. */
    private static boolean overCommentAndFooter(String text, List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size() && j <= i + MAX_HEADER_LINES + 1 && !lines.get(j).isBlank(); j++) {
            if (FOOTER.matcher(lines.get(j).of(text)).matches()) {
                return j > i + 1;
            }
        }
        return false;
    }

    /**
     * A poster's second answer: their name over the headline that headed their first, without the votes (a page adds
     * "added by the same user" instead). The header ends with the headline.
     */
    private static SpeakerLabel headlineRepeated(String text, List<Line> lines, int i, Matcher name) {
        int j = i + 1;
        if (j >= lines.size() || lines.get(j).isBlank()) {
            return null;
        }
        String poster = lines.get(i).of(text).strip();
        String headline = lines.get(j).of(text).strip();
        for (int k = 0; k + 1 < lines.size(); k++) {
            if (k != i && lines.get(k).of(text).strip().equals(poster)
                    && lines.get(k + 1).of(text).strip().equals(headline)) {
                Matcher other = HEADER.matcher(lines.get(k).of(text));
                if (other.matches() && overAge(text, lines, k, other) != null) {
                    return label(lines.get(i), name, role(headline), lines.get(j).end());
                }
            }
        }
        return null;
    }

    private static SpeakerLabel label(Line line, Matcher name, String role, int headerEnd) {
        return new SpeakerLabel(name.group(1), role, line.start() + name.start(1), line.start() + name.end(1),
                line.start(), headerEnd, false, null, false, SpeakerLabel.Separator.LINE);
    }

    /**
     * "VP Engineering at Lumenfold | Building AI agents | ex-Stripe": the position is the part before the first bar
     * (or semicolon, or middle dot).
     */
    private static String role(String headline) {
        String role = headline.split("[|;·•]", 2)[0].strip();
        return role.isEmpty() ? null : role;
    }

    /**
     * Marks each header's headline and age lines, the page's buttons, counts and hashtags, and the headings an answer
     * outlines itself with, as metadata; a comment's footer and an answer's publication line close the post above them.
     */
    public static void markChrome(String text, List<Draft> drafts) {
        int headerEnd = -1;
        boolean inPost = false;
        for (Draft draft : drafts) {
            if (draft.label != null) {
                headerEnd = draft.label.textStart();
                inPost = true;
                continue;
            }
            String content = draft.of(text).strip();
            if (FOOTER.matcher(content).matches() || SIGN_OFF.matcher(content).matches()) {
                draft.kind = Draft.METADATA;
                draft.speakerChange = true;
                inPost = false;
            } else if (draft.end <= headerEnd || CHROME.matcher(content).matches()) {
                draft.kind = Draft.METADATA; // the headline and the age, on lines of their own under the name
            } else if (inPost && draft.kind.equals(Draft.HEADING)) {
                draft.kind = Draft.METADATA; // "1. Models" inside an answer: its own outline, and the answer goes on
            }
        }
    }
}
