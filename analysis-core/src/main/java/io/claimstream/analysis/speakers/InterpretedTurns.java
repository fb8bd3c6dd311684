package io.claimstream.analysis.speakers;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.claimstream.contracts.Turn;

/**
 * Remarks made in another language and given in English by someone else, as call transcripts write them: the speaker's
 * turn holds only the transcriber's "[Foreign Language]", and the next turn is the English, under the interpreter's
 * label ("Unidentified Company Representative" / "[Interpreted] …") or under whoever reads out the translation ("Sophie
 * Lam" / "The following is the English translation of Mr. Ren's remarks."). The words are the first speaker's: the
 * reader lends the voice, not the views.
 */
public final class InterpretedTurns {

    /** A turn that holds nothing but the transcriber's note that another language was spoken. */
    private static final Pattern FOREIGN_LANGUAGE_ONLY = Pattern.compile("(?i)\\[(?:foreign language|speaking"
            + " (?:in )?(?:a )?foreign language|speaks in (?:a )?foreign language|in [\\p{L}]+|speaking [\\p{L}]+)\\]");
    /** The English given as an interpretation: "[Interpreted] …", "[Translated] …", "[Through interpreter] …". */
    private static final Pattern INTERPRETED_OPENING = Pattern.compile("(?i)^\\[(?:interpreted|translated|through (?:an )?"
            + "interpreter|via (?:an )?interpreter|interpretation|english translation)\\]");
    /** "The following is the English translation of Mr. Ren's remarks.", "I will now read the translation of …". */
    private static final Pattern TRANSLATION_READ_OUT = Pattern.compile("(?i)^[^.?!]{0,60}\\b(?:english )?(?:translation|"
            + "interpretation) of (?:(?:mr|mrs|ms|dr)\\.? )?[^.?!]{0,40}\\b(?:remarks|comments|speech|answer|statement"
            + "|words|response)\\b");

    private InterpretedTurns() {
    }

    /**
     * Gives each turn that renders a foreign-language turn in English the person of that turn.
     *
     * @param speakers turn index to its person, as the labels name them; updated
     */
    public static void giveToTheirSpeakers(String text, List<Turn> turns, Map<Integer, Person> speakers) {
        for (int i = 0; i + 1 < turns.size(); i++) {
            Person original = speakers.get(i);
            if (original == null || !FOREIGN_LANGUAGE_ONLY.matcher(said(text, turns.get(i))).matches()) {
                continue;
            }
            Turn next = turns.get(i + 1);
            String label = next.speaker() == null ? "" : next.speaker().strip();
            String english = said(text, next);
            if (!RoleLabels.isInterpreter(label) && (RoleLabels.isUnnamedVoice(label)
                    || INTERPRETED_OPENING.matcher(english).lookingAt()
                    || TRANSLATION_READ_OUT.matcher(english).lookingAt())) {
                speakers.put(i + 1, original);
            }
        }
    }

    private static String said(String text, Turn turn) {
        if (text == null || turn.span() == null || turn.span().end() > text.length()) {
            return "";
        }
        return turn.span().of(text).strip();
    }
}
