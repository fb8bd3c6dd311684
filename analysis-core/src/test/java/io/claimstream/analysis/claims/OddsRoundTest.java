package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.Prediction;
import org.junit.jupiter.api.Test;

/**
 * A round of odds in a transcript: the host puts a proposition with its horizon, sometimes without a question mark,
 * and each guest answers with a figure. Each answer forecasts the proposition, at its figure, for its horizon.
 */
class OddsRoundTest {

    private static final String ROUND = """
            Lena: The quick round. Everybody gives a number, no explanations.

            Omar: First one. The chance that an open model tops the coding leaderboard by the end of 2027.

            Priya: Seventy percent.

            Jonas: Fifteen percent.

            Lena: Next one: what are the odds a chip startup goes public before 2029?

            Priya: Ten, because the window is shut.
            """;

    @Test
    void eachAnswerForecastsTheRoundsPropositionForItsHorizon() {
        Analyses a = Analyses.of(ROUND, "2026-03-15");
        Prediction seventy = a.claimWith("Seventy percent").map(Claim::prediction).orElseThrow();
        assertThat(seventy.probability()).isEqualTo(0.7);
        assertThat(seventy.horizonEnd()).isEqualTo("2027-12-31");
        // the second answer in a row answers the same statement, not the answer before it
        Prediction fifteen = a.claimWith("Fifteen percent").map(Claim::prediction).orElseThrow();
        assertThat(fifteen.horizonEnd()).isEqualTo("2027-12-31");
    }

    @Test
    void aFigureWithAReasonIsStillTheOdds() {
        Analyses a = Analyses.of(ROUND, "2026-03-15");
        Claim ten = a.claimWith("Ten, because the window is shut").orElseThrow();
        assertThat(ten.type()).isEqualTo("prediction");
        assertThat(ten.prediction().probability()).isEqualTo(0.1);
        assertThat(ten.prediction().horizonEnd()).isEqualTo("2028-12-31");
    }
}
