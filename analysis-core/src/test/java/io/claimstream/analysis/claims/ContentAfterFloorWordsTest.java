package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * Words that usually move the floor or tell a story, used to say something: "I would add" with the thing added as
 * its object, "I would ask the regulators to …", a comparison with a panellist's odds before one's own figure while
 * the chair calls each name, and a past action told with the figures it came to. The near misses beside each stay as
 * they were.
 */
class ContentAfterFloorWordsTest {

    private static final String PANEL = """
            Mira Holt: Which jobs change first? Dana.

            Dana Ruiz: Customer support, because the calls are already scripted.

            Ken Abe: I would add warehouse scheduling in the small depots.

            Lu Chen: I want to add one expense that buyers overlook: electricity.

            Dana Ruiz: I would ask the lenders to price the risk, not only to insure it.

            Mira Holt: I would add one thing.

            Ken Abe: Let me add a second audience question here, since it fits.

            Lu Chen: I would also think twice about the depots. I also think the small depots move last.

            Mira Holt: Fine. I'd like to ask Lu to go first on the next one. I would ask the guests to keep it short.
            """;

    @Test
    void theThingAddedAsTheObjectIsAClaim() {
        Analyses a = Analyses.of(PANEL);
        assertThat(a.claimWith("I would add warehouse scheduling")).isPresent();
        assertThat(a.speakerOf("warehouse scheduling")).isEqualTo("Ken Abe");
        assertThat(a.claimWith("one expense that buyers overlook")).isPresent();
    }

    @Test
    void aPublicBodyAskedToActIsAdvice() {
        Analyses a = Analyses.of(PANEL);
        Claim ask = a.claimWith("ask the lenders to price the risk").orElseThrow();
        assertThat(a.speakerOf("ask the lenders")).isEqualTo("Dana Ruiz");
        assertThat(ask.type()).isEqualTo("recommendation");
    }

    @Test
    void announcingWhatComesNextOrCallingSomebodyStaysAHandOff() {
        Analyses a = Analyses.of(PANEL);
        assertThat(a.claimWith("I would add one thing")).isEmpty();
        assertThat(a.claimWith("add a second audience question")).isEmpty();
        assertThat(a.claimWith("ask Lu to go first")).isEmpty();
        assertThat(a.claimWith("ask the guests to keep it short")).isEmpty();
    }

    @Test
    void aViewMarkedWithAnAdverbAfterIIsNoStory() {
        Analyses a = Analyses.of("""
                Omar Said: We met the buyers last month. I also think the buyers were right last month about the depots.
                """);
        assertThat(a.claimWith("I also think the buyers were right")).isPresent();
        assertThat(a.claimWith("We met the buyers last month")).isEmpty();
    }

    @Test
    void aPastActionToldWithItsFiguresIsEvidence() {
        Analyses a = Analyses.of("""
                Nina Park: We re-tested twelve vendors' inference quotes last month, and nine of them came in above list.

                Nina Park: I had lunch with two of their founders last week, on 3 March.
                """);
        assertThat(a.claimWith("nine of them came in above list")).isPresent();
        assertThat(a.claimWith("I had lunch with two of their founders")).isEmpty();
    }

    private static final String LIGHTNING = """
            Mira Holt: Lightning round, one number each. What is the chance an open model leads the coding benchmark by the end of 2027? Ken first.

            Ken Abe: Forty percent.

            Mira Holt: Dana.

            Dana Ruiz: Lower than Ken. Twenty-five.

            Mira Holt: Lu.

            Lu Chen: Higher than both of them. Sixty.

            Mira Holt: Thank you all.
            """;

    @Test
    void oddsPlacedAgainstAPanellistsWhileTheChairCallsNamesAreForecasts() {
        Analyses a = Analyses.of(LIGHTNING, "2026-05-01");
        Claim dana = a.claimWith("Twenty-five").orElseThrow();
        assertThat(dana.text()).contains("Lower than Ken");
        assertThat(dana.type()).isEqualTo("prediction");
        assertThat(a.speakerOf("Twenty-five")).isEqualTo("Dana Ruiz");
        assertThat(a.claimWith("Sixty").orElseThrow().type()).isEqualTo("prediction");
        assertThat(a.claimWith("Dana.")).isEmpty();
    }
}
