package io.claimstream.analysis.eval;

import java.util.Arrays;
import java.util.List;

import io.claimstream.analysis.eval.GoldFile.GoldClaim;
import io.claimstream.analysis.eval.GoldFile.GoldDocument;
import io.claimstream.analysis.eval.GoldFile.GoldNonClaim;

/**
 * A text given another surface, with where each character of the text it came from went: character {@code i} of the
 * source became {@code text[start[i], end[i])} (empty when it was dropped, as a replaced turn label is). A gold
 * snippet found in the source is rewritten to the stretch its first and last characters became, with whatever the
 * new surface put between them ("&gt; " after a line break, a tag, an escape), so it is found in the new text as
 * score.py finds it.
 */
final class Rendering {

    final String text;
    private final int[] start;
    private final int[] end;

    private Rendering(String text, int[] start, int[] end) {
        this.text = text;
        this.start = start;
        this.end = end;
    }

    /** The text as it is. */
    static Rendering of(String text) {
        int[] at = new int[text.length()];
        int[] after = new int[text.length()];
        for (int i = 0; i < at.length; i++) {
            at[i] = i;
            after[i] = i + 1;
        }
        return new Rendering(text, at, after);
    }

    /** This rendering followed by {@code next}, which was made from this one's text: the source maps through both. */
    Rendering then(Rendering next) {
        int[] at = new int[start.length];
        int[] after = new int[end.length];
        for (int i = 0; i < at.length; i++) {
            at[i] = start[i] < next.start.length ? next.start[start[i]] : next.text.length();
            after[i] = end[i] == start[i] ? at[i] : next.end[end[i] - 1];
        }
        return new Rendering(next.text, at, after);
    }

    /** {@code snippet} as it reads in this rendering, or unchanged when the source does not hold it. */
    String rewrite(String source, String snippet) {
        int at = source.indexOf(snippet);
        if (at < 0 || snippet.isEmpty()) {
            return snippet;
        }
        return text.substring(start[at], Math.max(start[at], end[at + snippet.length() - 1]));
    }

    /** Builds a rendering of {@code source} by copying its characters, replacing some and inserting text between. */
    static final class Builder {
        private final String source;
        private final StringBuilder out = new StringBuilder();
        private final int[] start;
        private final int[] end;

        Builder(String source) {
            this.source = source;
            this.start = new int[source.length()];
            this.end = new int[source.length()];
            Arrays.fill(start, -1);
        }

        Builder insert(String s) {
            out.append(s);
            return this;
        }

        /** How much of the new text is written so far: where the next insert or copy begins. */
        int written() {
            return out.length();
        }

        /** Source character {@code i} written as {@code as} ({@code ""} drops it). */
        Builder put(int i, String as) {
            start[i] = out.length();
            out.append(as);
            end[i] = out.length();
            return this;
        }

        Builder copy(int from, int to) {
            for (int i = from; i < to; i++) {
                put(i, String.valueOf(source.charAt(i)));
            }
            return this;
        }

        Builder drop(int from, int to) {
            for (int i = from; i < to; i++) {
                put(i, "");
            }
            return this;
        }

        Rendering build() {
            for (int i = 0; i < start.length; i++) {
                if (start[i] < 0) {
                    throw new IllegalStateException("source character " + i + " was neither copied nor dropped");
                }
            }
            return new Rendering(out.toString(), start, end);
        }
    }

    /** The gold of {@code source}, this rendering's source, with every snippet as it reads in the new text. */
    GoldDocument rewrite(GoldDocument gold, String source) {
        List<GoldClaim> claims = gold.claims().stream().map(c -> new GoldClaim(rewrite(source, c.snippet()),
                c.speaker(), c.type(), c.topics(), c.attribution())).toList();
        List<GoldNonClaim> nonClaims = gold.non_claims().stream()
                .map(n -> new GoldNonClaim(rewrite(source, n.snippet()), n.why())).toList();
        List<GoldFile.GoldPrediction> predictions = gold.predictions().stream().map(p -> new GoldFile.GoldPrediction(
                rewrite(source, p.snippet()), p.speaker(), p.probability(), p.horizon())).toList();
        List<GoldFile.GoldNumber> numbers = gold.numbers().stream()
                .map(n -> new GoldFile.GoldNumber(rewrite(source, n.snippet()), n.speaker())).toList();
        return new GoldDocument(gold.file(), gold.title(), gold.published(), gold.speakers(), claims, nonClaims,
                predictions, numbers);
    }
}
