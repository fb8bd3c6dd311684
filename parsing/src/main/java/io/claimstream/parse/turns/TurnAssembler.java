package io.claimstream.parse.turns;

import io.claimstream.contracts.Span;
import io.claimstream.contracts.Turn;
import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.text.Chars;
import io.claimstream.parse.text.Timestamps;

import java.util.ArrayList;
import java.util.List;

/**
 * Assigns paragraphs to speaker turns. A turn opens at a label and runs across paragraphs until
 * the next label; a heading, a table or a transcript introduction closes it, and notes inside it
 * stay unattributed without closing it.
 */
public final class TurnAssembler {

    private TurnAssembler() {
    }

    /** Sets {@link Draft#turn} on every draft and returns the turns, in text order. */
    public static List<Turn> assign(String text, List<Draft> drafts) {
        List<Turn> turns = new ArrayList<>();
        List<OpenTurn> open = new ArrayList<>();
        OpenTurn current = null;
        boolean twoVoices = alternatingChevrons(drafts);
        int changes = 0;
        for (int k = 0; k < drafts.size(); k++) {
            Draft draft = drafts.get(k);
            if (twoVoices && draft.speakerChange && draft.label == null) {
                draft.label = voice(text, draft, changes++ % 2 + 1);
            }
            if (draft.label != null) {
                current = new OpenTurn(draft.label);
                open.add(current);
                draft.turn = open.size() - 1;
                current.extend(text, draft, draft.label.textStart());
                if (draft.compact) {
                    current = null;
                }
                continue;
            }
            if (current != null && onlyATime(text, draft)) {
                // "00:05:12" or "2:15" on a line of its own between paragraphs (Google Meet, Otter): a
                // mark in the recording, nobody's words, and no end of the turn it sits in
                draft.kind = Draft.METADATA;
                continue;
            }
            if (draft.kind.equals(Draft.HEADING)) {
                if (current != null && !draft.strong && (current.isEmpty() || !nextOpensOrHeads(drafts, k))) {
                    // a short title-case line said inside a turn ("Thank You"), or all a label has below it ("Why?")
                    draft.kind = Draft.TEXT;
                } else if (current != null && !current.isEmpty() && headsMoreOfTheTurn(text, drafts, k)) {
                    // "## On pricing" between two paragraphs of one answer: an editor's signpost, read as a
                    // heading, while the speaker goes on below it until the next label
                    continue;
                } else {
                    current = null;
                    continue;
                }
            }
            if (draft.transcriptIntro || draft.speakerChange || draft.direction || draft.kind.equals(Draft.TABLE)) {
                current = null;
                continue;
            }
            if (draft.kind.equals(Draft.METADATA) || current == null) {
                continue;
            }
            draft.turn = open.size() - 1;
            current.extend(text, draft, draft.start);
        }
        for (OpenTurn turn : open) {
            turns.add(turn.toTurn());
        }
        return turns;
    }

    /**
     * A caption transcript that never names anybody and changes speaker at every {@code >>}, often enough to be
     * a conversation: an interview or a podcast of two, whose voices take turns. The numbered voices are named
     * later from what they say ("i'm Maya Lindqvist"), as a transcription service's {@code Speaker 1} is.
     */
    private static boolean alternatingChevrons(List<Draft> drafts) {
        long changes = drafts.stream().filter(d -> d.speakerChange).count();
        return changes >= MIN_UNNAMED_CHANGES && drafts.stream().noneMatch(d -> d.label != null);
    }

    private static final int MIN_UNNAMED_CHANGES = 6;

    /** {@code Speaker 1} or {@code Speaker 2}, its label the chevrons that open the draft. */
    private static SpeakerLabel voice(String text, Draft draft, int number) {
        int chevrons = text.lastIndexOf(">>", draft.start);
        int at = chevrons >= 0 ? chevrons : draft.start;
        return new SpeakerLabel("Speaker " + number, null, at, Math.min(at + 2, draft.start), at, draft.start, true,
                null, false);
    }

    private static boolean onlyATime(String text, Draft draft) {
        Timestamps.Stamp stamp = Timestamps.at(text, draft.start, draft.end);
        return stamp != null && Chars.skipSpace(text, stamp.end(), draft.end) >= draft.end;
    }

    /**
     * Whether the Markdown heading at {@code k} sits inside a turn: unlabelled text follows it, and the transcript
     * goes on with more labels below. A heading followed by prose and no more labels (show notes, "About
     * the guest"), by a label or by another heading opens a section of its own.
     */
    private static boolean headsMoreOfTheTurn(String text, List<Draft> drafts, int k) {
        if (text.charAt(drafts.get(k).start) != '#') {
            return false; // a numbered or underlined heading is an outline's, closing the turn
        }
        if (k + 1 >= drafts.size() || drafts.get(k + 1).label != null || !drafts.get(k + 1).kind.equals(Draft.TEXT)) {
            return false;
        }
        for (int i = k + 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.label != null) {
                return true;
            }
            if (d.transcriptIntro || d.speakerChange) {
                return false;
            }
        }
        return false;
    }

    private static boolean nextOpensOrHeads(List<Draft> drafts, int k) {
        if (k + 1 >= drafts.size()) {
            return true;
        }
        Draft next = drafts.get(k + 1);
        return next.label != null || next.kind.equals(Draft.HEADING);
    }

    /** A turn while its paragraphs are collected. */
    private static final class OpenTurn {
        private final SpeakerLabel label;
        private int start = -1;
        private int end;
        private Long startMillis;

        OpenTurn(SpeakerLabel label) {
            this.label = label;
            this.end = label.textStart();
            this.startMillis = label.startMillis();
        }

        /** No spoken text yet: the label stands alone, or only a time followed it. */
        boolean isEmpty() {
            return start < 0;
        }

        void extend(String text, Draft draft, int from) {
            int contentStart = Chars.skipSpace(text, from, draft.end);
            if (start < 0) {
                // "(00:01:12) Thanks for having me.": the time belongs to the turn, not to its text
                Timestamps.Stamp stamp = Timestamps.at(text, contentStart, draft.end);
                if (stamp != null) {
                    contentStart = Chars.skipSpace(text, stamp.end(), draft.end);
                    if (startMillis == null) {
                        startMillis = stamp.millis();
                    }
                }
            }
            if (contentStart < draft.end) {
                if (start < 0) {
                    start = contentStart;
                }
                end = draft.end;
            }
        }

        Turn toTurn() {
            int s = start < 0 ? end : start;
            // a role label (Q, HOST, a quoted outlet) stays as written for InterviewSides to resolve
            String speaker = label.generic() ? label.name()
                    : RecordLabels.isRecordStyle(label) ? NameCase.ofCapitalWords(label.name())
                    : NameCase.ofCapitals(label.name());
            return new Turn(speaker, NameCase.ofCapitalRole(label.role()), new Span(label.nameStart(), label.nameEnd()),
                    new Span(s, end), startMillis, null);
        }
    }
}
