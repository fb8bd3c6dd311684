package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * A broker's research note: an "Analyst:" credit line under the masthead, chief executives reported in
 * the third person, the analyst's own "we" views, and disclosures at the foot. Read with the real parser,
 * since whether the credit line opens a speaker turn is the parser's call.
 */
class ResearchNoteTest {

    private static final DocumentParser PARSER = new DocumentParser();

    private static final String NOTE = """
            HARBOUR RESEARCH | Equity Note | Health Software
            Analyst: Dana Park, CFA  |  +1 555 0100

            Nadia Okafor, chief executive of Tallow Labs, said margins will shrink next year.

            We think investors still underrate how slowly hospitals buy software. We assign a 25% probability \
            that Tallow Labs raises prices in 2027.

            Disclosures: Harbour Research may hold shares in companies named here.
            """;

    @Test
    void theAnalystHoldsTheNotesViewsAndTheChiefExecutiveHers() {
        Analyses a = analyze(NOTE);
        assertThat(a.speakerOf("investors still underrate")).isEqualTo("Dana Park");
        assertThat(a.speakerOf("We assign a 25% probability")).isEqualTo("Dana Park");
        assertThat(a.speakerOf("margins will shrink")).isEqualTo("Nadia Okafor");
        assertThat(a.speakerNames()).doesNotContain("Analyst", "Disclosures");
    }

    @Test
    void theNotesOwnCallsOnEstimatesAndRatingsAreTheAnalysts() {
        Analyses a = analyze("""
                HARBOUR RESEARCH | Equity Note | Health Software
                Analyst: Dana Park, CFA  |  +1 555 0100

                Key points
                - We met four hospital software vendors in Leeds and Manchester last month.
                - We lower our 2027 sales estimates for licence-only vendors by 10% and keep our Buy on the service-led names.

                Nadia Okafor, chief executive of Tallow Labs, said margins will shrink next year.
                """);
        assertThat(a.speakerOf("We lower our 2027 sales estimates")).isEqualTo("Dana Park");
        assertThat(a.claimWith("We met four hospital software vendors")).isEmpty();
    }

    private static Analyses analyze(String text) {
        return new Analyses(Docs.analyzer().analyze(PARSER.parse(new RawDocument(text, null, null, null, null, null, null),
                Instant.EPOCH)));
    }
}
