package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * A fact-check: the words its claim box quotes are the claimant's whom the box names, the findings and the rating
 * are the outlet's whose masthead heads the piece, and the box's labels, the correction under the piece and the
 * outlet's note about itself claim nothing.
 */
class FactCheckArticleTest {

    private static final String CHECK = """
            # Did a chip start-up really cut inference power use in half?

            **Ledger Check** · March 9, 2027

            > **Claim:** "Our new accelerator uses half the power of any GPU on the market."
            >
            > **Claimed by:** Ravi Annan, founder of Slatewave, in a keynote on March 2
            >
            > **Verdict: Misleading**

            Slatewave published one benchmark, run at a batch size few customers use. Oksana Reyes, an engineer at the \
            test lab Benchmarkly, said the saving shrinks to about 15% at ordinary batch sizes.

            We asked Slatewave for its other results and did not receive them.

            The figure holds for one narrow test and not for the way the chip is normally used.

            We rate this claim Misleading.

            *Correction, March 10: An earlier version of this article gave the wrong date for the keynote.*

            *Ledger Check is an independent fact-checking desk.*
            """;

    private static Analyses analysed(String text) {
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
                new RawDocument(text, "check", null, null, null, null, null), Instant.parse("2027-03-09T00:00:00Z"))));
    }

    @Test
    void theBoxedQuotationIsTheClaimantsAndTheFindingsAreTheOutlets() {
        Analyses a = analysed(CHECK);
        assertThat(a.speakerOf("half the power of any GPU")).isEqualTo("Ravi Annan");
        assertThat(a.claimWith("half the power of any GPU").orElseThrow().text()).startsWith("\"Our new accelerator");
        assertThat(a.speakerOf("shrinks to about 15%")).isEqualTo("Oksana Reyes");
        assertThat(a.speakerOf("holds for one narrow test")).isEqualTo("Ledger Check");
        assertThat(a.speakerOf("We rate this claim")).isEqualTo("Ledger Check");
    }

    @Test
    void theBoxLabelsTheCorrectionAndTheOutletsNoteClaimNothing() {
        Analyses a = analysed(CHECK);
        assertThat(a.doc().claims()).noneMatch(c -> c.text().contains("Claimed by") || c.text().contains("Verdict")
                || c.text().contains("earlier version") || c.text().contains("fact-checking desk"));
    }

    @Test
    void aPieceWithoutARatingHasNoOutletSpeaking() {
        assertThat(FactChecks.outlet(CHECK)).isEqualTo("Ledger Check");
        assertThat(FactChecks.outlet(CHECK.replace("**Verdict: Misleading**", ""))).isNull();
    }
}
