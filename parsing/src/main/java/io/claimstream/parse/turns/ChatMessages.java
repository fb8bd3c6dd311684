package io.claimstream.parse.turns;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.text.Chars;
import io.claimstream.parse.text.Line;

/**
 * A chat channel copied from its client: Discord (and Slack's web client) put the author and the time on a line of
 * their own over each run of messages ({@code Noor Haddad — 12/01/2026 9:41 AM}, {@code dana_w — Today at 10:42}),
 * every line below a message of its own; an IRC log names the nick on every line ({@code [10:42] <dana_w> text}).
 * There the author may be a handle of one word, as no other label is, because the time after the dash (or the nick
 * in angle brackets) says what the line is. A bot's messages ({@code MEE6 APP — …}) are the server's, nobody's
 * view; reactions ({@code 👍 4}), "(edited)" and the client's notices ("… pinned a message") are the page's.
 *
 * <p>A phone's chat export (WhatsApp, Signal) opens every message with its date, time and sender on the message's own
 * line ({@code 24/11/2026, 21:04 - Tom Aldous: text}, {@code [11/24/26, 9:04:13 PM] Tom Aldous: text}); the lines
 * under it, up to the next such line, go on the same message. A sender not in the phone's contacts is shown by number
 * ({@code +44 7700 900412}), which stays the label for the analysis to name; a display name decorated with emoji
 * ({@code Dani 🦊}) is the name without them. The same stamp over no sender is the app's notice ("Tom added Wen",
 * "+44 7700 900412 left"), and a message the export left out ({@code <Media omitted>}, "This message was deleted")
 * says nothing: both are nobody's words, as a poll's options with their counts are.
 */
public final class ChatMessages {

    /** A time, its AM or PM perhaps after the narrow no-break space a phone puts there. */
    private static final String CLOCK = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:[\\s\u00A0\u202F]?[AaPp]\\.?[Mm]\\.?)?";
    private static final Pattern HEADER = Pattern.compile("([\\p{L}\\d][\\p{L}\\d _.'\u2019-]{0,39}?)(\\s+(?:APP|BOT))?"
            + "\\s+[\u2014\u2013-]\\s+(?:(?:Today|Yesterday) at " + CLOCK
            + "|\\d{1,2}/\\d{1,2}/\\d{2,4},?\\s+" + CLOCK + "|\\d{4}-\\d{2}-\\d{2}\\s+" + CLOCK + ")");
    private static final Pattern IRC = Pattern.compile("\\[?(?:\\d{4}-\\d{2}-\\d{2}[ T])?" + CLOCK + "\\]?\\s+<[@+%~&]?"
            + "([\\p{L}\\d_\\[\\]`^{}|.-]{1,30})>\\s+(?=\\S)");
    private static final Pattern CHROME = Pattern.compile("\\(edited\\)|.*\\bpinned a message to this channel\\b.*"
            + "|.*\\b(?:joined the server|started a thread|changed the channel name)\\b.*"
            + "|(?:(?:\\p{So}|:[a-z0-9_+-]+:)\\uFE0F?\\s*\\d+\\s*)+|\\*{0,3}[-*]{3} .*(?:has joined|has quit|has left).*");
    /** A phone export's stamp: the date (either order, any separator), the time, and a dash or the brackets. */
    private static final Pattern EXPORT_STAMP = Pattern.compile("[\u200E\u200F]?(?:\\[\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4},?\\s+"
            + CLOCK + "\\]|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4},?\\s+" + CLOCK + "\\s+[-\u2013\u2014])[ \\t]+(?=\\S)");
    /** The sender before the message's colon: no quotation, no sentence, as a notice's words after the stamp are. */
    private static final Pattern EXPORT_SENDER = Pattern.compile("[\u200E\u200F~ \\t]*([^:\\n\"\u201C\u201D]{1,50}?)"
            + "[ \\t]*:(?:[ \\t]+|$)");
    /** What an export writes in place of a message it left out. */
    private static final Pattern LEFT_OUT = Pattern.compile("(?i)[\u200E]?(?:<Media omitted>|<attached: [^>]+>"
            + "|(?:image|video|audio|sticker|GIF|document) omitted|This message was deleted|You deleted this message"
            + "|null|Missed (?:voice|video) call)[ \\t]*");
    /** Emoji and the like a display name carries after the name: {@code Dani 🦊}. */
    private static final Pattern DECORATION = Pattern.compile("(?:[ \\t]*(?:\\p{So}|\\p{Sk}|\\p{Cs}|[\\uFE0F\\u200D]))+$");
    /** A poll's option with its count, as an export writes a poll into the chat. */
    private static final Pattern POLL_OPTION = Pattern.compile("OPTION: .{1,200}\\(\\d+ votes?\\)");
    private static final int MIN_HEADERS = 2;
    /** A reply's quoted start, or a whole reaction, as a meeting client saves them in its chat. */
    private static final Pattern MEETING_NOTICE = Pattern.compile("\\s*(?:Replying to [\"\u201C][^\"\u201D\\n]{1,80}"
            + "[\"\u201D]|Reacted to [\"\u201C][^\"\u201D\\n]{1,80}[\"\u201D] with \\S{1,12}"
            + "|Removed a \\S{1,12} reaction from [\"\u201C][^\"\u201D\\n]{1,80}[\"\u201D])[ \\t]*(?:\\n|$)");

    private ChatMessages() {
    }

    /** Whether the text is a chat log: at least two lines head messages. */
    public static boolean isLog(String text, List<Line> lines) {
        int headers = 0;
        for (Line line : lines) {
            if (!line.isBlank() && (header(text, line) != null || irc(text, line) != null
                    || EXPORT_STAMP.matcher(line.of(text)).lookingAt()) && ++headers >= MIN_HEADERS) {
                return true;
            }
        }
        return false;
    }

    /** The author whose messages this line heads or holds, or null (also for a bot, whose words are nobody's). */
    public static SpeakerLabel read(String text, Line line) {
        if (line.isBlank()) {
            return null;
        }
        Matcher m = header(text, line);
        if (m != null) {
            if (m.group(2) != null) {
                return null;
            }
            int nameStart = line.start() + m.start(1);
            return new SpeakerLabel(m.group(1), null, nameStart, line.start() + m.end(1), line.start(), line.end(), false,
                    null, false, SpeakerLabel.Separator.LINE);
        }
        Matcher nick = irc(text, line);
        if (nick != null) {
            return new SpeakerLabel(nick.group(1), null, line.start() + nick.start(1), line.start() + nick.end(1),
                    line.start(), line.start() + nick.end(), false, null, false, SpeakerLabel.Separator.COLON);
        }
        return exported(text, line);
    }

    /** The sender of a phone export's message on this line, or null (also for the app's notice). */
    /** The display name without the emoji and the like it carries after the name: "Dani 🦊" is Dani. */
    static String withoutDecoration(String written) {
        Matcher decoration = DECORATION.matcher(written);
        return decoration.find() ? written.substring(0, decoration.start()) : written;
    }

    private static SpeakerLabel exported(String text, Line line) {
        String content = line.of(text);
        Matcher stamp = EXPORT_STAMP.matcher(content);
        if (!stamp.lookingAt()) {
            return null;
        }
        Matcher sender = EXPORT_SENDER.matcher(content).region(stamp.end(), content.length());
        if (!sender.lookingAt() || sender.group(1).contains(". ")) {
            return null;
        }
        String name = withoutDecoration(sender.group(1));
        if (name.isBlank()) {
            return null;
        }
        int nameStart = line.start() + sender.start(1);
        int said = line.start() + sender.end();
        if (LEFT_OUT.matcher(content).region(sender.end(), content.length()).matches()) {
            said = line.end(); // the sender's message, which the export did not keep: no words of theirs
        }
        return new SpeakerLabel(name, null, nameStart, nameStart + name.length(), line.start(), said, false, null,
                false, SpeakerLabel.Separator.COLON);
    }

    /**
     * Marks the client's lines as metadata, and a bot's messages down to the next author, whose header also closes
     * the turn before it (the bot's own header opens none).
     */
    public static void markBotsAndNotices(String text, List<Line> lines, List<Draft> drafts) {
        boolean bot = false;
        for (Draft draft : drafts) {
            if (draft.label != null) {
                bot = false;
                continue;
            }
            String content = draft.of(text).strip();
            Matcher m = HEADER.matcher(content);
            if (m.matches() && m.group(2) != null) {
                bot = true;
                draft.speakerChange = true;
            }
            if (bot || CHROME.matcher(content).matches() || EXPORT_STAMP.matcher(content).lookingAt()
                    || LEFT_OUT.matcher(content).matches() || POLL_OPTION.matcher(content).matches()) {
                // an export's stamp on a line no label took is the app's notice ("Tom added Wen")
                draft.kind = Draft.METADATA;
            }
        }
    }

    /**
     * Marks a meeting client's saved chat notices as metadata: Zoom writes a reply's quoted start on a line of its own
     * over the reply ({@code Replying to "our team cut its…"}) and a reaction as a message of the reacting attendee
     * ({@code Reacted to "Tape is cheaper…" with 👍}); neither is anybody's statement. A reply's notice that the
     * paragraph joined to the reply's first line is split off, so the reply stays a claim of its sender.
     */
    public static List<Draft> markMeetingNotices(String text, List<Draft> drafts) {
        List<Draft> out = null;
        for (int d = 0; d < drafts.size(); d++) {
            Draft draft = drafts.get(d);
            String body = draft.of(text);
            Matcher m = MEETING_NOTICE.matcher(body);
            if (draft.label != null || !m.lookingAt()) {
                if (out != null) {
                    out.add(draft);
                }
                continue;
            }
            if (out == null) {
                out = new java.util.ArrayList<>(drafts.subList(0, d));
            }
            int rest = Chars.skipSpace(text, draft.start + m.end(), draft.end);
            if (rest >= draft.end) {
                draft.kind = Draft.METADATA;
                out.add(draft);
            } else {
                Draft notice = new Draft(draft.start, Chars.trimEnd(text, draft.start, draft.start + m.end()),
                        Draft.METADATA, draft.firstLine);
                out.add(notice);
                draft.start = rest;
                draft.firstLine = Math.min(draft.firstLine + 1, draft.lastLine);
                out.add(draft);
            }
        }
        return out == null ? drafts : out;
    }

    private static Matcher header(String text, Line line) {
        Matcher m = HEADER.matcher(line.of(text));
        return m.matches() ? m : null;
    }

    private static Matcher irc(String text, Line line) {
        Matcher m = IRC.matcher(line.of(text));
        return m.lookingAt() ? m : null;
    }
}
