package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * A round of odds told in narration: the writer names the question once, then reports each speaker's figure. Each
 * figure is that speaker's forecast of the question, for its horizon; a figure that measures something is not.
 */
class ReportedOddsTest {

    private static final String RECAP = """
            The robotaxi panel at Mobility Week

            The panel brought together Farid Haddou, founder of the fleet operator Rollo, the transport regulator Ines Vidal and the moderator Clara Betts.

            It closed on one question, with a probability from each guest: will a robotaxi service run without safety drivers in three European capitals by the end of 2029?

            Haddou said 60%. Vidal said 25%, "and that is generous."

            Betts, pressed for her own figure, said 40%, "because the cities will move slower than the cars."

            Earlier, Haddou said his fleet's costs had fallen by 30% since spring.
            """;

    @Test
    void eachReportedFigureForecastsTheQuestionNamedBefore() {
        Analyses a = Analyses.of(RECAP, "2026-09-10");
        Claim regulator = a.claimWith("Vidal said 25%").orElseThrow();
        assertThat(regulator.type()).isEqualTo("prediction");
        assertThat(regulator.prediction().probability()).isEqualTo(0.25);
        assertThat(regulator.prediction().horizonEnd()).isEqualTo("2029-12-31");
        Claim moderator = a.claimWith("said 40%").orElseThrow();
        assertThat(moderator.prediction().probability()).isEqualTo(0.4);
        assertThat(moderator.prediction().horizonEnd()).isEqualTo("2029-12-31");
    }

    @Test
    void aFigureThatMeasuresIsNoOdds() {
        Claim costs = Analyses.of(RECAP, "2026-09-10").claimWith("fallen by 30%").orElseThrow();
        assertThat(costs.prediction() == null || costs.prediction().probability() == null).isTrue();
    }
}
