package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * How much "I" makes a bylined piece first-person scales with its length: a short piece that says
 * "I" once outside quotation marks is its writer's, so its plain assertions are the writer's; a short
 * report whose only "I" is inside a quotation stays a reporter's narration.
 */
class ShortFirstPersonPieceTest {

    @Test
    void oneIInAShortPieceMakesItTheWriters() {
        Analyses a = Analyses.of("""
                # Why small models win

                By Priya Lund

                I have spent the spring testing small models on support tickets.

                Small models now answer most routine tickets as well as large ones.

                Vendors should publish their prices per ticket.
                """);
        assertThat(a.speakerOf("answer most routine tickets")).isEqualTo("Priya Lund");
        assertThat(a.claimWith("answer most routine tickets").orElseThrow().attribution()).isEqualTo("inferred");
        assertThat(a.speakerOf("publish their prices per ticket")).isEqualTo("Priya Lund");
    }

    @Test
    void aShortReportWithAQuotedIStaysNarration() {
        Analyses a = Analyses.of("""
                # Ticket vendors cut prices

                By Priya Lund

                Two support software vendors cut their prices on Monday.

                "My clients expect more cuts before the summer," Omar Haddad, an analyst at Keel Research, said.

                Small models now answer most routine tickets as well as large ones.
                """);
        assertThat(a.doc().claims()).extracting(Claim::speakerId)
                .noneMatch(id -> id != null && a.speaker(id).name().equals("Priya Lund"));
        assertThat(a.speakerOf("more cuts before the summer")).isEqualTo("Omar Haddad");
    }
}
