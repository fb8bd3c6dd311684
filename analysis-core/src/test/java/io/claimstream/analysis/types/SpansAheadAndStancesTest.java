package io.claimstream.analysis.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * A span counted from now ("in three years", "in the next eighteen months") puts a present-tense claim ahead of now, a
 * forecast; what a party would back or refuse is its stance on a proposal, a view, though a report tells it with "would".
 */
class SpansAheadAndStancesTest {

    private static String typeOf(String text, String phrase) {
        return Analyses.of(text).claimWith(phrase).map(Claim::type).orElseThrow();
    }

    @Test
    void aPresentTenseClaimInASpanFromNowIsAForecast() {
        assertThat(typeOf("Ana Ruiz: I think in three years the drone count decides, not the pilot count.",
                "drone count decides")).isEqualTo("prediction");
        assertThat(typeOf("Ana Ruiz: I'd guess we're down to half the price in two years.", "half the price"))
                .isEqualTo("prediction");
    }

    @Test
    void aSpanThatCountsBackOrMeasuresIsNoForecast() {
        assertThat(typeOf("Ana Ruiz: We doubled our fleet in six months.", "doubled our fleet")).isEqualTo("fact");
        assertThat(typeOf("Ana Ruiz: Memory is the only edge a small firm can build in two years.", "only edge"))
                .isNotEqualTo("prediction");
    }

    @Test
    void whatAPartyWouldBackOrRefuseIsItsStance() {
        Analyses a = Analyses.of("Minutes of the drone working group.\n\n"
                + "TW said Orbis would not support moving the vote, because it would delay the audit by a quarter.\n\n"
                + "KM said his firm would accept the new fee only if the audit stayed under a month.");
        assertThat(a.claimWith("moving the vote")).get().extracting(Claim::type).isEqualTo("opinion");
        assertThat(a.claimWith("accept the new fee")).get().extracting(Claim::type).isEqualTo("opinion");
    }

    @Test
    void aStanceDatedAheadStaysAForecast() {
        assertThat(typeOf("Ana Ruiz: They said they would back the plan by 2027.", "back the plan"))
                .isEqualTo("prediction");
    }
}
