package io.claimstream.analysis.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author a byline names near the top of a document ({@code By Mei Tan | August 18},
 * {@code *Posted by Jordan Wells, October 2*}, {@code Interview by Paolo Vance}, a research note's
 * {@code Analyst: Dana Park, CFA}), or, without one, the signer of a letter (a letter to shareholders or an
 * open letter that opens "To our shareholders," or "Dear …," and closes with its writer's name on a line of its
 * own, a title under it). The author asks the questions of a Q&amp;A and holds the first-person views of a
 * column, a blog post or a letter.
 */
public final class Byline {

    /** Bylines sit in the head of a document; further down "by Name" is prose. */
    private static final int HEAD = 800;
    private static final Pattern BYLINE = Pattern.compile("(?m)^[ \\t*_#>\\[]*(?:(?:[Pp]osted|[Ww]ritten|[Ii]nterview(?:ed)?"
            + "|[Rr]eported|[Rr]eporting|[Ww]ords|[Tt]ext|[Ss]tory|[Cc]onducted|[Cc]ompiled|[Pp]repared)[ \\t]+by|By|BY"
            + "|(?:[Ll]ead[ \\t]+)?(?:[Aa]nalyst|[Aa]uthor|[Cc]olumnist|[Ww]riter)[ \\t]*:"
            // a magazine's credits: "Interview and text: Nakamura Aya / Photographs: Okada Jun", "Text: Mia Holt"
            + "|(?:[Ii]nterview|[Tt]ext|[Ww]ords)(?:[ \\t]+(?:and|&)[ \\t]+(?:[Tt]ext|[Ww]ords|[Ii]nterview))?[ \\t]*:)[:]?[ \\t]+"
            + "(\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}\\.?)?(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,2})(?=[ \\t]*(?:$|[,|·•–—*_(/]|and\\b|(?:on|for|in|at)[ \\t]+[\\p{Lu}\\d]))");

    /** A letter's salutation, alone on a line in its head: "To our shareholders, customers and team," or "Dear Ana,". */
    private static final Pattern SALUTATION = Pattern.compile("(?m)^[ \\t*_]*(?:Dear|To)\\b[^\\n.!?:]{1,80},[ \\t*_]*$");
    /** Where a letter's signature is looked for: its last lines, a disclaimer after them included. */
    private static final int TAIL = 700;
    /** A line that is only a person's name: two or three capitalised words, a middle initial allowed. */
    private static final Pattern SIGNATURE = Pattern.compile("[ \\t*_]*(\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}\\.)?"
            + "(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,2})[ \\t*_]*");
    /** Words of a title or a closing that can look like a name on their own line ("Chief Executive", "Best Regards"). */
    static final Pattern NOT_A_NAME = Pattern.compile("(?i).*\\b(?:chief|officer|executive|president|director"
            + "|founder|chair|head|regards|wishes|sincerely|yours|thanks|team|board|company|inc|ltd|letter)\\b.*");

    private Byline() {
    }

    /** "As told to Declan Murtagh", "This as-told-to essay is based on …": a first-person account a journalist wrote down. */
    private static final Pattern AS_TOLD_TO = Pattern.compile("(?i)\\bas[ \\t-]+told[ \\t-]+to\\b");
    private static final String NAME = "\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}\\p{Ll}[\\p{L}'’-]*){1,2}";
    /**
     * Whose account it is, as its standfirst introduces them: by name and age ("Beatriz Saldanha, 47, is co-founder
     * of …") or as the one the conversation was with ("based on a conversation with Ana Ruiz, a 34-year-old …").
     */
    private static final Pattern NARRATOR = Pattern.compile("(" + NAME + "),[ \\t]+(?:aged[ \\t]+)?\\d{2},"
            + "|(?:conversation|interview|interviews)[ \\t]+with[ \\t]+(" + NAME + ")");

    /**
     * The byline's author, else a letter's signer, or null when the text names neither. An account "as told to" a
     * journalist is its subject's, in the first person, whoever wrote it down: its author is the person its standfirst
     * introduces, not the byline.
     */
    public static String author(String text) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        String narrator = narratorOfAnAccount(text, head);
        if (narrator != null) {
            return narrator;
        }
        Matcher m = BYLINE.matcher(head);
        if (m.find()) {
            return m.group(1);
        }
        String sender = memoSender(head);
        if (sender != null) {
            return sender;
        }
        String masthead = mastheadAuthor(head);
        if (masthead != null) {
            return masthead;
        }
        String overDate = nameOverDate(head);
        return overDate != null ? overDate : signer(text);
    }

    /**
     * The labels an author signs their own notes with inside the text they present ({@code [JK: …]} in Jonah Keller's
     * translation of a panel): the author's initials, two or three capitals; empty without an author.
     */
    public static java.util.Set<String> noteMarks(String author) {
        if (author == null) {
            return java.util.Set.of();
        }
        StringBuilder initials = new StringBuilder();
        for (String word : author.strip().split("[ \\t]+")) {
            initials.append(Character.toUpperCase(word.charAt(0)));
        }
        return initials.length() >= 2 && initials.length() <= 3 ? java.util.Set.of(initials.toString())
                : java.util.Set.of();
    }

    /** A memo's or an e-mail's header field other than its sender: "To:", "Re:", "Subject:", "Cc:", "Date:". */
    private static final Pattern MEMO_FIELD = Pattern.compile("(?m)^[ \\t*_]*(?:To|Re|Subject|Cc|CC|Date)[ \\t*_]*:");
    /** "From: Halina Brzeska, Deep Tech team, Kaiyang Capital": the sender, whatever team or address follows the name. */
    private static final Pattern MEMO_SENDER = Pattern.compile("(?m)^[ \\t*_]*From[ \\t*_]*:[ \\t*_]*(" + NAME
            + ")[ \\t*_]*(?=$|[,(<|/;–—-])");

    /**
     * The sender a memo's header names ({@code From: Halina Brzeska, Deep Tech team}), a "To:" or "Re:" field beside
     * it: a memo is written by its sender, whose "we" and "our take" are the sender's team's, told in the sender's name.
     */
    private static String memoSender(String head) {
        if (!MEMO_FIELD.matcher(head).find()) {
            return null;
        }
        Matcher m = MEMO_SENDER.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).replaceAll("[ \\t]+", " ");
        return NOT_A_NAME.matcher(name).matches() || NameRuns.isNeverAName(name.split(" ")[0]) ? null : name;
    }

    private static final String MONTH_NAME = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}*\\.?";
    /**
     * A line that is only a date, as a post's header prints it under its writer ("DEC 5, 2026", "5 December 2026",
     * "2026-12-05"), a weekday before it or a reading time or the post's access after it allowed ("Dec 3, 2026 ∙ Paid",
     * Substack's dot being the bullet operator).
     */
    private static final Pattern DATE_ALONE = Pattern.compile("(?i)[ \\t*_]*(?:\\p{L}+day,?[ \\t]+)?(?:" + MONTH_NAME
            + "[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]+\\d{4}|\\d{1,2}[ \\t]+" + MONTH_NAME + ",?[ \\t]+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2})[ \\t*_]*(?:[·•\u2219|][^\\n]{0,30})?");

    /**
     * The writer a post's header names on a line of their own straight above its date ({@code JONAH KELLER} then
     * {@code DEC 5, 2026}), as a newsletter platform prints it, often in capitals: the name is the post's byline
     * without a "By". A name in capitals is given back in the case a name is written in.
     */
    private static String nameOverDate(String head) {
        String[] lines = head.split("\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            String line = lines[i].strip();
            int next = i + 1;
            while (next < lines.length && lines[next].isBlank() && next - i < 2) {
                next++;
            }
            if (line.isEmpty() || next >= lines.length || !DATE_ALONE.matcher(lines[next]).matches()) {
                continue;
            }
            String name = line.equals(line.toUpperCase(java.util.Locale.ROOT)) ? PersonName.of(line).display() : line;
            Matcher m = SIGNATURE.matcher(name);
            if (m.matches() && !NOT_A_NAME.matcher(name).matches() && !PUBLICATION.matcher(name).matches()
                    && !NameRuns.isNeverAName(name.split("[ \\t]+")[0])) {
                return m.group(1).replaceAll("[ \\t]+", " ");
            }
        }
        return null;
    }

    /** The jobs a film's or a programme's credit line gives one person, before "by". */
    private static final String CREDITED_JOB = "(?:[Ww]ritten|[Dd]irected|[Nn]arrated|[Pp]roduced|[Pp]resented|[Ff]ilmed"
            + "|[Ee]dited|[Rr]eported)";
    /**
     * A credit line of its own, as a film's or a broadcast's end credits write them: "Written, directed and narrated
     * by Odile Marchetti", "Narrated by Ana Ruiz", "Narrator: Ana Ruiz".
     */
    private static final Pattern CREDIT = Pattern.compile("(?m)^[ \\t*_]*(?:(" + CREDITED_JOB + "(?:(?:,[ \\t]*|[ \\t]+and[ \\t]+"
            + "|,[ \\t]+and[ \\t]+)" + CREDITED_JOB + ")*)[ \\t]+by|(Narrator|Narration|Voice[- ]?over)[ \\t]*:)[ \\t]+(" + NAME
            + ")[ \\t*_.]*$");

    /**
     * The person a credit line of the text credits with one of {@code jobs} ("written", "narrated"), or null: the
     * end credits of a film say who made it and whose voice narrates it, which its script writes nowhere else.
     */
    public static String credited(String text, String... jobs) {
        Matcher m = CREDIT.matcher(text);
        while (m.find()) {
            String credited = m.group(1) != null ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "narrated";
            for (String job : jobs) {
                if (credited.contains(job)) {
                    return m.group(3).replaceAll("[ \\t]+", " ");
                }
            }
        }
        return null;
    }

    /** Whose first-person account an "as told to" piece is, or null when the text is no such account. */
    private static String narratorOfAnAccount(String text, String head) {
        if (!AS_TOLD_TO.matcher(text).find()) {
            return null;
        }
        Matcher m = NARRATOR.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("[ \\t]+", " ");
        return NOT_A_NAME.matcher(name).matches() || NameRuns.isNeverAName(name.split(" ")[0]) ? null : name;
    }

    /** Words that end or make a publication's name ("Jiqi Zhixin Weekly", "Margin Notes", "Compute Review"). */
    private static final Pattern PUBLICATION = Pattern.compile("(?i).*\\b(?:weekly|daily|monthly|journal|review|times|post"
            + "|news|newsletter|notes|magazine|digest|report|tribune|herald|gazette|observer|chronicle|insider|bulletin"
            + "|briefing|dispatch|wire|press|media|tech|podcast|show|radio|tv|blog|substack|edition|desk|bureau)\\b.*");

    /** What sets a masthead line's fields apart: a middle dot, a bullet or a bar between spaces. */
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("[ \\t]+[·•|][ \\t]+");
    private static final Pattern DATE = Pattern.compile("(?i).*\\b(?:\\d{4}|\\d{1,2}[ \\t]+(?:jan|feb|mar|apr|may|jun|jul"
            + "|aug|sep|oct|nov|dec)\\p{L}*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?[ \\t]+\\d{1,2})\\b.*");

    /**
     * A newsletter's masthead names its writer without a "By": {@code *Margin Notes* · Dana Park · November 30, 2026},
     * a line of fields set apart by dots or bars, one of them a date and another a person's name alone. A desk's
     * name ("Our Bureau | Pune | Updated: …") opens with a word no name opens with.
     */
    private static String mastheadAuthor(String head) {
        for (String line : head.split("\n")) {
            String[] fields = FIELD_SEPARATOR.split(line.strip());
            if (fields.length < 2 || fields.length > 4
                    || java.util.Arrays.stream(fields).noneMatch(f -> DATE.matcher(f).matches())) {
                continue;
            }
            for (String field : fields) {
                // an italic field is the publication's title ("*Margin Notes*"), not its writer
                Matcher name = SIGNATURE.matcher(field);
                if (!field.startsWith("*") && !field.startsWith("_") && name.matches()
                        && !NOT_A_NAME.matcher(name.group(1)).matches() && !PUBLICATION.matcher(name.group(1)).matches()
                        && !NameRuns.isNeverAName(name.group(1).split("[ \\t]+")[0])) {
                    return name.group(1).replaceAll("[ \\t]+", " ");
                }
            }
        }
        return null;
    }

    /**
     * The name a letter is signed with: a letter opens by addressing its readers and ends with the writer's name on
     * its own line after the last paragraph, a title or a disclaimer at most below it. An e-mail or a post that
     * only ends on a name is not a letter of this kind: its head has no salutation of its own.
     */
    public static String signer(String text) {
        int at = signatureAt(text);
        if (at < 0) {
            return null;
        }
        Matcher name = SIGNATURE.matcher(text.substring(at, lineEnd(text, at)).strip());
        return name.matches() ? name.group(1).replaceAll("[ \\t]+", " ") : null;
    }

    /**
     * Where a letter's signature begins (its writer's name line), or -1 without one: the name, the title under it
     * and anything after them close the letter and say nothing of their own.
     */
    public static int signatureAt(String text) {
        if (!SALUTATION.matcher(text.length() > HEAD ? text.substring(0, HEAD) : text).find()) {
            return -1;
        }
        List<Integer> starts = new ArrayList<>(); // the last lines with text, by where each begins
        for (int at = Math.max(0, text.length() - TAIL); at < text.length(); at = lineEnd(text, at) + 1) {
            if (!text.substring(at, lineEnd(text, at)).isBlank()) {
                starts.add(at);
            }
        }
        // the name is one of the last three lines: a title and a disclaimer may follow it
        for (int i = Math.max(1, starts.size() - 3); i < starts.size(); i++) {
            int at = starts.get(i);
            Matcher name = SIGNATURE.matcher(text.substring(at, lineEnd(text, at)).strip());
            String above = text.substring(starts.get(i - 1), lineEnd(text, starts.get(i - 1))).strip();
            if (name.matches() && !NOT_A_NAME.matcher(name.group(1)).matches() && endsAParagraph(above)) {
                return at;
            }
        }
        return -1;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** The line above a signature closes the letter: a sentence ("Thank you for your trust.") or a valediction ("Sincerely,"). */
    static boolean endsAParagraph(String line) {
        return line.endsWith(".") || line.endsWith("!") || line.endsWith(",");
    }
}
