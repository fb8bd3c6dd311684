package io.claimstream.query.fulltext;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Highlights made in the service from a claim's text and its stored tsvector, as PostgreSQL's
 * ts_headline makes them (each expected string is what PostgreSQL 17 answered for the same text,
 * tsvector and query; HeadlineAgreementTest compares thousands against the real server).
 */
class HeadlineTest {

    private static final String TOLLS = "Harbour tolls rose again, and the harbour board blamed the well-known dredging "
            + "contract for the rise in tolls.";
    private static final String TOLLS_TSV = "'blame':9 'board':8 'contract':15 'dredg':14 'harbour':1,7 'known':13 "
            + "'rise':18 'rose':3 'toll':2,20 'well':12 'well-known':11";

    @Test
    void marksEveryMatchOfAShortClaimWhole() {
        assertThat(headline(TOLLS, TOLLS_TSV, "'harbour' & 'toll'")).isEqualTo("<mark>Harbour</mark> <mark>tolls</mark> "
                + "rose again, and the <mark>harbour</mark> board blamed the well-known dredging contract for the rise in "
                + "<mark>tolls</mark>");
    }

    @Test
    void marksAHyphenatedCompoundByItsParts() {
        assertThat(headline(TOLLS, TOLLS_TSV, "'well-known' <-> 'well' <-> 'known' <-> 'dredg'")).isEqualTo("Harbour "
                + "tolls rose again, and the harbour board blamed the <mark>well</mark>-<mark>known</mark> "
                + "<mark>dredging</mark> contract for the rise in tolls");
    }

    @Test
    void anExclusionCutsTheFragmentAtItsLastMatch() {
        assertThat(headline(TOLLS, TOLLS_TSV, "'harbour' & !'dredg'"))
                .isEqualTo("<mark>Harbour</mark> tolls rose again, and the <mark>harbour</mark> board blamed the");
    }

    @Test
    void aLongClaimIsCutIntoTwoFragmentsAroundItsMatches() {
        StringBuilder text = new StringBuilder("The committee met in the morning and then adjourned. ");
        for (int i = 1; i <= 8; i++) {
            text.append("Members discussed the budget for item number ").append(i).append(" at some length before voting. ");
        }
        text.append("Finally the ferry question came up and the ferry plan passed.");
        String tsv = "'1':17 '2':30 '3':43 '4':56 '5':69 '6':82 '7':95 '8':108 'adjourn':9 "
                + "'budget':13,26,39,52,65,78,91,104 'came':118 'committe':2 'discuss':11,24,37,50,63,76,89,102 "
                + "'ferri':116,122 'final':114 'item':15,28,41,54,67,80,93,106 'length':20,33,46,59,72,85,98,111 "
                + "'member':10,23,36,49,62,75,88,101 'met':3 'morn':6 'number':16,29,42,55,68,81,94,107 'pass':124 "
                + "'plan':123 'question':117 'vote':22,35,48,61,74,87,100,113";
        assertThat(headline(text.toString(), tsv, "'committe' | 'ferri'")).isEqualTo("<mark>committee</mark> met in "
                + "the morning and then adjourned. Members discussed the budget for item number 1 at some length before "
                + "voting. Members discussed the budget for item number ... discussed the budget for item number 8 at some "
                + "length before voting. Finally the <mark>ferry</mark> question came up and the <mark>ferry</mark> plan passed");
    }

    @Test
    void noHighlightWhenTheStoredPositionsGoBeyondTheTextsWords() {
        // a tsvector of another text: its position 40 is no token of this one
        assertThat(headline(TOLLS, "'harbour':1,40 'toll':2", "'harbour'")).isNull();
    }

    private static String headline(String text, String tsv, String query) {
        Lexemes lexemes = new Lexemes();
        int[] terms = ClaimTerms.parse(tsv, lexemes);
        TsMatch.Node node = TsMatch.compile(TsQuery.parse(query), lexemes);
        return Headline.of(text, terms, node, TsMatch.operandsInItemOrder(node));
    }
}
