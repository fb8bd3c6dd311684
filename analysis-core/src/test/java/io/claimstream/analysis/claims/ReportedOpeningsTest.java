package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** Reports in a panel write-up that name what a speaker said by how they took their turn or what they asked of others. */
class ReportedOpeningsTest {

    private static final String PANEL = """
            Storage makers meet in Rotterdam

            The moderator, Lotte Brink, is an editor at Haven Weekly. The guests were Pieter Ansems, founder of Kadeworks, and Marit Solheim, a researcher at Fjord Systems.

            Lotte Brink opened by recalling that in 2023 three of the largest warehouses in the port replaced their scheduling software within a single year.

            Pieter Ansems also disclosed that Kadeworks cut its energy bill per pallet by a third last year.

            Marit Solheim said that smaller ports cannot afford their own models. She called on vendors to publish the data formats of their systems even when they keep the code closed.
            """;

    @Test
    void aTurnTakenByRecallingSomethingReportsWhatWasRecalled() {
        Analyses a = Analyses.of(PANEL);
        assertThat(a.speakerOf("three of the largest warehouses")).isEqualTo("Lotte Brink");
    }

    @Test
    void whatSomebodyDisclosedIsTheirClaim() {
        Analyses a = Analyses.of(PANEL);
        assertThat(a.speakerOf("energy bill per pallet")).isEqualTo("Pieter Ansems");
    }

    @Test
    void callingOnOthersToActIsAdvice() {
        Analyses a = Analyses.of(PANEL);
        assertThat(a.speakerOf("publish the data formats")).isEqualTo("Marit Solheim");
        assertThat(a.claimWith("publish the data formats").orElseThrow().type()).isEqualTo("recommendation");
    }
}
