package io.claimstream.parse.turns;

import java.util.Locale;
import java.util.Set;

/**
 * A broadcast script marks a recorded clip with a production cue and names who speaks in it in parentheses:
 * {@code SOUNDBITE (Ingrid Halvorsen, CEO, Halvorsen Compute): "…"}, {@code SOT (Dana Park, farmer): …}. The cue
 * says what kind of tape plays; the speaker is the name the parentheses open with, and what follows its comma is
 * their role.
 */
final class CueLabels {

    private static final Set<String> CUES = Set.of("soundbite", "sound bite", "sot", "sot/vo", "bite", "clip",
            "actuality", "tape", "sync", "grab", "interview clip", "archive clip", "archive sot");

    private CueLabels() {
    }

    /** Whether the label's name is a production cue rather than a speaker. */
    static boolean isCue(String name) {
        return CUES.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The speaker named at the start of the parentheses {@code [open, close)} after a cue, as a label whose role is
     * the rest of the parentheses, or null when they do not open with a name.
     */
    static SpeakerLabel speakerInside(String text, int open, int close, int start, int textStart, Long millis) {
        int nameStart = open + 1;
        while (nameStart < close && Character.isWhitespace(text.charAt(nameStart))) {
            nameStart++;
        }
        int comma = text.indexOf(',', nameStart);
        int nameEnd = comma >= 0 && comma < close ? comma : close;
        while (nameEnd > nameStart && Character.isWhitespace(text.charAt(nameEnd - 1))) {
            nameEnd--;
        }
        String name = text.substring(nameStart, nameEnd);
        if (name.isEmpty() || name.length() > LabelNames.MAX_LENGTH || !LabelReader.looksLikeName(name)
                || LabelNames.isGeneric(LabelNames.key(name)) || LabelNames.isNotSpeaker(LabelNames.key(name))) {
            return null;
        }
        String role = comma >= 0 && comma < close ? text.substring(comma + 1, close).strip() : "";
        return new SpeakerLabel(name, role.isEmpty() ? null : role, nameStart, nameEnd, start, textStart, false,
                millis, false);
    }
}
