package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** Views a report ascribes without a verb of saying: a proposal after a colon, a finding of the person's team. */
class HeldViewsTest {

    @Test
    void aProposalAfterAColonAndAFindingOfTheirGroupAreTheirs() {
        Analyses a = Analyses.of("""
                Greta Holm, a hydrologist at Uppsala University, has studied data-centre water use for a decade. Her team found that cooling towers in dry regions lose twice the water operators report.

                Operators dispute the figures. Felix Arndt runs the cooling startup Frostline. Arndt has a simple proposal: meter every tower and publish the readings monthly.
                """);
        assertThat(a.speakerOf("cooling towers in dry regions lose")).isEqualTo("Greta Holm");
        assertThat(a.claimWith("cooling towers in dry regions").orElseThrow().attribution()).isEqualTo("inferred");
        assertThat(a.speakerOf("meter every tower")).isEqualTo("Felix Arndt");
        assertThat(a.claimWith("Operators dispute")).isEmpty();
    }

    @Test
    void aPlanWithoutItsContentOrSomeoneElsesTeamIsNoView() {
        Analyses a = Analyses.of("""
                Felix Arndt runs the cooling startup Frostline. Arndt has a plan for next year.

                The company's team found a leak in the second hall.
                """);
        assertThat(a.claimWith("has a plan")).isEmpty();
        assertThat(a.claimWith("found a leak")).isEmpty();
    }
}
