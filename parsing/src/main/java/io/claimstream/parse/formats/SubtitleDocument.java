package io.claimstream.parse.formats;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.SourceMap;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Turn;
import io.claimstream.parse.turns.NameCase;

import java.util.ArrayList;
import java.util.List;

/**
 * A subtitle file rendered as a readable transcript: consecutive cues of one voice are joined into
 * one turn ({@code Name: sentence continued across cues}), repeated roll-up lines are dropped, and
 * each turn keeps the time range of its cues. Without voices, cues are joined into paragraphs at
 * pauses. The analysis reads the rendered text; {@code offsets} map it back to the file, where the
 * spans the service reports point (timing lines and cue numbers fall between them).
 *
 * @param offsets where each character of {@code text} was written in the file
 */
public record SubtitleDocument(String text, SourceMap offsets, List<Turn> turns, List<Paragraph> paragraphs) {

    /** A pause this long between cues of unnamed speech starts a new paragraph. */
    private static final long PARAGRAPH_PAUSE_MILLIS = 2_000;
    private static final int PARAGRAPH_SOFT_LIMIT = 700;

    public static SubtitleDocument of(String raw) {
        List<Cue> cues = withVoicesCarried(SubtitleCues.read(raw));
        MappedText out = new MappedText(raw.length());
        List<Turn> turns = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        int k = 0;
        while (k < cues.size()) {
            Cue first = cues.get(k);
            String speaker = first.speaker();
            int groupEnd = k + 1;
            int groupLength = first.text().length();
            while (groupEnd < cues.size() && continues(cues, groupEnd, speaker, groupLength)) {
                groupLength += cues.get(groupEnd).text().length() + 1;
                groupEnd++;
            }
            if (out.length() > 0) {
                out.appendInserted("\n\n");
            }
            int paragraphStart = out.length();
            Span label = null;
            if (speaker != null) {
                label = new Span(out.length(), out.length() + speaker.length());
                if (first.speakerStart() >= 0) {
                    out.append(speaker, first.speakerStart(), first.speakerEnd());
                } else {
                    out.appendInsertedAt(speaker, first.text().sourceStart(0));
                }
                out.appendInserted(": ");
            }
            int textStart = out.length();
            String previous = null;
            for (int c = k; c < groupEnd; c++) {
                MappedText cue = cues.get(c).text();
                MappedText fragment = cue.slice(withoutRepeat(previous, cue.toString()), cue.length()).strip();
                if (!fragment.isEmpty()) {
                    if (out.length() > textStart) {
                        out.appendInserted(" ");
                    }
                    out.append(fragment);
                }
                previous = cue.toString();
            }
            int end = out.length();
            int turnIndex = -1;
            if (speaker != null) {
                turnIndex = turns.size();
                turns.add(new Turn(NameCase.ofCapitals(speaker), null, label, new Span(textStart, end), first.startMillis(),
                        cues.get(groupEnd - 1).endMillis()));
            }
            paragraphs.add(new Paragraph(new Span(paragraphStart, end), turnIndex, first.note() ? noteKind(first) : "text"));
            k = groupEnd;
        }
        return new SubtitleDocument(out.toString(), out.toSourceMap(), turns, paragraphs);
    }

    /**
     * A caption the picture shows ({@code [ON SCREEN: Dr. Kwame Asante-Lowe, Chief Architect, Veridian Silicon]},
     * {@code [ARCHIVE FOOTAGE: Senate hearing, May 2026]}) heads what follows as a title would, and gives the names
     * and roles of the voices labelled by one word; a sound ({@code [door opens]}, {@code ♪ ♪}) or the file's credits
     * are metadata.
     */
    private static String noteKind(Cue note) {
        return SHOWN.matcher(note.text()).matches() ? "heading" : "metadata";
    }

    private static final java.util.regex.Pattern SHOWN = java.util.regex.Pattern.compile(
            "\\[\\s*\\p{Lu}[\\p{L}'’ -]{0,30}:\\s*[^\\]]+]");

    /**
     * Each cue with the voice that speaks it, as captioners mark voices: a name labels a cue where the voice changes
     * ({@code ASANTE-LOWE: Each of these rows …}), and the cues after it are the same voice's until another name, or
     * a dash at a line's start that hands over to the other voice of the exchange ({@code - Doubles it?} /
     * {@code - Doubles it. By next autumn.}: the interviewer, then back to the one labelled). Without any name the
     * cues stay unnamed, dashes or not. A note ({@code [door opens]}) has no voice, but a dash before it still hands
     * over ({@code - [speaking Mandarin]}: the answer comes in the next cue).
     */
    private static List<Cue> withVoicesCarried(List<Cue> cues) {
        List<Cue> voiced = new ArrayList<>(cues.size());
        Cue current = null;
        Cue other = null;
        for (Cue cue : cues) {
            if (cue.speaker() != null) {
                if (current == null || !current.speaker().equals(cue.speaker())) {
                    other = current;
                    current = cue;
                }
            } else if (cue.dashed()) {
                Cue was = current;
                current = other;
                other = was;
            }
            if (cue.note() || cue.speaker() != null || current == null) {
                voiced.add(cue.note() ? new Cue(cue.startMillis(), cue.endMillis(), null, -1, -1, cue.text(), cue.dashed(),
                        true) : cue);
            } else {
                // the name is written only where the voice was labelled: a turn it opens gets it as inserted text
                voiced.add(new Cue(cue.startMillis(), cue.endMillis(), current.speaker(), -1, -1, cue.text(),
                        cue.dashed(), false));
            }
        }
        return voiced;
    }

    /** Same voice, or still unnamed speech without a long pause in a paragraph of readable size; a note stands alone. */
    private static boolean continues(List<Cue> cues, int index, String speaker, int groupLength) {
        Cue cue = cues.get(index);
        Cue before = cues.get(index - 1);
        if (cue.note() || before.note()) {
            return false;
        }
        if (speaker != null) {
            return speaker.equals(cue.speaker());
        }
        if (cue.speaker() != null || cue.startMillis() - before.endMillis() >= PARAGRAPH_PAUSE_MILLIS) {
            return false;
        }
        MappedText last = before.text();
        char end = last.charAt(last.length() - 1);
        return groupLength < PARAGRAPH_SOFT_LIMIT || !(end == '.' || end == '?' || end == '!');
    }

    /**
     * Roll-up captions repeat the previous cue's last line as their first; keep it once.
     *
     * @return where the cue's new text starts
     */
    private static int withoutRepeat(String previous, String fragment) {
        if (previous == null) {
            return 0;
        }
        if (fragment.equals(previous)) {
            return fragment.length();
        }
        for (int overlap = Math.min(previous.length(), fragment.length()); overlap >= 12; overlap--) {
            if (previous.endsWith(fragment.substring(0, overlap)) && (overlap == fragment.length()
                    || fragment.charAt(overlap) == ' ')) {
                return overlap;
            }
        }
        return 0;
    }
}
