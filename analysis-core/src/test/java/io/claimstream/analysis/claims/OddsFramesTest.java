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

    @Test
    void oddsReportedWithTheVerbWrittenOnceAreEachNamedPersons() {
        Analyses a = Analyses.of("""
                On stage were Professor Anja Ortiz of Delft University, Lena Ortiz, founder of Quayline (no relation), \
                and Tomas Brenner of Kestrel Chips.

                Asked for the probability that a European lab leads the rankings by 2028, Lena Ortiz said 40%, while \
                Brenner put it at 10% and Professor Ortiz at "maybe one in five."
                """);
        assertThat(a.speakerOf("said 40%")).isEqualTo("Lena Ortiz");
        assertThat(a.speakerOf("put it at 10%")).isEqualTo("Tomas Brenner");
        assertThat(a.speakerOf("maybe one in five")).isEqualTo("Anja Ortiz");
        assertThat(a.claimWith("said 40%").orElseThrow().text()).isEqualTo("Lena Ortiz said 40%");
        assertThat(a.claimWith("said 40%").orElseThrow().type()).isEqualTo("prediction");
        assertThat(a.claimWith("put it at 10%").orElseThrow().type()).isEqualTo("prediction");
    }
}
