package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** A forecast given as odds ("put a 70% chance on …", "sees a one in four chance") is the forecaster's. */
class OddsFramesTest {

    @Test
    void oddsAfterTheVerbAreTheSubjectsForecast() {
        Analyses a = Analyses.of("""
                Nadia Okafor, chief executive of Tallow Labs, was upbeat. She put an 80% chance on hospitals buying \
                agents by 2028.

                Piet Varga of Brightfen was not. He sees roughly a one in four chance of a price floor next year.
                """);
        assertThat(a.speakerOf("80% chance on hospitals")).isEqualTo("Nadia Okafor");
        assertThat(a.speakerOf("one in four chance of a price floor")).isEqualTo("Piet Varga");
    }

    @Test
    void puttingThingsAndSeeingPeopleAreNoForecasts() {
        Analyses a = Analyses.of("""
                Nadia Okafor, chief executive of Tallow Labs, put the demo on a single laptop. She sees customers \
                every Friday.
                """);
        assertThat(a.claimWith("single laptop")).isEmpty();
        assertThat(a.claimWith("customers every Friday")).isEmpty();
    }
}
