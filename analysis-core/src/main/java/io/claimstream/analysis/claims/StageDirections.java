package io.claimstream.analysis.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.contracts.Span;

/**
 * What a script or an export writes in parentheses about the scene rather than in anybody's words: a direction to the
 * actor ("(beat)", "(sits)", "(points at the whiteboard)"), a note of how a line is delivered ("(in Mandarin;
 * subtitled)"), a placeholder for what the page shows ("(table of covered companies and ratings)"). Such a
 * parenthesis is written in lower case, as no sentence opens; "(Laughter)" and "(Applause)" are read by the stage notes
 * of {@link NonClaims}. A direction on a line of its own says nothing; one the splitter ran into the next line of
 * dialogue is cut off it, so that the claim starts where the words do.
 */
final class StageDirections {

    /** A parenthesis opening on a lower-case letter, of a few words and no figure, closed before the sentence ends. */
    private static final Pattern LEADING = Pattern.compile("\\(\\p{Ll}[\\p{L}'’ ;,-]{0,60}\\)\\s+(?=\\S)");

    /** A whole sentence that is one parenthesis opening on a lower-case letter. */
    private static final Pattern WHOLE = Pattern.compile("\\(\\p{Ll}[^()]{0,120}\\)[.!]?");

    private StageDirections() {
    }

    /** Whether the sentence is a direction about the scene and nothing else. */
    static boolean isDirection(String sentence) {
        return WHOLE.matcher(sentence.strip()).matches();
    }

    /** The span after a direction that opens it ("(beat) So the thing is …"), or the span itself. */
    static Span afterLeadingDirection(String text, Span span) {
        Matcher m = LEADING.matcher(text).region(span.start(), span.end());
        return m.lookingAt() && m.end() < span.end() ? new Span(m.end(), span.end()) : span;
    }
}
