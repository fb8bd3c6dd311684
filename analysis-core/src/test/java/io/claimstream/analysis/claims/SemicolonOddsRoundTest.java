package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * "Pereira said 30%; Mayor Okoye, about 12%; Dr. Lindqvist, 40%.": a round of odds listed with semicolons, each later
 * holder a title and a surname of someone introduced before, their figure after a comma and the verb left out.
 */
class SemicolonOddsRoundTest {

    private static final String TEXT = """
            Harbour forum notes

            The guests were Marta Pereira, a port engineer; Daniel Okoye, the mayor of Tessby; Dr. Ingrid Lindqvist, \
            an ecologist; and Dean Tomas Brandt of the maritime school.

            At the end, each guest was asked for the chance that the harbour floods again before 2030. Marta Pereira \
            said 30%; Mayor Okoye, about 12%; Dr. Lindqvist, "in a wet year, no less than 40%"; Dean Brandt, at most 5%.
            """;

    @Test
    void eachFigureInTheRoundIsItsOwnHoldersForecast() {
        Analyses a = Analyses.of(TEXT);
        assertThat(a.speakerOf("said 30%")).isEqualTo("Marta Pereira");
        assertThat(a.speakerOf("about 12%")).isEqualTo("Daniel Okoye");
        assertThat(a.speakerOf("no less than 40%")).isEqualTo("Ingrid Lindqvist");
        assertThat(a.speakerOf("at most 5%")).isEqualTo("Tomas Brandt");
    }

    @Test
    void aQuotedFigureForOneRespectIsAForecastToo() {
        assertThat(Analyses.of(TEXT).claimWith("no less than 40%")).get().extracting(c -> c.type())
                .isEqualTo("prediction");
    }

    @Test
    void theFirstHolderKeepsOnlyTheirOwnFigure() {
        Analyses a = Analyses.of(TEXT);
        assertThat(a.claimWith("said 30%")).get().extracting(c -> c.text().contains("12%")).isEqualTo(false);
    }
}
