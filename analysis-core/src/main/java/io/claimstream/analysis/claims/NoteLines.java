package io.claimstream.analysis.claims;

import io.claimstream.analysis.text.Anywhere;

/**
 * Lines a printed piece sets apart from what anybody says: a translator's note in brackets ("(TN: he said literally
 * …)", "(Translator's note: the panel laughed here.)"), a picture's caption ("(Photo caption) The founder at the
 * plant.", "Table 1: Shares of supply, 2025"), and the writer's signature under a piece ("— Ada Kim"). They tell the
 * reader about the words, the pictures or the writer, and claim nothing; a translator's note that gives the
 * translator's own view ("(TN: I think she has the better side of it.)") is a view like any other.
 */
final class NoteLines {

    /** "(TN: …)", "[T.N.: …]", "(Translator's note: …)", "(Ed.: …)": the note's label in its brackets. */
    private static final Anywhere TRANSLATORS_NOTE = Anywhere.compile("(?i)^[(\\[]\\s*(tn|t\\.n\\.|tr\\.? ?n\\.?|translator['’]s"
            + " note|translation note|note from the translator|ed\\.|editor['’]s note)\\s*[:：].*[)\\]]\\s*[.]?$");

    /** "(Photo caption) …", "[Picture] …", "Photo caption: …": a caption set on its own line by its label. */
    private static final Anywhere PICTURE_CAPTION = Anywhere.compile("(?i)^[(\\[]\\s*(photo|picture|image|pictured|above"
            + "|below|left|right|top|cover)( caption)?\\s*[)\\]]\\s*\\S.*|(?i)^(photo|picture|image) caption\\s*[:：]\\s*\\S.*");

    /**
     * "Table 1: Estimated shares of supply, 2025 (by value)", "Figure 3. Prices per token": a numbered table or figure
     * titled in a line of its own, no full sentence after it.
     */
    private static final Anywhere NUMBERED_CAPTION = Anywhere.compile("(?i)^(table|figure|fig\\.|chart|exhibit|graph)"
            + " \\d{1,2}[a-z]?\\s*[:.：—–-]\\s*[^.!?]{1,160}$");

    /** "— Nakamura Aya", "– Ada Kim, Lagos": a dash and a name alone on a line, the writer signing the piece. */
    private static final String NAME_WORD = "(\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]*\\p{L})";
    private static final Anywhere SIGNATURE = Anywhere.compile("^[—–]{1,2}\\s*" + NAME_WORD + "( " + NAME_WORD + "){1,3}"
            + "(, \\p{Lu}[\\p{L}'’-]*\\p{L}( \\p{Lu}[\\p{L}'’-]*\\p{L}){0,2})?$");

    private NoteLines() {
    }

    /** Whether the line, as the document lays it out, is a note, a caption or a signature that claims nothing. */
    static boolean setApart(String line) {
        String s = line.strip();
        return TRANSLATORS_NOTE.in(s) && !NonClaims.marksAView(s) || PICTURE_CAPTION.in(s) || NUMBERED_CAPTION.in(s)
                || SIGNATURE.in(s);
    }
}
