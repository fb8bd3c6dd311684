package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * Forecasts told by how much longer something can last, how much more time something needs, or named as the holder's
 * expectation: each is a prediction with the horizon it names, whatever its verbs.
 */
class ForecastWordsTest {

    private static final String INTERVIEW = """
            Host: Where do the free tiers go from here?

            Dana Whitfield: The free tiers are expensive for everybody. I don't think they can survive more than another six months.

            Host: And household robots?

            Dana Whitfield: Household robots need at least four more years before anyone can sell them at a profit.

            Host: What do you expect on prices?

            Dana Whitfield: My expectation: flat subscriptions are finished for serious users.
            """;

    @Test
    void howLongSomethingLastsOrNeedsIsAForecastWithItsHorizon() {
        Analyses a = Analyses.of(INTERVIEW, "2026-04-01");
        Claim lasts = a.claimWith("more than another six months").orElseThrow();
        assertThat(lasts.type()).isEqualTo("prediction");
        assertThat(lasts.prediction().horizonEnd()).isEqualTo("2026-10-01");
        Claim needs = a.claimWith("at least four more years").orElseThrow();
        assertThat(needs.type()).isEqualTo("prediction");
        assertThat(needs.prediction().horizonStart()).isEqualTo("2030-04-01");
    }

    @Test
    void anExpectationNamedAsSuchIsAForecast() {
        Claim expected = Analyses.of(INTERVIEW, "2026-04-01").claimWith("My expectation").orElseThrow();
        assertThat(expected.type()).isEqualTo("prediction");
    }

    @Test
    void aGuessAboutWhatHappenedIsNoForecast() {
        Analyses a = Analyses.of("""
                Host: Why did the rival lab cut its prices last spring?

                Dana Whitfield: My guess is that their investors had already lost patience with the burn.
                """, "2026-04-01");
        assertThat(a.claimWith("lost patience").orElseThrow().type()).isNotEqualTo("prediction");
    }

    @Test
    void aFewMoreYearsStillToRunIsAForecast() {
        Analyses a = Analyses.of("""
                Host: And the subsidies?

                Dana Whitfield: The energy subsidies could hold for a few more years, and then the bill arrives.
                """, "2026-04-01");
        assertThat(a.claimWith("a few more years").orElseThrow().type()).isEqualTo("prediction");
    }

    @Test
    void oddsPutOnTheForecastJustSaidAreForItsHorizon() {
        Analyses a = Analyses.of("""
                Host: Where will the chip market be?

                Dana Whitfield: By 2029, most phones will run a capable model offline. I would put my confidence at about 65 percent.
                """, "2026-04-01");
        Claim odds = a.claimWith("my confidence").orElseThrow();
        assertThat(odds.prediction().probability()).isEqualTo(0.65);
        assertThat(odds.prediction().horizonEnd()).isEqualTo("2029-12-31");
    }

    @Test
    void anAnswerWithoutAHorizonForecastsForTheQuestions() {
        Analyses a = Analyses.of("""
                Host: Will memory get cheaper by the end of 2027?

                Dana Whitfield: Much cheaper, because three new fabs will be running.
                """, "2026-04-01");
        assertThat(a.claimWith("Much cheaper").orElseThrow().prediction().horizonEnd()).isEqualTo("2027-12-31");
    }
}
