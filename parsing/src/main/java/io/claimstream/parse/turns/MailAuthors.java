package io.claimstream.parse.turns;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.text.Line;

/**
 * An e-mail thread: each message names its author on a line of its own, the header's
 * {@code From: Ines Carvalho <ines@…>} (Outlook's {@code [mailto:…]} too) or, above a quoted reply,
 * {@code On Tue, 24 Nov 2026 at 09:12, Marcus Leland <marcus@…> wrote:}, behind the reply's own {@code >} marks.
 * Such a line is a label standing alone: what follows, down to the next author, is that person's message. The
 * quote marks ({@code >}, {@code >>}) say how deep a reply is quoted, never that somebody else speaks (as caption
 * chevrons do), so a line's content starts after them, and a line of marks alone is blank. The header's other
 * fields, an Outlook separator and a signature after the {@code --} delimiter are metadata, not the message.
 */
public final class MailAuthors {

    private static final String NAME = "(\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){0,4})";
    private static final String ADDRESS = "(?:<[^<>\\s@]+@[^<>\\s]+>|\\[mailto:[^\\]\\s]+\\]|\\([^()\\s@]+@[^()\\s]+\\))";
    private static final Pattern FROM = Pattern.compile("^From:[ \\t]*\"?" + NAME + "\"?[ \\t]*" + ADDRESS + "?[ \\t]*$");
    private static final Pattern WROTE = Pattern.compile(
            "^On[ \\t].{4,90}?[ \\t,]" + NAME + "[ \\t]*" + ADDRESS + "?[ \\t]*(?:wrote|schrieb|a écrit|escribió):[ \\t]*$");
    /** A clock's or a zone's letters that a "wrote:" line writes just before the name ("2:15 PM Yuki …"). */
    private static final Pattern NOT_A_NAME_WORD = Pattern.compile("(?:[AaPp]\\.?[Mm]\\.?|[A-Z]{2,4}|[Aa]t|[Oo]n)");
    private static final Pattern HEADER_FIELD = Pattern.compile(
            "^(?:To|Cc|CC|Bcc|BCC|Date|Sent|Subject|Reply-To|Importance|Attachments):.*|^-{2,}[ \\t]*(?:Original Message"
                    + "|Forwarded message)[ \\t]*-{2,}.*", Pattern.DOTALL);
    private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^--[ \\t]*(?:\\n.*)?", Pattern.DOTALL);

    private MailAuthors() {
    }

    /**
     * Whether the text is a thread of e-mail messages: some line names a message's author.
     *
     * @param unquoted the text's lines with their quote marks left out ({@link #unquoted})
     */
    public static boolean isThread(String text, List<Line> unquoted) {
        int prose = 0;
        for (Line line : unquoted) {
            if (line.isBlank()) {
                continue;
            }
            if (read(text, line) != null) {
                // an e-mail quoted after paragraphs of the text's own prose (a book, an article) is one quotation in
                // it, not a thread whose messages run to the end
                return prose < PROSE_BEFORE_A_QUOTED_MAIL;
            }
            if (WORD.matcher(line.of(text)).results().count() >= PROSE_WORDS) {
                prose++;
            }
        }
        return false;
    }

    /** Lines of this many words are a paragraph's prose, not a header, a subject or a line of a signature. */
    private static final int PROSE_WORDS = 25;
    /** How many prose lines before the first author line make it an e-mail quoted in the text. */
    private static final int PROSE_BEFORE_A_QUOTED_MAIL = 3;
    private static final Pattern WORD = Pattern.compile("\\S+");

    /** The lines with their quote marks left out: content starts after them, a line of marks only is blank. */
    public static List<Line> unquoted(String text, List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            int i = line.start();
            while (i < line.end() && (text.charAt(i) == '>' || (i > line.start() && text.charAt(i) == ' '))) {
                i++;
            }
            out.add(i == line.start() ? line : new Line(line.index(), line.lineStart(), i, i >= line.end() ? i : line.end()));
        }
        return out;
    }

    /** The author this line names, as a label standing alone on its line, or null. */
    public static SpeakerLabel read(String text, Line line) {
        String content = line.of(text);
        Matcher m = FROM.matcher(content);
        if (!m.matches()) {
            m = WROTE.matcher(content);
            if (!m.matches()) {
                return null;
            }
        }
        int nameStart = line.start() + m.start(1);
        int nameEnd = line.start() + m.end(1);
        String[] words = m.group(1).split("[ \\t]+");
        int skip = 0;
        while (skip < words.length - 1 && NOT_A_NAME_WORD.matcher(words[skip]).matches()) {
            nameStart = text.indexOf(words[skip + 1], nameStart + words[skip].length());
            skip++;
        }
        if (words.length - skip < 2 && !content.startsWith("From:")) {
            return null; // "On Monday, Team wrote:" names nobody
        }
        return new SpeakerLabel(text.substring(nameStart, nameEnd), null, nameStart, nameEnd, line.start(), line.end(),
                false, null, false, SpeakerLabel.Separator.LINE);
    }

    /** A header's author line, whatever follows the field's name ("From: T. Okafor", "From: the desk"). */
    private static final Pattern ANY_FROM = Pattern.compile("^From:[ \\t]*\\S.*", Pattern.DOTALL);

    /**
     * Marks as metadata the header of an e-mail quoted in a text that is no thread ("From: …", "To: …", "Subject: …"
     * over the message a book or an article quotes): a run of paragraphs whose every line is a header field, two
     * fields at least, whether the layout gave each field a paragraph or joined them in one.
     */
    public static void markQuotedHeaders(String text, List<Draft> drafts) {
        int runStart = 0;
        int fields = 0;
        for (int i = 0; i <= drafts.size(); i++) {
            int these = i < drafts.size() ? headerFields(drafts.get(i).of(text)) : 0;
            if (these > 0) {
                fields += these;
                continue;
            }
            if (fields >= 2) {
                for (int j = runStart; j < i; j++) {
                    drafts.get(j).kind = Draft.METADATA;
                }
            }
            runStart = i + 1;
            fields = 0;
        }
    }

    /** How many header fields the paragraph is made of, or 0 when any of its lines is something else. */
    private static int headerFields(String paragraph) {
        int fields = 0;
        for (String line : paragraph.strip().split("\\R")) {
            String field = line.strip();
            if (field.isEmpty()) {
                continue;
            }
            if (!HEADER_FIELD.matcher(field).matches() && !ANY_FROM.matcher(field).matches()) {
                return 0;
            }
            fields++;
        }
        return fields;
    }

    /**
     * Marks the header's other fields and the signatures as metadata: a signature runs from its {@code --}
     * delimiter to the next message.
     */
    public static void markHeadersAndSignatures(String text, List<Draft> drafts) {
        boolean signature = false;
        for (Draft draft : drafts) {
            if (draft.label != null) {
                signature = false;
                continue;
            }
            String content = draft.of(text);
            signature |= SIGNATURE_DELIMITER.matcher(content).matches();
            if (signature || HEADER_FIELD.matcher(content).matches()) {
                draft.kind = Draft.METADATA;
            }
        }
    }
}
