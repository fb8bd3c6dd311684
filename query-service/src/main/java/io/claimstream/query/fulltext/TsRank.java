package io.claimstream.query.fulltext;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * PostgreSQL's {@code ts_rank(tsvector, tsquery)} with its default weights {0.1, 0.2, 0.4, 1.0}
 * and normalization 0, ported from tsrank.c (calc_rank, calc_rank_and, calc_rank_or,
 * word_distance) with its arithmetic kept type for type: sums and products of floats in float,
 * the steps C promotes to double in double, each result rounded to float where C stores it. The
 * order of the query's lexemes matters to the float sums, so they are sorted and deduplicated as
 * SortAndUniqItems does (PostgreSQL's lexeme order). A ranked query has no prefix operands
 * (websearch_to_tsquery writes none); the index answers such queries through SQL.
 */
final class TsRank {

    private static final float[] WEIGHTS = {0.1f, 0.2f, 0.4f, 1.0f};
    private static final int MAXENTRYPOS = 1 << 14;
    /** word_distance of 1 ... 100 and of MAXENTRYPOS (a distance unknown), computed once. */
    private static final float[] DISTANCE = new float[102];

    static {
        for (int d = 1; d <= 100; d++) {
            DISTANCE[d] = wordDistance(d);
        }
    }

    /** The query's operands as ranking sees them: numbered, in PostgreSQL's order, once each. */
    record Ranked(boolean and, int[] lexemes) {
    }

    private TsRank() {
    }

    /** What ranking needs of a query: whether its top is an AND or a phrase, and its distinct lexemes in order. */
    static Ranked prepare(TsQuery query, Lexemes lexemes) {
        boolean and = query instanceof TsQuery.And || query instanceof TsQuery.Phrase;
        TreeMap<String, Integer> sorted = new TreeMap<>(Lexemes::compare);
        for (TsQuery.Operand operand : TsQuery.operands(query)) {
            sorted.putIfAbsent(operand.lexeme(), lexemes.find(operand.lexeme()));
        }
        List<Integer> ids = new ArrayList<>(sorted.values());
        return new Ranked(and, ids.stream().mapToInt(Integer::intValue).toArray());
    }

    /** ts_rank(terms, query). */
    static float rank(Ranked query, int[] terms) {
        if (terms.length == 0 || query.lexemes().length == 0) {
            return 0.0f;
        }
        float res = query.and() ? rankAnd(query.lexemes(), terms) : rankOr(query.lexemes(), terms);
        if (res < 0) {
            res = 1e-20f;
        }
        return res;
    }

    static float wordDistance(int w) {
        if (w > 100) {
            return 1e-30f;
        }
        if (DISTANCE[w] != 0) {
            return DISTANCE[w];
        }
        return (float) (1.0 / (1.005 + 0.05 * StrictMath.exp(((float) w) / 1.5 - 2)));
    }

    /** calc_rank_and: every pair of occurrences of two different query lexemes, nearer counting more. */
    private static float rankAnd(int[] items, int[] terms) {
        if (items.length < 2) {
            return rankOr(items, terms);
        }
        int[] entries = new int[items.length];
        boolean[] found = new boolean[items.length];
        float res = -1.0f;
        for (int i = 0; i < items.length; i++) {
            int entry = items[i] == Lexemes.UNKNOWN ? -1 : ClaimTerms.find(terms, items[i]);
            if (entry < 0) {
                continue;
            }
            entries[i] = entry;
            found[i] = true;
            int dimt = Math.max(1, ClaimTerms.count(terms, entry));
            boolean iNull = ClaimTerms.count(terms, entry) == 0;
            for (int k = 0; k < i; k++) {
                if (!found[k]) {
                    continue;
                }
                boolean kNull = ClaimTerms.count(terms, entries[k]) == 0;
                int lenct = Math.max(1, ClaimTerms.count(terms, entries[k]));
                for (int l = 0; l < dimt; l++) {
                    int post = iNull ? MAXENTRYPOS - 1 : ClaimTerms.position(terms, entry, l);
                    for (int p = 0; p < lenct; p++) {
                        int ct = kNull ? MAXENTRYPOS - 1 : ClaimTerms.position(terms, entries[k], p);
                        int dist = Math.abs(ClaimTerms.positionOf(post) - ClaimTerms.positionOf(ct));
                        if (dist != 0 || iNull || kNull) {
                            if (dist == 0) {
                                dist = MAXENTRYPOS;
                            }
                            float product = WEIGHTS[ClaimTerms.weightOf(post)] * WEIGHTS[ClaimTerms.weightOf(ct)]
                                    * wordDistance(dist);
                            float curw = (float) Math.sqrt(product);
                            res = res < 0 ? curw : (float) (1.0 - (1.0 - res) * (1.0 - curw));
                        }
                    }
                }
            }
        }
        return res;
    }

    /** calc_rank_or: each query lexeme's occurrences, the first counting most, averaged over the lexemes. */
    private static float rankOr(int[] items, int[] terms) {
        float res = 0.0f;
        for (int item : items) {
            int entry = item == Lexemes.UNKNOWN ? -1 : ClaimTerms.find(terms, item);
            if (entry < 0) {
                continue;
            }
            int count = ClaimTerms.count(terms, entry);
            int dimt = count == 0 ? 1 : count;
            float resj = 0.0f;
            float wjm = -1.0f;
            int jm = 0;
            for (int j = 0; j < dimt; j++) {
                // a lexeme without positions: PostgreSQL's dummy position 0, weight D
                float w = count == 0 ? WEIGHTS[0] : WEIGHTS[ClaimTerms.weightOf(ClaimTerms.position(terms, entry, j))];
                resj = resj + w / ((j + 1) * (j + 1));
                if (w > wjm) {
                    wjm = w;
                    jm = j;
                }
            }
            res = (float) (res + (wjm + resj - wjm / ((jm + 1) * (jm + 1))) / 1.64493406685);
        }
        if (items.length > 0) {
            res = res / items.length;
        }
        return res;
    }
}
