package io.claimstream.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class RequiredPiecesTest {

    /** Shapes of the rules' expressions: word lists, optional parts, counts, look-arounds, flags, classes, escapes. */
    private static final List<String> EXPRESSIONS = List.of(
            "(?i).*\\b(will|would|going to|expects?|plans? to)\\b.*",
            "(?s)^[\"“'‘]?(and |but |so )?(if|unless)\\b.*",
            "(?<!\\b(?:we|you) )\\bshould (?:(?:probably|soon) )?(drop|rise|be (?:ready|done))\\b",
            "\\b(not|never|n['’]t)( quite| so)? (always|surely)\\b",
            "\\bMay(?=,? \\d)|(?<=\\b(?:in|on|In|On) )May\\b",
            "(?s).*\\b(had|has) (already )?\\w+(ed|en)\\b.*",
            "\\bwithin (a|two|\\d+) (days?|weeks?)\\b",
            "(?i)(many |big )?thanks (also )?to\\b[^.;:]{0,100}?\\b(for|on)\\b.*",
            "(?s)^(?:(?!\\b(?:that|which)\\b).)*\\b(usually|always)\\b.*",
            "a+b{2}c{0,3}d?e*f{1,}g",
            "(?i:we)(?-i) Will|(?i)SOON",
            "(?:x|y)z\\.|\\$\\d|\\bq\\b",
            "(?<name>we|they) (will|\\k<name>)",
            "(?s).*\\b(20\\d\\d) (will|may)\\b.*",
            "(?i).*\\b(rose|fell)\\b.*|.*\\b(we|i) \\w+ed\\b(?! to\\b).*",
            "[^.;]{3,20}?,\\s*(?:then\\s+)?(would|['’]d)\\b",
            "(?i)^((hello|hi)|welcome)\\b.*",
            "\\p{Lu}\\p{Ll}+ said|\\x41b|\\u00e9t\\u00e9|\\0101z|\\tT");

    private static final String[] WORDS = {"we", "We", "WE", "will", "Will", "WILL", "would", "soon", "SOON", "going", "to",
        "expects", "expect", "plans", "and", "but", "if", "unless", "should", "probably", "drop", "rise", "be", "ready",
        "not", "n't", "never", "quite", "always", "surely", "May", "may", "in", "In", "on", "4", "2026", "had", "has",
        "already", "walked", "taken", "within", "within two weeks", "a", "two", "days", "week", "thanks", "Thanks", "Thanks to", "many", "also", "for",
        "that", "which", "usually", "aabbd", "abbg", "abbccdeefg", "x", "y", "z.", "xz.", "$5", "q", "they", "rose",
        "FELL", "i", "jumped", ",", ";", ".", "then", "'d", "’d", "hello", "HI", "welcome", "Anna", "said", "Ab", "été",
        "Az", "\tT", "\"", "“", "\n", "é", "K", "\u212A"};

    @Test
    void noTextTheExpressionFindsLacksAllPieces() {
        Random random = new Random(7);
        for (String regex : EXPRESSIONS) {
            RequiredPieces pieces = RequiredPieces.of(regex);
            assertThat(pieces).as(regex).isNotNull();
            Pattern pattern = Pattern.compile(regex);
            int found = 0;
            for (int n = 0; n < 20000; n++) {
                StringBuilder text = new StringBuilder();
                for (int w = random.nextInt(12); w > 0; w--) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? "" : " ");
                }
                String t = text.toString();
                if (pattern.matcher(t).find()) {
                    found++;
                    assertThat(pieces.mayMatch(t)).as("%s on [%s]", regex, t).isTrue();
                }
            }
            assertThat(found).as("texts %s finds", regex).isPositive();
        }
    }

    @Test
    void aWordListIsLookedForAsItsWordsWhateverTheirCase() {
        RequiredPieces pieces = RequiredPieces.of("(?i).*\\b(rose|fell|grew) (sharply|fast)\\b.*");
        assertThat(pieces.mayMatch("Prices ROSE SHARPLY in May")).isTrue();
        assertThat(pieces.mayMatch("growth was FAST")).isTrue(); // the shorter of the two lists is the one looked for
        assertThat(pieces.mayMatch("Prices rose in May")).isFalse();
    }

    @Test
    void expressionsItCannotReadSafelyHaveNoPieces() {
        assertThat(RequiredPieces.of("(?iu).*\\bkelvin\\b.*")).isNull(); // Unicode case: K is also U+212A
        assertThat(RequiredPieces.of("(?x).*\\b will \\b.*")).isNull(); // spaces are not text
        assertThat(RequiredPieces.of(".*\\Qa|b\\E.*")).isNull();
        assertThat(RequiredPieces.of(".*[]a]will.*")).isNull();
        assertThat(RequiredPieces.of(".*(soon|).*")).isNull(); // an empty alternative holds nothing
        assertThat(RequiredPieces.of("(?s).*\\b(we)?\\d+.*")).isNull();
    }
}
