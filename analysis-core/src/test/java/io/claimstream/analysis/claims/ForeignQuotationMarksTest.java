package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** Reported speech set in French guillemets or German low-high quotes, as translations often keep them. */
class ForeignQuotationMarksTest {

    @Test
    void aGuillemetQuoteBelongsToWhoeverTheAttributionAfterItNames() {
        Analyses a = Analyses.of("""
                Odile Fabre runs the Nantes lab Corbeau. We spoke to her in March.

                « Renting chips for a year now costs more than buying them », said Mathis Roux, who founded Vireo.

                Reached by telephone, Roux did not change his mind. « No bank will lend against that twice », he said.
                """);
        assertThat(a.speakerOf("Renting chips for a year")).isEqualTo("Mathis Roux");
        assertThat(a.speakerOf("No bank will lend")).isEqualTo("Mathis Roux");
        assertThat(a.claimWith("Renting chips for a year").orElseThrow().text()).startsWith("« Renting");
    }

    @Test
    void aLowHighQuoteBelongsToWhoeverTheAttributionAfterItNames() {
        Analyses a = Analyses.of("""
                Greta Vogt runs the Bremen lab Kranich. We spoke to her in March.

                „Open models will close the gap within two years“, said Jonas Albers, who leads Kranich's rival Möwe.
                """);
        assertThat(a.speakerOf("Open models will close the gap")).isEqualTo("Jonas Albers");
    }
}
