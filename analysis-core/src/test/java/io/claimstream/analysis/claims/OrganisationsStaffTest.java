package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * The unnamed staff of a named organisation ("analysts at Halden Partners", "Halden's economists") publish its
 * estimates, so the organisation holds them, as it holds what its spokesperson says.
 */
class OrganisationsStaffTest {

    @Test
    void analystsAtAFirmGiveTheFirmsOddsAndItsForecast() {
        Analyses a = Analyses.of("""
                Grid operators in at least three Canadian provinces have frozen new connections, and analysts at Halden Partners put the odds of a national moratorium at roughly 25% by 2029.

                Nobody knows how long the freeze will last. Halden's economists expect power to make up half of the cost of a data centre by 2030.
                """);
        assertThat(a.speakerOf("put the odds of a national moratorium")).isEqualTo("Halden Partners");
        assertThat(a.speakerOf("expect power to make up half")).isEqualTo("Halden Partners");
        assertThat(a.speakerNamed("Halden Partners").kind()).isEqualTo("organization");
        // the clause before ", and" is the writer's narration; "provinces" after a count is no verb of stating
        assertThat(a.claimWith("put the odds").orElseThrow().text()).startsWith("analysts at Halden Partners");
    }

    @Test
    void howSomebodyTellsItIsTheirView() {
        Analyses a = Analyses.of("""
                Mira Holt runs the grid start-up Osprey Robotics.

                The upshot, in Holt's telling, is that model developers will own power plants within a decade.
                """);
        assertThat(a.speakerOf("will own power plants")).isEqualTo("Mira Holt");
    }
}
