package io.claimstream.parse.turns;

import io.claimstream.parse.text.Line;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A digest's or an episode's header is a block of fields ("Guest: …", "Format: …", "Released: …", "Prepared by: …"),
 * and the one among them named like a conversational role ("Guest", "Host") describes the page, it does not open a
 * turn: without it a summary would pass for a transcript of one turn.
 */
public final class HeaderFields {

    /** {@code Field name: value}: a few words, a colon, then the value. */
    private static final Pattern FIELD = Pattern.compile("^[ \\t*_]*(\\p{Lu}[\\p{L}'’]*(?:[ \\t]+\\p{L}[\\p{L}'’]*){0,2})"
            + "[ \\t]*:[ \\t]+\\S");

    private HeaderFields() {
    }

    /**
     * Un-accepts each role label ({@link SpeakerLabel#generic()}) that sits in a block of lines (no blank line between)
     * holding at least two other fields whose names are metadata ({@link LabelNames#isNotSpeaker}).
     */
    public static void dropRolesAmongFields(String text, List<Line> lines, SpeakerLabel[] candidates, boolean[] accepted) {
        for (int i = 0; i < accepted.length; i++) {
            if (!accepted[i] || candidates[i] == null || !candidates[i].generic()) {
                continue;
            }
            int fields = 0;
            for (int j = i - 1; j >= 0 && !lines.get(j).isBlank(); j--) {
                fields += isMetadataField(lines.get(j).of(text)) ? 1 : 0;
            }
            for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank(); j++) {
                fields += isMetadataField(lines.get(j).of(text)) ? 1 : 0;
            }
            if (fields >= 2) {
                accepted[i] = false;
            }
        }
    }

    private static boolean isMetadataField(String line) {
        Matcher m = FIELD.matcher(line);
        return m.find() && LabelNames.isNotSpeaker(LabelNames.key(m.group(1)));
    }
}
