package io.claimstream.parse.turns;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decides which label-shaped line starts are speaker turns. A single {@code Word Word:} at a line
 * start may as well be a caption or a headline, so the evidence is taken from the whole document:
 * a name used as a label twice, a role in parentheses, a conversational role ({@code Q},
 * {@code Interviewer}), or a first label that follows the transcript's own repeated labels.
 */
public final class LabelVetting {

    /** How much evidence a label needs. */
    public enum Mode {
        /** Auto-detection: labels need the evidence described above. */
        EVIDENCE,
        /** The caller said it is a transcript: every label-shaped line start is a turn. */
        ALL,
        /** The caller said it is an article: no turns at all. */
        NONE
    }

    private LabelVetting() {
    }

    /**
     * @param candidates per line, the label candidate or null
     * @param titleLine the line index of the document's title, which needs more than a mention; -1 for none
     * @param text the stored text, used to see whether a one-off label names someone mentioned elsewhere
     * @return per line, whether its candidate is accepted
     */
    public static boolean[] accept(SpeakerLabel[] written, int titleLine, String text, Mode mode) {
        boolean[] accepted = new boolean[written.length];
        if (mode == Mode.NONE) {
            return accepted;
        }
        SpeakerLabel[] candidates = withoutUnsupportedSeparators(written);
        String[] keys = new String[candidates.length];
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < candidates.length; i++) {
            if (candidates[i] != null) {
                keys[i] = candidates[i].key();
                counts.merge(keys[i], 1, Integer::sum);
            }
        }
        int firstStrong = -1;
        boolean anyRepeated = false;
        for (int i = 0; i < candidates.length; i++) {
            SpeakerLabel label = candidates[i];
            if (label == null) {
                continue;
            }
            boolean repeated = counts.get(keys[i]) >= 2;
            anyRepeated |= repeated;
            if (firstStrong < 0 && (repeated || hasRole(label, i, titleLine) || label.generic())) {
                firstStrong = i;
            }
        }
        for (int i = 0; i < candidates.length; i++) {
            SpeakerLabel label = candidates[i];
            if (label == null) {
                continue;
            }
            if (mode == Mode.ALL) {
                accepted[i] = true;
                continue;
            }
            if (i == titleLine && quotedHeadline(text, label)) {
                continue; // "Ana Ruiz: « Europe has not lost the race »": a headline quoting her, not her first turn
            }
            boolean strong = counts.get(keys[i]) >= 2 || hasRole(label, i, titleLine) || label.generic();
            boolean insideTranscript = firstStrong >= 0 && i > firstStrong;
            boolean loneQuote = !anyRepeated && firstStrong < 0 && i != titleLine && mentionedElsewhere(text, label);
            accepted[i] = strong || insideTranscript || loneQuote;
        }
        return accepted;
    }

    /**
     * Drops the colon-less candidates the document does not bear out, whatever the mode: a dash after a
     * name opens many a sentence ({@code Dana Park — who founded …}), and {@code A.} many a list. A
     * {@code Q.} or {@code A.} counts when the document writes both; a name before a dash when it is
     * also written with a colon, or when at least two names each open two dashed lines, the pattern of
     * a transcript rather than of prose. A record-style label ({@code Senator OKAFOR.}) counts when one
     * of them opens two turns, as the chair of any hearing does.
     */
    private static SpeakerLabel[] withoutUnsupportedSeparators(SpeakerLabel[] candidates) {
        boolean question = false;
        boolean answer = false;
        Map<String, Integer> dashed = new HashMap<>();
        Map<String, Integer> record = new HashMap<>();
        Set<String> colon = new HashSet<>();
        boolean any = false;
        for (SpeakerLabel label : candidates) {
            if (label == null) {
                continue;
            }
            switch (label.separator()) {
                case PERIOD -> {
                    question |= label.name().equals("Q");
                    answer |= label.name().equals("A");
                    if (RecordLabels.isRecordStyle(label)) {
                        record.merge(label.key(), 1, Integer::sum);
                    }
                    any = true;
                }
                case DASH -> {
                    dashed.merge(label.key(), 1, Integer::sum);
                    any = true;
                }
                case COLON -> colon.add(label.key());
                default -> {
                }
            }
        }
        if (!any) {
            return candidates;
        }
        long recurringDashed = dashed.values().stream().filter(n -> n >= 2).count();
        boolean recordOfProceedings = record.values().stream().anyMatch(n -> n >= 2);
        SpeakerLabel[] kept = candidates.clone();
        for (int i = 0; i < kept.length; i++) {
            SpeakerLabel label = kept[i];
            if (label == null) {
                continue;
            }
            boolean supported = switch (label.separator()) {
                case PERIOD -> RecordLabels.isRecordStyle(label) ? recordOfProceedings : question && answer;
                case DASH -> colon.contains(label.key()) || recurringDashed >= 2 && dashed.get(label.key()) >= 2;
                default -> true;
            };
            if (!supported) {
                kept[i] = null;
            }
        }
        return kept;
    }

    /**
     * Whether all a title line says after the name is one quotation ({@code Ana Ruiz: “We will win”}), as a headline
     * puts a person's words under their name: a turn says more than a quotation in marks.
     */
    private static boolean quotedHeadline(String text, SpeakerLabel label) {
        if (text == null || label.textStart() >= text.length()) {
            return false;
        }
        int end = text.indexOf('\n', label.textStart());
        String said = text.substring(label.textStart(), end < 0 ? text.length() : end).strip();
        return said.length() > 2 && "“«\"„‘'".indexOf(said.charAt(0)) >= 0 && "”»\"“’'".indexOf(said.charAt(said.length() - 1)) >= 0
                && said.chars().filter(c -> "“”«»\"„".indexOf(c) >= 0).count() == 2;
    }

    /** A role is evidence of a label, except a comma-role on the title line ({@code Ana Ruiz, CEO of X: Why …}). */
    private static boolean hasRole(SpeakerLabel label, int line, int titleLine) {
        return label.role() != null && !(label.appositive() && line == titleLine);
    }

    /** Whether a turn's label names a person rather than a role in the conversation ({@code Q}, {@code Host}). */
    public static boolean namesAPerson(String label) {
        String key = LabelNames.key(label);
        return !LabelNames.isGeneric(key) && !LabelNames.isNotSpeaker(key);
    }

    /**
     * Whether the words before a colon can be a speaker at all: a name's shape ({@code Dana Park},
     * {@code DANA PARK}) or a role in the conversation ({@code Host}, {@code Speaker 2}), never a
     * sentence's opening ({@code The lesson is simple}) or a caption ({@code Note}).
     */
    public static boolean couldNameASpeaker(String label) {
        String key = LabelNames.key(label);
        return LabelNames.isGeneric(key) || !LabelNames.isNotSpeaker(key) && LabelReader.looksLikeName(label);
    }

    /** Whether the words before a colon name a note, a source or a credit ({@code Note}, {@code Subtitles}), never a voice. */
    public static boolean isCaption(String label) {
        return LabelNames.isNotSpeaker(LabelNames.key(label));
    }

    /** Names of accepted labels, for finding compact turns inside a paragraph. */
    public static Set<String> acceptedNames(SpeakerLabel[] candidates, boolean[] accepted) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < candidates.length; i++) {
            if (accepted[i] && !candidates[i].generic()) {
                names.add(candidates[i].name());
            }
        }
        return names;
    }

    /** The full name, or its last word, occurs somewhere besides the label ({@code … said Altman}). */
    private static boolean mentionedElsewhere(String text, SpeakerLabel label) {
        String name = label.name();
        if (occursElsewhere(text, name, label.nameStart())) {
            return true;
        }
        int space = name.lastIndexOf(' ');
        String last = space > 0 ? name.substring(space + 1) : "";
        return last.length() >= 3 && occursElsewhere(text, last, label.nameStart() + space + 1);
    }

    private static boolean occursElsewhere(String text, String name, int labelAt) {
        int from = 0;
        while (true) {
            int at = text.indexOf(name, from);
            if (at < 0) {
                return false;
            }
            if (at != labelAt) {
                return true;
            }
            from = at + name.length();
        }
    }
}
