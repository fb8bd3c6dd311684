package io.claimstream.analysis.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.text.Anywhere;

/**
 * What a show says once it has signed off: "That's the show. Ada Kim produces it and Ben Ode edits it. If you liked it,
 * tell one person who would hate it." The credits, the call to the listeners and the hosts' last jokes about them are
 * the outro, metadata of the episode, whatever their words; the conversation ended with the sign-off.
 */
final class Outros {

    /** "That's the show.", "That's our episode for this week.", "That's all for today.": the show closing. */
    private static final Anywhere SHOW_CLOSED = Anywhere.compile("(?i)^(and |so,? |ok(ay)?,? |well,? |right,? )?(that['’]s"
            + "|that is|and that['’]s) ((the|our) (show|episode|programme|program|broadcast|podcast)|(it|all)"
            + "( from (us|me))?)( for (today|this week|tonight|this episode|now|this time))?[.!]*$");

    /** How many sentences of turns may follow the sign-off for them to be its outro rather than more of the show. */
    private static final int OUTRO_SENTENCES = 8;

    private Outros() {
    }

    /** Indices of the sentences in turns after the show's last sign-off, when only a few follow it. */
    static Set<Integer> afterTheSignOff(String text, List<Sentence> sentences) {
        int closed = -1;
        for (Sentence s : sentences) {
            if (s.block().inTurn() && SHOW_CLOSED.in(s.text(text).strip())) {
                closed = s.index();
            }
        }
        Set<Integer> outro = new HashSet<>();
        if (closed < 0) {
            return outro;
        }
        for (int i = closed + 1; i < sentences.size(); i++) {
            if (sentences.get(i).block().inTurn()) {
                outro.add(i);
            }
        }
        return outro.size() <= OUTRO_SENTENCES ? outro : new HashSet<>();
    }
}
