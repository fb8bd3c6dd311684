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

    private static final String ROUNDUP = """
            FACT FOCUS: What robotics bosses said at the Lisbon expo

            By THE HARBOUR CHECK TEAM

            LISBON, Portugal (Harbour Check) — Three robotics executives spoke at the expo on Tuesday. Harbour Check \
            looked at two of their statements.

            CLAIM: "Our arms pick a parcel every two seconds, faster than any human packer." — Ines Faria, chief \
            executive of Boltline, in a keynote on Tuesday.

            VERDICT: Mostly false.

            THE FACTS: The company's own trial report gives an average of one pick every four seconds. The fastest \
            human packers in the same trial averaged three seconds.

            CLAIM: Warehouse robots are "safer than forklifts by every measure." — Tomas Lindgren, founder of Crateworks.

            VERDICT: Misleading.

            THE FACTS: Injury data from the national safety office cover forklifts but not robot arms.

            Find Harbour Check's reviews at harbourcheck.example.
            """;

    @Test
    void aRoundupCreditsEachClaimOnItsLineAndItsDatelineNamesTheOutlet() {
        assertThat(FactChecks.outlet(ROUNDUP)).isEqualTo("Harbour Check");
        Analyses a = analysed(ROUNDUP);
        assertThat(a.speakerOf("a parcel every two seconds")).isEqualTo("Ines Faria");
        assertThat(a.claimWith("a parcel every two seconds").orElseThrow().text()).doesNotContain("Boltline");
        assertThat(a.speakerOf("safer than forklifts")).isEqualTo("Tomas Lindgren");
        assertThat(a.speakerOf("one pick every four seconds")).isEqualTo("Harbour Check");
        assertThat(a.speakerOf("cover forklifts but not robot arms")).isEqualTo("Harbour Check");
    }

    @Test
    void aRoundupsHeadlineAndWhatItSaysOfItselfClaimNothing() {
        Analyses a = analysed(ROUNDUP);
        assertThat(a.doc().claims()).noneMatch(c -> c.text().contains("What robotics bosses said")
                || c.text().contains("looked at two") || c.text().contains("reviews at"));
    }
}
