package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * A round of odds in a transcript: the host asks once, for a horizon, and the guests answer in turn, with the host
 * calling on each or putting a side question to one of them. Every figure in the round is for the question that opened
 * it; a figure a guest says or guesses mid-sentence is in percent.
 */
class OddsRoundHorizonTest {

    private static final String PANEL = """
            Harbour Futures Panel

            Lena Ortiz (Moderator): Last part, the quick round. What is the probability that the new ferry line carries a million passengers a year by the end of 2029? Tomas, you first.

            Tomas Reyes: Thirty percent, and I am being kind.

            Lena Ortiz (Moderator): And your question about the bridge toll from earlier, does it survive the vote?

            Tomas Reyes: On the toll, after the vote? At most 15%. I would rather be low than wrong.

            Priya Nand: Forty percent, maybe a little more. Commuters switch faster than planners think.

            Owen Blake: Fifty percent. The timetable is the whole story. Winter service is a different question, and there I would say ten.

            Lena Ortiz (Moderator): So we have thirty, forty and fifty. My own number is thirty-five, for what it is worth.
            """;

    @Test
    void figuresInTheRoundTakeTheHorizonOfTheQuestionThatOpenedIt() {
        Analyses a = Analyses.of(PANEL, "2026-10-01");
        Claim nand = a.claimWith("Forty percent, maybe a little more").orElseThrow();
        assertThat(nand.prediction().probability()).isEqualTo(0.4);
        assertThat(nand.prediction().horizonEnd()).isEqualTo("2029-12-31");
        Claim blake = a.claimWith("Fifty percent").orElseThrow();
        assertThat(blake.prediction().horizonEnd()).isEqualTo("2029-12-31");
    }

    @Test
    void aFigureSaidOrGuessedInTheRoundIsInPercent() {
        Analyses a = Analyses.of(PANEL, "2026-10-01");
        Claim winter = a.claimWith("there I would say ten").orElseThrow();
        assertThat(winter.prediction().probability()).isEqualTo(0.1);
        Claim host = a.claimWith("My own number is thirty-five").orElseThrow();
        assertThat(host.type()).isEqualTo("prediction");
        assertThat(host.prediction().probability()).isEqualTo(0.35);
        assertThat(host.prediction().horizonEnd()).isEqualTo("2029-12-31");
    }

    private static final String NARRATED = """
            Notes from the harbour board retreat

            At the end of the retreat, the chair asked each member for one number: the share of freight that will move by rail by the end of 2028. The answers ranged widely. Mira Holt said 15%; Dean Sato, about 10%; Ms. Brandt, "for containers, no more than 5%".
            """;

    @Test
    void figuresNarratedAfterACallForANumberAreForItsHorizon() {
        Analyses a = Analyses.of(NARRATED, "2026-10-01");
        Claim holt = a.claimWith("Mira Holt said 15%").orElseThrow();
        assertThat(holt.prediction().horizonEnd()).isEqualTo("2028-12-31");
        Claim sato = a.claimWith("Dean Sato, about 10%").orElseThrow();
        assertThat(sato.prediction().probability()).isEqualTo(0.1);
        assertThat(sato.prediction().horizonEnd()).isEqualTo("2028-12-31");
    }
}
