package io.claimstream.analysis.speakers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author a byline names near the top of a document ({@code By Mei Tan | August 18},
 * {@code *Posted by Jordan Wells, October 2*}, {@code Interview by Paolo Vance}, a research note's
 * {@code Analyst: Dana Park, CFA}). The author
 * asks the questions of a Q&amp;A and holds the first-person views of a column or blog post.
 */
public final class Byline {

    /** Bylines sit in the head of a document; further down "by Name" is prose. */
    private static final int HEAD = 800;
    private static final Pattern BYLINE = Pattern.compile("(?m)^[ \\t*_#>\\[]*(?:(?:[Pp]osted|[Ww]ritten|[Ii]nterview(?:ed)?"
            + "|[Rr]eported|[Rr]eporting|[Ww]ords|[Tt]ext|[Ss]tory|[Cc]onducted|[Cc]ompiled)[ \\t]+by|By|BY"
            + "|(?:[Ll]ead[ \\t]+)?(?:[Aa]nalyst|[Aa]uthor|[Cc]olumnist|[Ww]riter)[ \\t]*:)[:]?[ \\t]+"
            + "(\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}\\.?)?(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,2})(?=[ \\t]*(?:$|[,|·•–—*_(/]|and\\b))");

    private Byline() {
    }

    /** The byline's author, or null when the head of the text has no byline with a full name. */
    public static String author(String text) {
        Matcher m = BYLINE.matcher(text.length() > HEAD ? text.substring(0, HEAD) : text);
        return m.find() ? m.group(1) : null;
    }
}
