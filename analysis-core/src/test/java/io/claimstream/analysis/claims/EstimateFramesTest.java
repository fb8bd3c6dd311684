package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** A figure somebody puts on what is to come, framed as their estimate ("By her estimate, …", "X's estimate is that …"). */
class EstimateFramesTest {

    @Test
    void anEstimateFramedByItsHoldersPossessiveIsTheirs() {
        Analyses a = Analyses.of("""
                Mira Santos runs the automation programme at the port of Valdera. She told a trade audience in May \
                that cranes are the easy part. By her estimate, the port will need 300 more technicians who can repair \
                agents by 2029.

                Tomas Brenner, who heads Kestrel Chips, was more cautious. Brenner's estimate is that only one terminal \
                in ten will run agents unattended before 2030.
                """);
        assertThat(a.speakerOf("300 more technicians")).isEqualTo("Mira Santos");
        assertThat(a.speakerOf("one terminal in ten")).isEqualTo("Tomas Brenner");
        assertThat(a.claimWith("one terminal in ten").orElseThrow().type()).isEqualTo("prediction");
    }
}
