package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A sentence that says nothing without the one before it (an ellipsis, the second half of a correction, a contrast
 * pointing back, a bare probability) is one claim with it; a next sentence that stands alone stays a claim of its own.
 */
class CompletingSentencesTest {

    @Test
    void anEllipsisIsOneClaimWithTheSentenceItLeavesItsVerbTo() {
        Analyses a = Analyses.of("""
                Marta Solvik, who runs procurement at Fjordlane Logistics, was asked whether the discounts would last. \
                "The introductory prices are gone. The savings are not," Solvik said.
                """);
        assertThat(a.claimWith("The introductory prices are gone.")).get()
                .satisfies(c -> assertThat(c.text()).contains("The savings are not"));
    }

    @Test
    void aCorrectionsTwoHalvesAreOneClaim() {
        Analyses a = Analyses.of("""
                Host: Where is the hard part for a warehouse robot company?

                Ilse Brandt: Honestly, the hard part is not the gripper. It is the insurance.
                """);
        assertThat(a.claimWith("the hard part is not the gripper")).get()
                .satisfies(c -> assertThat(c.text()).contains("It is the insurance."));
    }

    @Test
    void aShortContrastPointingBackCompletesTheFirst() {
        Analyses a = Analyses.of("""
                Teodor Rusu, chief technology officer of Caldera Grid, spoke after the launch. "Cooling one data hall \
                with river water is a good pilot. Cooling a whole region that way is a different problem," Rusu said.
                """);
        assertThat(a.claimWith("is a good pilot")).get()
                .satisfies(c -> assertThat(c.text()).contains("is a different problem"));
    }

    @Test
    void aBareProbabilityGivesTheOddsOfWhatWasJustSaid() {
        Analyses a = Analyses.of("""
                Host: One number from each of you: will a hospital in Europe let an agent write discharge letters \
                unreviewed by 2028?

                Okonkwo: Fewer than Ilse thinks. Maybe 25%.

                Brandt: Sixty percent.
                """);
        assertThat(a.claimWith("Maybe 25%")).get().satisfies(c -> {
            assertThat(c.text()).contains("Fewer than Ilse thinks.");
            assertThat(c.type()).isEqualTo("prediction");
        });
        assertThat(a.claimWith("Sixty percent.")).get().satisfies(c -> assertThat(c.type()).isEqualTo("prediction"));
    }

    @Test
    void aHedgedSecondFigureAfterOddsIsTheSameAnswer() {
        Analyses a = Analyses.of("""
                Host: Will most freight trucks in Texas drive themselves by 2032?

                Delgado: Thirty percent. Perhaps thirty-five.
                """);
        assertThat(a.claimWith("Thirty percent.")).get()
                .satisfies(c -> assertThat(c.text()).contains("Perhaps thirty-five."));
    }

    @Test
    void aNextSentenceThatStandsAloneStaysAClaimOfItsOwn() {
        Analyses a = Analyses.of("""
                Host: What did the audit find?

                Ilse Brandt: The scanners were never calibrated. That is a failure of management, and I said so. \
                Go where the errors aren't. It is a waste of time to blame the staff for it.
                """);
        assertThat(a.claimWith("That is a failure of management")).get()
                .satisfies(c -> assertThat(c.text()).doesNotContain("calibrated"));
        assertThat(a.claimWith("Go where the errors aren't")).get()
                .satisfies(c -> assertThat(c.text()).doesNotContain("failure of management"));
        assertThat(a.claimWith("It is a waste of time")).get()
                .satisfies(c -> assertThat(c.text()).doesNotContain("Go where"));
    }

    @Test
    void aDeniedThoughtAndWhatItIsInsteadAreOneClaim() {
        Analyses a = Analyses.of("""
                Host: Why do the big hospitals buy so slowly?

                Ilse Brandt: I don't think that is about budgets. It is about liability.
                """);
        assertThat(a.claimWith("about budgets")).get()
                .satisfies(c -> assertThat(c.text()).contains("It is about liability."));
    }

    @Test
    void theSameSubjectSaidToBeOneThingAndNotAnotherIsOneClaim() {
        Analyses a = Analyses.of("""
                Host: Where do European robot makers stand?

                Ilse Brandt: We are excellent at the hardware. We are still not good at the software.
                """);
        assertThat(a.claimWith("excellent at the hardware")).get()
                .satisfies(c -> assertThat(c.text()).contains("still not good at the software"));
    }

    @Test
    void aFragmentAnswerAndWhatItMeansAreOneClaim() {
        Analyses a = Analyses.of("""
                Host: Where is the gap with the leading labs?

                Ilse Brandt: In evaluation culture. I mean the habit of testing before every release.

                Host: And is the gap closing or growing?

                Tomas Brenner: Closing. Slowly, in the tools engineers use every day.
                """);
        assertThat(a.claimWith("In evaluation culture.")).get()
                .satisfies(c -> assertThat(c.text()).contains("I mean the habit"));
        assertThat(a.claimWith("Closing.")).get()
                .satisfies(c -> assertThat(c.text()).contains("Slowly, in the tools"));
    }
}
