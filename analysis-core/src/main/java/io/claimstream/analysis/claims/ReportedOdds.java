package io.claimstream.analysis.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.claimstream.analysis.predictions.OddsWords;
import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.text.Token;

/**
 * A round of odds told in narration: "Asked for the probability that a rival ships first before 2028, Lee said 30%",
 * or "Each guest gave a probability on one question: will … by 2028?" followed by "Lee said 30%. Ortiz said 45%." The
 * figures are the speakers' odds on what was put, for its horizon, as answers in a transcript are for their question.
 */
final class ReportedOdds {

    /** How many sentences of figures, one after another, may follow the one that names the odds. */
    private static final int FIGURES_IN_A_ROW = 6;

    private ReportedOdds() {
    }

    /**
     * For each narrated sentence that reports a percentage, the words of the sentence that names the odds it gives:
     * itself when it names them ("Asked for the probability …, Lee said 30%"), or the sentence right before a run of
     * such figures.
     */
    static Map<Integer, List<Token>> oddsNamed(List<Sentence> sentences) {
        Map<Integer, List<Token>> named = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.block().inTurn() || !reportsAFigure(s.tokens())) {
                continue;
            }
            for (int k = i; k >= Math.max(0, i - FIGURES_IN_A_ROW); k--) {
                Sentence earlier = sentences.get(k);
                if (earlier.block().inTurn() || !earlier.block().section().equals(s.block().section())) {
                    break;
                }
                if (namesOdds(earlier.tokens())) {
                    named.put(s.index(), earlier.tokens());
                    break;
                }
                if (!reportsAFigure(earlier.tokens())) {
                    break;
                }
            }
        }
        return named;
    }

    static boolean givesAPercentage(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.text().endsWith("%") || t.lower().equals("percent"));
    }

    /**
     * "Lee said 30%", "Ortiz put it at 45%", "gave 10 percent": a percentage given as somebody's figure, not one that
     * measures something ("prices fell by 90%").
     */
    private static boolean reportsAFigure(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (isPercentage(tokens, i)) {
                for (int j = Math.max(0, i - GIVING_WORDS_BEFORE); j < i; j++) {
                    if (GIVING.contains(tokens.get(j).lower())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The figure of a percentage: "40%" as one token, or "40" before "%" or "percent". */
    private static boolean isPercentage(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        return t.length() > 1 && t.endsWith("%") || i + 1 < tokens.size()
                && (tokens.get(i + 1).text().equals("%") || tokens.get(i + 1).lower().equals("percent"));
    }

    /** How far before the figure the verb that gives it, or the "at" it is put at, may stand ("said about 30%"). */
    private static final int GIVING_WORDS_BEFORE = 3;
    private static final java.util.Set<String> GIVING = java.util.Set.of("said", "says", "gave", "gives", "answered",
            "offered", "guessed", "estimated", "chose", "went", "at");

    private static boolean namesOdds(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> OddsWords.NOUNS.contains(t.lower()));
    }
}
