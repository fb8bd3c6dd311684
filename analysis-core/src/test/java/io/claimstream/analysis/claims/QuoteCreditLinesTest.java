package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * A roundup of quotations, each credited on the line under it after a dash ({@code — Name, role}): the
 * quotation is the credited person's, not that of whoever the line above it credited, and the credit line
 * itself claims nothing.
 */
class QuoteCreditLinesTest {

    private static final String ROUNDUP = """
            THE WEEK IN QUOTES

            "Inference prices will halve again before the end of 2027."
            — Mateo Lindqvist, pricing lead at Corvane

            "We cut our evaluation budget by a third and nobody noticed for six months."
            — Aiko Brandvold,
            chief scientist, Heliotrope Labs

            "Every lab should publish its red-team findings within ninety days."
            — Dr. Femi Okparaeke, Lagos Institute of Technology

            "Benchmarks should be retired after two years."
            — Prof. Ingrid Ravnsborg, Aarhus University

            "Smaller models are where the margin is now."
            — Lindqvist again, on a podcast he said was recorded at 6 a.m.
            """;

    private static Analyses analysed(String text) {
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
                new RawDocument(text, "quotes", null, null, null, null, null), Instant.parse("2026-11-01T00:00:00Z"))));
    }

    @Test
    void eachQuotationBelongsToTheNameOnTheDashLineUnderIt() {
        Analyses a = analysed(ROUNDUP);
        assertThat(a.speakerOf("halve again")).isEqualTo("Mateo Lindqvist");
        assertThat(a.speakerOf("evaluation budget by a third")).isEqualTo("Aiko Brandvold");
        assertThat(a.speakerOf("red-team findings")).isEqualTo("Femi Okparaeke");
        assertThat(a.speakerOf("retired after two years")).isEqualTo("Ingrid Ravnsborg");
        assertThat(a.speakerOf("where the margin is")).isEqualTo("Mateo Lindqvist");
        assertThat(a.claimWith("recorded at 6")).isEmpty();
        assertThat(a.claimWith("chief scientist")).isEmpty();
    }
}
