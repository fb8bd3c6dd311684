package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.claimstream.analysis.Analyses;

/**
 * News copy names some people by their initials ("K.L. Ambrose") and reports a second saying by a participle after a
 * clause that opens on a time ("On Wednesday she went further, saying that …").
 */
class InitialledNamesAndFurtherSayingsTest {

    private static final String REPORT = """
            Marlow Grid signs power deal for inference sites

            By Tessa Rind

            Marlow Grid, a data centre operator based in Leeds, said on Monday that it had signed a ten-year power contract with a regional utility.

            "Electricity is the real bottleneck," said Priya Oduya, Marlow Grid's chief executive. Oduya said demand for inference capacity had tripled since January.

            On Wednesday she went further, saying that within two years, transformer supply rather than chips will limit how many sites the industry can open.

            Later, she went further, arguing that regulators should let operators sell power back to the grid.

            K.L. Ambrose, a London-based analyst at Fenwick Securities, said operators would pay more for power near cities. He estimated that prices for such contracts have risen by a third since 2024.
            """;

    @Test
    void initialsBeforeASurnameAreTheGivenNamesOfAPerson() {
        Analyses a = Analyses.of(REPORT, "2026-11-20");
        assertThat(a.speakerOf("operators would pay more for power near cities")).isEqualTo("K.L. Ambrose");
        assertThat(a.speakerOf("prices for such contracts have risen")).isEqualTo("K.L. Ambrose");
    }

    @Test
    void aParticipleAfterAClauseOpeningOnATimeSharesThatClausesSubject() {
        Analyses a = Analyses.of(REPORT, "2026-11-20");
        assertThat(a.speakerOf("transformer supply rather than chips will limit")).isEqualTo("Priya Oduya");
        assertThat(a.speakerOf("regulators should let operators sell power back")).isEqualTo("Priya Oduya");
    }

    @Test
    void aParticipleAfterAClauseWithoutAPersonAsSubjectIsLeftAsItWas() {
        Analyses a = Analyses.of("""
                Marlow Grid signs power deal

                Marlow Grid said on Monday that it had signed a power contract.

                On Wednesday the shares fell sharply, wiping out a month of gains.
                """, "2026-11-20");
        assertThat(a.claimWith("wiping out a month of gains")).isEmpty();
    }
}
