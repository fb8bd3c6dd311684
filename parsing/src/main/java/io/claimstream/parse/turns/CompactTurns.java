package io.claimstream.parse.turns;

import io.claimstream.parse.blocks.Draft;
import io.claimstream.parse.text.Chars;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Splits a paragraph that holds several short turns in a row
 * ({@code Ann Lee: Be curious; Bo Chen: Start early.}) at each known speaker name that follows
 * a sentence or clause end. Only names already accepted as labels elsewhere count, so an ordinary
 * colon in prose never splits a paragraph.
 */
public final class CompactTurns {

    private CompactTurns() {
    }

    public static List<Draft> split(String text, List<Draft> drafts, Collection<String> names) {
        if (names.isEmpty()) {
            return drafts;
        }
        List<Draft> out = new ArrayList<>(drafts.size());
        SpeakerLabel aboveText = null;
        for (Draft draft : drafts) {
            SpeakerLabel opening = draft.label != null ? draft.label
                    : aboveText != null && draft.kind.equals(Draft.TEXT) ? aboveText : null;
            // "## Zhou Min", "Zhou Min" or "Zhou Min: (12:03)" alone on its line: the turn starts in the paragraph below
            aboveText = draft.label != null && draft.label.textStart() >= draft.end ? draft.label : null;
            if (opening == null) {
                out.add(draft);
                continue;
            }
            int from = draft.label != null ? opening.textStart() : draft.start;
            TreeMap<Integer, SpeakerLabel> inner = findInner(text, from, draft.end, opening.separator(), names);
            if (inner.isEmpty()) {
                out.add(draft);
                continue;
            }
            draft.compact = draft.label != null;
            Draft piece = draft;
            for (SpeakerLabel label : inner.values()) {
                int end = Chars.trimEnd(text, piece.start, label.start());
                Draft next = new Draft(label.start(), piece.end, Draft.TEXT, piece.firstLine);
                next.lastLine = piece.lastLine;
                next.label = label;
                next.compact = true;
                piece.end = end;
                out.add(piece);
                piece = next;
            }
            out.add(piece);
        }
        return out;
    }

    /**
     * Labels inside the paragraph: one pass over its characters stops only after a clause end
     * ({@code .;!?} and a space, or a wide stop), where a known name may start. Looking each name up
     * across the paragraph instead cost a scan per name, the parse's largest share on transcripts.
     */
    private static TreeMap<Integer, SpeakerLabel> findInner(String text, int from, int end,
                                                            SpeakerLabel.Separator separator, Collection<String> names) {
        TreeMap<Integer, SpeakerLabel> found = new TreeMap<>();
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            boolean wide = c == '\u3002' || c == '\uFF1B' || c == '\uFF01' || c == '\uFF1F';
            if (!wide && c != ';' && c != '.' && c != '!' && c != '?') {
                continue;
            }
            int at = Chars.skipSpace(text, i + 1, end);
            if (at >= end || !wide && at == i + 1 || !startsAName(text, at, end, names)) {
                continue;
            }
            SpeakerLabel label = LabelReader.read(text, at, end);
            // a dash after a known name inside prose is an aside, unless the transcript writes its labels so
            if (label != null && names.contains(label.name()) && (label.separator() == SpeakerLabel.Separator.COLON
                    || label.separator() == separator)) {
                found.putIfAbsent(at, label);
            }
        }
        return found;
    }

    private static boolean startsAName(String text, int at, int end, Collection<String> names) {
        char first = text.charAt(at);
        for (String name : names) {
            if (name.charAt(0) == first && at + name.length() <= end && text.regionMatches(at, name, 0, name.length())) {
                return true;
            }
        }
        return false;
    }
}
