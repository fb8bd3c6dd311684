package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * An analysis sources its figures to the body that compiled them, often saying what kind of body it is before naming
 * it ("according to figures compiled by the research firm …"): the body is the speaker of the figure, an
 * organisation, and the writer's narration after it is nobody's claim.
 */
class FiguresFromAResearchFirmTest {

    @Test
    void figuresCompiledByADescribedFirmAreTheFirms() {
        Analyses a = Analyses.of("""
                Chip start-ups are struggling. According to figures compiled by the research firm Harrow Metrics, venture funding for chip start-ups fell 30% in the first half of the year, while funding for software companies rose 40%. At least four chip start-ups have since stopped taping out their own designs and now license cores from larger rivals.
                """);
        assertThat(a.speakerOf("venture funding for chip start-ups fell 30%")).isEqualTo("Harrow Metrics");
        assertThat(a.speakerNamed("Harrow Metrics").kind()).isEqualTo("organization");
        assertThat(a.speakerNamed("Harrow Metrics").role()).isEqualTo("research firm");
        assertThat(a.claimWith("stopped taping out")).isEmpty();
    }

    @Test
    void aBodyDescribedRightAfterAccordingToSpeaksToo() {
        Analyses a = Analyses.of("""
                Ferry orders picked up in the spring. According to the consultancy Brell Partners, orders for electric ferries doubled in 2025. Shipyards in Norway and Turkey took most of them.
                """);
        assertThat(a.speakerOf("orders for electric ferries doubled")).isEqualTo("Brell Partners");
        assertThat(a.claimWith("took most of them")).isEmpty();
    }
}
