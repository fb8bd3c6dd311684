package io.claimstream.parse.formats;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Turn;

import java.util.ArrayList;
import java.util.List;

/**
 * A subtitle file rendered as a readable transcript: consecutive cues of one voice are joined into
 * one turn ({@code Name: sentence continued across cues}), repeated roll-up lines are dropped, and
 * each turn keeps the time range of its cues. Without voices, cues are joined into paragraphs at
 * pauses. The rendered text is what gets stored; every span points into it.
 */
public record SubtitleDocument(String text, List<Turn> turns, List<Paragraph> paragraphs) {

    /** A pause this long between cues of unnamed speech starts a new paragraph. */
    private static final long PARAGRAPH_PAUSE_MILLIS = 2_000;
    private static final int PARAGRAPH_SOFT_LIMIT = 700;

    public static SubtitleDocument of(String raw) {
        List<Cue> cues = SubtitleCues.read(raw);
        StringBuilder out = new StringBuilder(raw.length());
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
                out.append("\n\n");
            }
            int paragraphStart = out.length();
            Span label = null;
            if (speaker != null) {
                label = new Span(out.length(), out.length() + speaker.length());
                out.append(speaker).append(": ");
            }
            int textStart = out.length();
            String previous = null;
            for (int c = k; c < groupEnd; c++) {
                String fragment = withoutRepeat(previous, cues.get(c).text());
                if (!fragment.isEmpty()) {
                    if (out.length() > textStart) {
                        out.append(' ');
                    }
                    out.append(fragment);
                }
                previous = cues.get(c).text();
            }
            int end = out.length();
            int turnIndex = -1;
            if (speaker != null) {
                turnIndex = turns.size();
                turns.add(new Turn(speaker, null, label, new Span(textStart, end), first.startMillis(),
                        cues.get(groupEnd - 1).endMillis()));
            }
            paragraphs.add(new Paragraph(new Span(paragraphStart, end), turnIndex, "text"));
            k = groupEnd;
        }
        return new SubtitleDocument(out.toString(), turns, paragraphs);
    }

    /** Same voice, or still unnamed speech without a long pause in a paragraph of readable size. */
    private static boolean continues(List<Cue> cues, int index, String speaker, int groupLength) {
        Cue cue = cues.get(index);
        Cue before = cues.get(index - 1);
        if (speaker != null) {
            return speaker.equals(cue.speaker());
        }
        if (cue.speaker() != null || cue.startMillis() - before.endMillis() >= PARAGRAPH_PAUSE_MILLIS) {
            return false;
        }
        String last = before.text();
        char end = last.charAt(last.length() - 1);
        return groupLength < PARAGRAPH_SOFT_LIMIT || !(end == '.' || end == '?' || end == '!');
    }

    /** Roll-up captions repeat the previous cue's last line as their first; keep it once. */
    private static String withoutRepeat(String previous, String fragment) {
        if (previous == null) {
            return fragment;
        }
        if (fragment.equals(previous)) {
            return "";
        }
        for (int overlap = Math.min(previous.length(), fragment.length()); overlap >= 12; overlap--) {
            if (previous.endsWith(fragment.substring(0, overlap)) && (overlap == fragment.length()
                    || fragment.charAt(overlap) == ' ')) {
                return fragment.substring(overlap).strip();
            }
        }
        return fragment;
    }
}
