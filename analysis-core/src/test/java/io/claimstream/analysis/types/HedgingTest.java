package io.claimstream.analysis.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HedgingTest {

    private final Hedging hedging = new Hedging();

    @Test
    void hedgesLowerAndBoostersRaiseConfidence() {
        double plain = hedging.confidence("Open models match closed ones.");
        double hedged = hedging.confidence("Maybe open models might match closed ones.");
        double boosted = hedging.confidence("Open models will definitely and clearly match closed ones.");
        assertThat(hedged).isLessThan(plain);
        assertThat(boosted).isGreaterThan(plain);
        assertThat(hedged).isBetween(0.0, 1.0);
        assertThat(boosted).isBetween(0.0, 1.0);
    }

    @Test
    void theMonthMayIsNoHedge() {
        assertThat(hedging.confidence("The firm shipped its first chip in May 2025."))
                .isEqualTo(hedging.confidence("The firm shipped its first chip in June 2025."));
        assertThat(hedging.confidence("Prices may fall.")).isLessThan(hedging.confidence("Prices fall."));
    }

    @Test
    void aDeniedBoosterOrADoubtLowersConfidence() {
        double plain = hedging.confidence("Bigger models win.");
        assertThat(hedging.confidence("Bigger models do not always win.")).isLessThan(plain);
        assertThat(hedging.confidence("I am not convinced bigger models win.")).isLessThan(plain);
        assertThat(hedging.confidence("Bigger models always win.")).isGreaterThan(plain);
    }

    @Test
    void aRoughFigureIsNoDoubtAndDeclaredCertaintyFirmsTheClaim() {
        double plain = hedging.confidence("The ferry carries a third of the island's freight.");
        assertThat(hedging.confidence("The ferry carries roughly a third of the island's freight.")).isEqualTo(plain);
        assertThat(hedging.confidence("The ferry carries approximately 2,000 tonnes a week."))
                .isEqualTo(hedging.confidence("The ferry carries 2,000 tonnes a week."));
        assertThat(hedging.confidence("The tram will open by spring, I'm quite confident of that."))
                .isGreaterThan(hedging.confidence("The tram will open by spring."));
        assertThat(hedging.confidence("I'm not sure the tram will open by spring."))
                .isLessThan(hedging.confidence("The tram will open by spring."));
    }

    @Test
    void aGuessOrAnEstimateOfferedAsOneLowersConfidence() {
        double plain = hedging.confidence("Half the depots will close by winter.");
        assertThat(hedging.confidence("My guess is that half the depots will close by winter.")).isLessThan(plain);
        assertThat(hedging.confidence("I'd estimate half the depots will close by winter.")).isLessThan(plain);
        assertThat(hedging.confidence("I would say half the depots will close by winter.")).isLessThan(plain);
        assertThat(hedging.confidence("I'm less sure that half the depots will close by winter.")).isLessThan(plain);
    }
}
