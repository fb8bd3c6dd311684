package io.claimstream.analysis.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.quantities.WordedNumbers;
import io.claimstream.analysis.sentences.Sentence;

/**
 * A turn that opens by saying back the figures just given ("Thirty percent." after a guest's "I'd say 30%", "So we
 * have 20, 35 and one in five." after a round of odds): the asker repeating or tallying the answers, whose forecasts
 * they are already; the echo is nobody's new claim. A bare figure said first, or one nobody gave before, is an answer
 * and stays.
 */
final class EchoedFigures {

    // longer words first, so that "seventeen" is never read as "seven" and a remainder
    private static final String UNIT_WORDS = "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|one|two|three|four|five|six|seven|eight|nine|ten";
    private static final String TEN_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /** One number, in digits or written out: "45", "4.5", "forty-five", "thirty", "three". */
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?|(?:" + TEN_WORDS + ")(?:[- ](?:" + UNIT_WORDS + "))?|(?:"
            + UNIT_WORDS + "))";
    private static final Pattern ANY_NUMBER = Pattern.compile("(?i)(?<![\\p{L}\\d.])" + NUMBER + "(?![\\p{L}\\d])");

    /** One figure of the echo: "45%", "forty-five percent", "about 40", "one in three". */
    private static final Pattern FIGURE = Pattern.compile("(?i)((about|maybe|roughly|around|say|perhaps) )?" + NUMBER
            + "( ?(%|percent|per cent)| in " + NUMBER + ")?");
    /** What may stand before the figures: "So we have", "That's", "OK,". */
    private static final Pattern LEAD = Pattern.compile("(?i)^(((so|ok(ay)?|right|and|well|then|wow),? )*((we have|we['’]ve got"
            + "|that['’]s|that is|that makes|those are|i have|i['’]ve got) )?)");
    private static final Pattern HEDGE_AFTER = Pattern.compile("(?i),? (depending on (the|which) [\\p{L} ]{1,30}|give or take"
            + "( a few| one or two)?|more or less|roughly|in that order|respectively|across the (panel|board|room))$");
    private static final Pattern SEPARATOR = Pattern.compile("(?i)\\s*,\\s*(?:and |or )?|\\s+(?:and|or|to)\\s+");

    /**
     * "inside one of the top five American clouds": a number between a determiner and the noun it counts names which
     * things, and gives no figure an answer could repeat.
     */
    private static final Pattern COUNTED = Pattern.compile("(?i)\\b(the|these|those|top|first|last|next|all)\\s+$");
    private static final Pattern THINGS_COUNTED = Pattern.compile("(?i)\\s+(?!percent\\b|per cent\\b)\\p{L}");

    /** How many turns back a tally of three or more figures may reach for them: a round of answers. */
    private static final int ROUND = 12;

    private EchoedFigures() {
    }

    /** Whether the sentence opens its turn by saying back figures the turns just before it gave. */
    static boolean echoesTheAnswersJustGiven(String said, Sentence s, String text, List<Sentence> sentences) {
        if (!s.block().inTurn() || s.index() == 0 || sentences.get(s.index() - 1).block().turn() == s.block().turn()) {
            return false;
        }
        List<Double> figures = figures(said);
        if (figures.isEmpty()) {
            return false;
        }
        // one figure repeats the turn just before; a tally of several gathers the round's answers
        int turnsBack = figures.size() >= 3 ? ROUND : 1;
        Set<Double> given = new HashSet<>();
        int turns = 0;
        int turn = s.block().turn();
        for (int i = s.index() - 1; i >= 0 && turns <= turnsBack; i--) {
            Sentence before = sentences.get(i);
            if (!before.block().inTurn()) {
                continue;
            }
            if (before.block().turn() != turn) {
                turn = before.block().turn();
                turns++;
                if (turns > turnsBack) {
                    break;
                }
            }
            // a figure the asker offered ("Is it 40% or more?") and the guest takes up is the guest's answer
            if (turn == s.block().turn() || before.isQuestion(text)) {
                continue;
            }
            String words = before.text(text);
            Matcher m = ANY_NUMBER.matcher(words);
            while (m.find()) {
                if (!COUNTED.matcher(words.substring(0, m.start())).find()
                        || !THINGS_COUNTED.matcher(words.substring(m.end())).lookingAt()) {
                    given.add(value(m.group(1)));
                }
            }
        }
        return given.containsAll(figures);
    }

    /** The figures the sentence consists of, or nothing when it says anything else. */
    static List<Double> figures(String said) {
        String s = said.strip().replaceAll("[.!?]+$", "");
        // "So we have 15, 30 and 50, depending on the question.": a hedge after the figures adds none
        s = HEDGE_AFTER.matcher(s).replaceFirst("");
        Matcher lead = LEAD.matcher(s);
        if (lead.lookingAt()) {
            s = s.substring(lead.end());
        }
        List<Double> figures = new ArrayList<>();
        for (String piece : SEPARATOR.split(s)) {
            Matcher m = FIGURE.matcher(piece.strip());
            if (!m.matches()) {
                return List.of();
            }
            figures.add(value(m.group(3)));
            if (m.group(6) != null) {
                figures.add(value(m.group(6)));
            }
        }
        return figures;
    }

    private static double value(String number) {
        return Character.isDigit(number.charAt(0)) ? Double.parseDouble(number) : WordedNumbers.value(number);
    }
}
