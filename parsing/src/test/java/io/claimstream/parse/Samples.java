package io.claimstream.parse;

import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.contracts.Turn;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers for the format tests; every sample text is written for these tests. */
final class Samples {

    private Samples() {
    }

    static ParsedDocument parse(String text) {
        return parse(text, null);
    }

    static ParsedDocument parse(String text, String format) {
        return new DocumentParser().parse(new RawDocument(text, null, null, null, null, null, format), Instant.EPOCH);
    }

    static List<String> speakers(ParsedDocument doc) {
        return doc.turns().stream().map(Turn::speaker).toList();
    }

    static List<String> spoken(ParsedDocument doc) {
        return doc.turns().stream().map(t -> t.span().of(doc.text())).toList();
    }

    /** Every span lies inside the text, turns are ordered and do not overlap. */
    static void assertWellFormed(ParsedDocument doc) {
        int n = doc.text().length();
        int previous = 0;
        for (Turn turn : doc.turns()) {
            assertThat(turn.label().end()).isLessThanOrEqualTo(n);
            assertThat(turn.label().start()).isGreaterThanOrEqualTo(previous);
            assertThat(turn.span().start()).isGreaterThanOrEqualTo(turn.label().end());
            assertThat(turn.span().end()).isLessThanOrEqualTo(n);
            previous = turn.span().end();
        }
        doc.paragraphs().forEach(p -> assertThat(p.span().end()).isLessThanOrEqualTo(n));
        doc.sections().forEach(s -> assertThat(s.span().end()).isLessThanOrEqualTo(n));
        doc.tables().forEach(t -> assertThat(t.span().end()).isLessThanOrEqualTo(n));
        doc.paragraphs().forEach(p -> assertThat(p.turn()).isBetween(-1, doc.turns().size() - 1));
    }
}
