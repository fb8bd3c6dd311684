package io.claimstream.query.fulltext;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * tsvector @@ tsquery and ts_rank as PostgreSQL 17 computed them for these vectors and queries
 * (psql, SELECT v @@ q, ts_rank(v, q)::float8): the port must agree to the last bit of the float.
 */
class TsMatchAndRankTest {

    private static final String WEIGHTED = "'chip':3A,5,8B 'maker':9 'price':6C 'tariff':1C,12";
    private static final String LETTERS = "'a':1 'b':2 'c':4 'd':5";
    private static final String TARIFFS = "'chip':3,5,8 'maker':9 'pay':10 'price':6 'rais':4 'tariff':1,12";
    private static final String ROBOTS = "'five':6 'fold':3 'laundri':4 'robot':1 'within':5 'year':7";
    private static final String OPEN = "'beat':4 'close':5 'code':8 'maintain':13 'model':3 'one':6 'open':1,11 'say':9 'sourc':12 'weight':2";

    @Test
    void matchesAsPostgresqlDoes() {
        assertMatch(WEIGHTED, "'chip' & 'tariff'", true);
        assertMatch(WEIGHTED, "'chip' <-> 'price'", true);
        assertMatch(WEIGHTED, "!'chip' <-> 'price'", false);
        assertMatch(WEIGHTED, "'chip' <-> !'price'", true);
        assertMatch(WEIGHTED, "'chip':A <-> 'price'", false);
        assertMatch(WEIGHTED, "'chip':B & 'tariff'", true);
        assertMatch(WEIGHTED, "!( 'a' <-> 'b' )", true);
        assertMatch(LETTERS, "'a' <-> ( 'b' | 'c' )", true);
        assertMatch(LETTERS, "'a' <-> 'b' <2> 'c'", true);
        assertMatch(LETTERS, "'a' <3> 'c'", true);
        assertMatch(LETTERS, "'a' <-> !'c'", true);
        assertMatch(LETTERS, "!'a' <-> 'b'", false);
        assertMatch(LETTERS, "'c' <-> 'd' <-> !'a'", true);
        assertMatch(LETTERS, "!( 'a' <-> 'b' )", false);
        assertMatch(LETTERS, "( 'a' | 'c' ) <-> ( 'b' | 'd' )", true);
        assertMatch(OPEN, "'open' <-> 'weight' & !'close'", false);
        assertMatch(OPEN, "'open' & 'weight'", true);
        assertMatch(TARIFFS, "'tariff'", true);
        assertMatch(ROBOTS, "'chip' | 'laundri'", true);
        assertMatch(ROBOTS, "'robot' & 'laundri' & 'year'", true);
    }

    @Test
    void ranksAsPostgresqlDoes() {
        assertRank(WEIGHTED, "'chip' & 'tariff'", 0.7623985409736633);
        assertRank(WEIGHTED, "'chip' <-> 'price'", 0.6497836709022522);
        assertRank(WEIGHTED, "'chip' | 'price' | 'tariff'", 0.3028377592563629);
        assertRank(WEIGHTED, "!( 'a' <-> 'b' )", 0);
        assertRank(LETTERS, "!'a' <-> 'b'", 0.09910321980714798);
        assertRank(LETTERS, "!( 'a' <-> 'b' )", 0.0607927106320858);
        assertRank(LETTERS, "'a' <-> 'b' <2> 'c'", 0.2669127583503723);
        assertRank(LETTERS, "'c' <-> 'd' <-> !'a'", 0.2642635107040405);
        assertRank(LETTERS, "( 'a' | 'c' ) <-> ( 'b' | 'd' )", 0.46064093708992004);
        assertRank(LETTERS, "'chip' & 'tariff'", 9.999999682655225e-21);
        assertRank(LETTERS, "'chip' | 'price' | 'tariff'", 0);
        assertRank(TARIFFS, "'chip' & 'tariff'", 0.40274477005004883);
        assertRank(TARIFFS, "'chip' <-> 'price'", 0.2669127583503723);
        assertRank(TARIFFS, "'chip' | 'laundri'", 0.041372817009687424);
        assertRank(TARIFFS, "'tariff'", 0.07599088549613953);
        assertRank(ROBOTS, "'chip' | 'laundri'", 0.0303963553160429);
        assertRank(ROBOTS, "'robot' & 'laundri' & 'year'", 0.25473523139953613);
        assertRank(OPEN, "'open' <-> 'weight'", 0.1457192301750183);
    }

    @Test
    void readsTsqueriesAsPostgresqlWritesThem() {
        TsQuery query = TsQuery.parse("'state-of-the-art' <-> 'state' <3> 'art' & 'model' | !'it''s'");
        assertThat(query).isInstanceOf(TsQuery.Or.class);
        TsQuery.Or or = (TsQuery.Or) query;
        assertThat(or.right()).isEqualTo(new TsQuery.Not(new TsQuery.Operand("it's", 0, false)));
        TsQuery.And and = (TsQuery.And) or.left();
        assertThat(and.right()).isEqualTo(new TsQuery.Operand("model", 0, false));
        TsQuery.Phrase phrase = (TsQuery.Phrase) and.left();
        assertThat(phrase.distance()).isEqualTo(3);
        assertThat(TsQuery.parse("")).isNull();
        assertThat(TsQuery.parse("'back\\\\slash':*AB")).isEqualTo(new TsQuery.Operand("back\\slash", 0b1100, true));
    }

    @Test
    void sortsLexemesByTheirBytes() {
        assertThat(Lexemes.compare("ab", "abc")).isNegative();
        assertThat(Lexemes.compare("b", "abc")).isPositive();
        // U+FF21 (fullwidth A) before U+1F600 in UTF-8, though its UTF-16 unit is the larger
        assertThat(Lexemes.compare("\uFF21", "\uD83D\uDE00")).isNegative();
    }

    private static void assertMatch(String vector, String query, boolean expected) {
        Lexemes lexemes = new Lexemes();
        int[] terms = ClaimTerms.parse(vector, lexemes);
        assertThat(TsMatch.matches(TsMatch.compile(TsQuery.parse(query), lexemes), terms)).as(vector + " @@ " + query)
                .isEqualTo(expected);
    }

    private static void assertRank(String vector, String query, double expected) {
        Lexemes lexemes = new Lexemes();
        int[] terms = ClaimTerms.parse(vector, lexemes);
        float rank = TsRank.rank(TsRank.prepare(TsQuery.parse(query), lexemes), terms);
        assertThat((double) rank).as("ts_rank(" + vector + ", " + query + ")").isEqualTo(expected);
    }
}
