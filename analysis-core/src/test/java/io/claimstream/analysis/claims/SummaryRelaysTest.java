package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A write-up of one person's talk relays their views without a verb of saying: "Her central claim is that …", "by
 * her own account", "As Moreau sees it, …", "She put storage at 30 percent of …". Each is the person's claim.
 */
class SummaryRelaysTest {

    private static final String NOTES = """
            Notes on Ines Moreau's keynote

            Ines Moreau, founder of the storage developer Ostral, spoke for forty minutes in Lyon on Tuesday.

            Her central claim is that grid storage will be won on financing rather than on chemistry.
            She put financing at roughly 60 percent of the cost of a new storage site, up from a third in 2022.
            The biggest risk to Ostral, by her own account, is not a rival chemistry but the price of debt.
            As Ines Moreau sees it, the subsidy race in Europe is far from over.
            """;

    @Test
    void viewsRelayedWithoutAVerbOfSayingAreThePersons() {
        Analyses a = Analyses.of(NOTES, "2026-11-03");
        assertThat(a.speakerOf("won on financing rather than on chemistry")).isEqualTo("Ines Moreau");
        assertThat(a.speakerOf("financing at roughly 60 percent")).isEqualTo("Ines Moreau");
        assertThat(a.speakerOf("not a rival chemistry but the price of debt")).isEqualTo("Ines Moreau");
        assertThat(a.speakerOf("the subsidy race in Europe is far from over")).isEqualTo("Ines Moreau");
    }

    @Test
    void aRoundOfReportsJoinedBySemicolonsGivesEachClauseToItsOwnSubject() {
        Analyses a = Analyses.of("""
                Advice from the storage panel

                Asked for one piece of advice for new engineers, Ines Moreau said they should learn how grids are financed \
                before they learn chemistry; Pieter Vos hoped they would spend a year on a construction site; Anke Dekker \
                advised them to read every grid operator's annual report; and Tomas Berg said they should ignore the hype.
                """, "2026-11-03");
        assertThat(a.speakerOf("learn how grids are financed")).isEqualTo("Ines Moreau");
        assertThat(a.speakerOf("spend a year on a construction site")).isEqualTo("Pieter Vos");
        assertThat(a.speakerOf("read every grid operator's annual report")).isEqualTo("Anke Dekker");
        assertThat(a.speakerOf("ignore the hype")).isEqualTo("Tomas Berg");
        assertThat(a.claimWith("spend a year on a construction site").orElseThrow().type())
                .isEqualTo("recommendation");
    }
}
