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
            + "|[Rr]eported|[Rr]eporting|[Ww]ords|[Tt]ext|[Ss]tory|[Cc]onducted|[Cc]ompiled)[ \\t]+by|By|BY"
            + "|(?:[Ll]ead[ \\t]+)?(?:[Aa]nalyst|[Aa]uthor|[Cc]olumnist|[Ww]riter)[ \\t]*:)[:]?[ \\t]+"
            + "(\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}\\.?)?(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,2})(?=[ \\t]*(?:$|[,|·•–—*_(/]|and\\b))");

    /** A letter's salutation, alone on a line in its head: "To our shareholders, customers and team," or "Dear Ana,". */
    private static final Pattern SALUTATION = Pattern.compile("(?m)^[ \\t*_]*(?:Dear|To)\\b[^\\n.!?:]{1,80},[ \\t*_]*$");
    /** Where a letter's signature is looked for: its last lines, a disclaimer after them included. */
    private static final int TAIL = 700;
    /** A line that is only a person's name: two or three capitalised words, a middle initial allowed. */
    private static final Pattern SIGNATURE = Pattern.compile("[ \\t*_]*(\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}\\.)?"
            + "(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,2})[ \\t*_]*");
    /** Words of a title or a closing that can look like a name on their own line ("Chief Executive", "Best Regards"). */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i).*\\b(?:chief|officer|executive|president|director"
            + "|founder|chair|head|regards|wishes|sincerely|yours|thanks|team|board|company|inc|ltd|letter)\\b.*");

    private Byline() {
    }

    /** The byline's author, else a letter's signer, or null when the text names neither. */
    public static String author(String text) {
        Matcher m = BYLINE.matcher(text.length() > HEAD ? text.substring(0, HEAD) : text);
        return m.find() ? m.group(1) : signer(text);
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
    private static boolean endsAParagraph(String line) {
        return line.endsWith(".") || line.endsWith("!") || line.endsWith(",");
    }
}
