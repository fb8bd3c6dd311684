package io.claimstream.analysis.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.claimstream.analysis.predictions.OddsWords;
import io.claimstream.analysis.predictions.ProbabilityReader;
import io.claimstream.analysis.sentences.Sentence;

/**
 * A round of odds read out as statements: "First one. The chance that a Chinese chip is in an American cloud by 2028."
 * closes the host's turn and the next turns answer it with a figure each ("Five percent.", "Lower. Two.", "Ten,
 * because …"). The statement is the proposition put to the guests, a question without its mark, and no claim of the
 * host's; their figures are the forecasts.
 */
final class OddsRounds {

    /** How many of the turns right after the statement are read to see whether it is answered with figures. */
    private static final int TURNS_READ = 3;
    /** How many of them must open on a figure: one could be a comment on a number, two or more are a round. */
    private static final int FIGURES_NEEDED = 2;

    /** What a proposition put to odds names: when it would be so, or its chance. */
    private static final Pattern ODDS_PROPOSITION = Pattern.compile("(?i)\\b(by|before|within|until|in) (the (end|middle|start)"
            + " of )?(19|20)\\d\\d\\b|\\b(" + OddsWords.NOUN_ALTERNATION + ")\\b");

    /** The speaker's own voice, which makes the statement their claim however it is answered. */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(i|i['’]m|i['’]d|i['’]ll|me|my|we|we['’]re|our|us)\\b");

    private OddsRounds() {
    }

    /** Indices of the sentences that put a proposition to a round of odds. */
    static Set<Integer> propositionsPut(String text, List<Sentence> sentences) {
        Set<Integer> put = new HashSet<>();
        for (int i = 0; i + 1 < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Sentence next = sentences.get(i + 1);
            if (!s.block().inTurn() || !next.block().inTurn() || next.block().turn() == s.block().turn()
                    || s.isQuestion(text)) {
                continue;
            }
            String said = s.text(text).strip();
            if (!ODDS_PROPOSITION.matcher(said).find() || FIRST_PERSON.matcher(said).find() || NonClaims.marksAView(said)
                    || NonClaims.answersWhenOrHowLikely(said)) {
                continue;
            }
            if (figuresAfter(text, sentences, i + 1) >= FIGURES_NEEDED) {
                put.add(s.index());
            }
        }
        return put;
    }

    /** How many of the next turns, from the sentence at {@code from}, open on a figure. */
    private static int figuresAfter(String text, List<Sentence> sentences, int from) {
        int figures = 0;
        int turns = 0;
        int turn = Integer.MIN_VALUE;
        for (int j = from; j < sentences.size() && turns <= TURNS_READ; j++) {
            Sentence t = sentences.get(j);
            if (!t.block().inTurn() || t.block().turn() == turn) {
                continue;
            }
            turn = t.block().turn();
            if (++turns > TURNS_READ) {
                break;
            }
            // "Lower. Two.": the comparison may stand as a sentence of its own before the figure
            String opening = t.text(text).strip();
            if (j + 1 < sentences.size() && sentences.get(j + 1).block().turn() == turn) {
                opening += " " + sentences.get(j + 1).text(text).strip();
            }
            if (ProbabilityReader.figureOpening(opening) != null) {
                figures++;
            }
        }
        return figures;
    }
}
