package io.claimstream.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AnywhereTest {

    /** Shapes the analysis writes, and some it does not, which must fall back to matches(). */
    private static final List<String> EXPRESSIONS = List.of(
            "(?i).*(\\bwill\\b|['’]ll\\b|\\bgoing to\\b|\\bnext (few |two )?(years?|months?)\\b|\\d+\\s?%.*\\b(optimistic)\\b"
                    + "|\\bexpects?\\b[^.;]{1,20}\\bto \\w+|\\bis set to\\b).*",
            "(?i).*(^|[:;]\\s*)(need|needs|must|should)\\b.*",
            "(?s).*\\b(in the past|last year|in (19|20)\\d\\d)\\b.*",
            "(?i).*(\\d[\\d,.]*\\s*(%|x\\b|times)|\\$\\s?\\d|orders? of magnitude).*",
            ".*(?:\\bwe\\b|[(\\[|]will).*",
            ".*\\bsoon\\b.*|next",
            ".*(a)\\1.*",
            "(?i).*(\\bwill\\b|(?=x)\\bsoon\\b).*",
            ".*\\.*",
            ".*[]a]*will.*",
            // top-level alternatives, answered one by one
            "(?i)^(we|the) will\\b.*|.*\\b(soon|next)\\b.*|^5 %$",
            "(?i)^will.*|(?s).*\\bpast\\b.*|.*\\byears\\b.*",
            "^a.*|(?i)^WILL.*|.*\\bSOON\\b.*",
            "a(?i)b.*|.*\\bwe\\b.*",
            ".*(a)\\1.*|.*soon.*",
            ".*[|]will.*|.*x\\b.*",
            ".*\\Qa|b\\E.*|.*soon.*");

    private static final String[] PIECES = {"we", "will", "Will", "soon", "next", "years", "year", "going", "to", "in",
        "the", "past", "2024", "1999", "5", "%", "$", "x", "need", "must", "should", ":", ";", ".", ",", "'ll", "’ll",
        "expects", "is", "set", "optimistic", "orders", "of", "magnitude", "(", ")", "[", "|", "a", "aa", "\n", "\r\n",
        "\u2028", "last", "two", "months", "times", "é", "willing"};

    @Test
    void answersAsMatchesDoesOnRandomTexts() {
        Random random = new Random(42);
        for (String regex : EXPRESSIONS) {
            Anywhere anywhere = Anywhere.compile(regex);
            Pattern pattern = Pattern.compile(regex);
            for (int n = 0; n < 4000; n++) {
                StringBuilder text = new StringBuilder();
                int words = random.nextInt(14);
                for (int w = 0; w < words; w++) {
                    text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
                }
                String t = text.toString();
                assertThat(anywhere.in(t)).as("%s on [%s]", regex, t).isEqualTo(pattern.matcher(t).matches());
            }
        }
    }

    @Test
    void findsWordsAnywhereOnOneLine() {
        Anywhere future = Anywhere.compile("(?i).*(\\bwill\\b|['’]ll\\b).*");
        assertThat(future.in("Prices Will fall")).isTrue();
        assertThat(future.in("We’ll see")).isTrue();
        assertThat(future.in("goodwill matters")).isFalse();
        assertThat(future.in("first line\nprices will fall")).isFalse(); // as matches(): '.' stops at the break
    }

    @Test
    void answersEachTopLevelAlternativeWithTheFlagsInForceThere() {
        Anywhere cue = Anywhere.compile("(?i)^thanks\\b.*|.*\\b(round of applause)\\b.*|(?s)^see you\\b.*|.*\\bSIGN UP\\b.*");
        assertThat(cue.in("Thanks, everyone")).isTrue();
        assertThat(cue.in("Let's have a Round of Applause for them")).isTrue();
        assertThat(cue.in("See you\nnext week")).isTrue(); // (?s) opened this alternative
        assertThat(cue.in("Please sign up\ntoday")).isTrue(); // and lasts into the next one
        assertThat(cue.in("No thanks were given")).isFalse();
    }
}
