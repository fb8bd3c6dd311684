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
        for (Draft draft : drafts) {
            if (draft.label == null) {
                out.add(draft);
                continue;
            }
            TreeMap<Integer, SpeakerLabel> inner = findInner(text, draft, names);
            if (inner.isEmpty()) {
                out.add(draft);
                continue;
            }
            draft.compact = true;
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

    private static TreeMap<Integer, SpeakerLabel> findInner(String text, Draft draft, Collection<String> names) {
        TreeMap<Integer, SpeakerLabel> found = new TreeMap<>();
        int from = draft.label.textStart();
        for (String name : names) {
            int at = indexWithin(text, name, from, draft.end);
            while (at >= 0) {
                if (followsClauseEnd(text, from, at)) {
                    SpeakerLabel label = LabelReader.read(text, at, draft.end);
                    if (label != null && label.name().equals(name)) {
                        found.putIfAbsent(at, label);
                    }
                }
                at = indexWithin(text, name, at + name.length(), draft.end);
            }
        }
        return found;
    }

    /** {@code indexOf} bounded to {@code [from, to)}: an unbounded search would scan the rest of the document. */
    private static int indexWithin(String text, String name, int from, int to) {
        char first = name.charAt(0);
        int last = to - name.length();
        for (int i = from; i <= last; i++) {
            if (text.charAt(i) == first && text.regionMatches(i, name, 0, name.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean followsClauseEnd(String text, int from, int at) {
        int i = at;
        int spaces = 0;
        while (i > from && Chars.isSpace(text.charAt(i - 1))) {
            i--;
            spaces++;
        }
        if (i <= from) {
            return false;
        }
        char c = text.charAt(i - 1);
        boolean wide = c == '\u3002' || c == '\uFF1B' || c == '\uFF01' || c == '\uFF1F';
        return wide || (spaces > 0 && (c == ';' || c == '.' || c == '!' || c == '?'));
    }
}
