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
                if (!reportsAFigure(earlier.tokens()) && (k == i || !remarksOnTheAnswers(earlier.tokens()))) {
                    break;
                }
            }
        }
        return named;
    }

    /**
     * "The answers ranged widely.": a short sentence without a figure between the question and the figures, which
     * says something of the answers and does not end the run.
     */
    private static boolean remarksOnTheAnswers(List<Token> tokens) {
        return tokens.stream().filter(Token::isWord).count() <= REMARK_WORDS
                && tokens.stream().noneMatch(t -> Character.isDigit(t.text().charAt(0)));
    }

    private static final int REMARK_WORDS = 6;

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

    /**
     * The figure of a percentage: "40%" as one token, or "40" before "%" or "percent"; or odds of one in so many
     * ("said about one in three").
     */
    private static boolean isPercentage(List<Token> tokens, int i) {
        String t = tokens.get(i).text();
        return t.length() > 1 && t.endsWith("%") || i + 1 < tokens.size()
                && (tokens.get(i + 1).text().equals("%") || tokens.get(i + 1).lower().equals("percent"))
                || i + 2 < tokens.size() && ODDS_COUNTS.contains(t.toLowerCase(java.util.Locale.ROOT))
                && tokens.get(i + 1).lower().equals("in") && tokens.get(i + 2).lower().matches(ODDS_OF);
    }

    private static final String ODDS_OF = "two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\\d{1,3}";
    private static final java.util.Set<String> ODDS_COUNTS = java.util.Set.of("one", "two", "three", "a", "1", "2", "3");

    /** How far before the figure the verb that gives it, or the "at" it is put at, may stand ("said about 30%"). */
    private static final int GIVING_WORDS_BEFORE = 3;
    private static final java.util.Set<String> GIVING = java.util.Set.of("said", "says", "gave", "gives", "answered",
            "offered", "guessed", "estimated", "chose", "went", "at");

    /**
     * A sentence that names odds ("the probability that …"), or asks the speakers for a figure each on what it names
     * ("Shi asked each guest for one number: the share of … by the end of 2028").
     */
    private static boolean namesOdds(List<Token> tokens) {
        if (tokens.stream().anyMatch(t -> OddsWords.NOUNS.contains(t.lower()))) {
            return true;
        }
        if (reportsAFigure(tokens)) {
            return false; // "The moderator, asked for her own number, said 30%": the figure answers a call put before
        }
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).lower().matches("asked|asks") && tokens.subList(i + 1, Math.min(tokens.size(), i + ASKED_FOR_WORDS))
                    .stream().anyMatch(t -> FIGURE_ASKED.contains(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    /** How far after "asked" the figure asked for may be named ("asked each of the guests for one number"). */
    private static final int ASKED_FOR_WORDS = 8;
    private static final java.util.Set<String> FIGURE_ASKED = java.util.Set.of("number", "figure", "estimate", "guess");
}
