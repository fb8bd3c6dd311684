package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * An official record's header in capitals names several people in one line with their titles and no punctuation
 * between them ("BRIEFING BY PRESS SECRETARY … AND DIRECTOR OF THE BUREAU OF … "), as an HTML export joins the header's
 * lines: each person is the name after their title, so the turns under "MS. ROE:" and "DR. DOE:" go to the full names
 * the header gives, as they do when each name closes a line of its own.
 */
class HeadersInCapitalsTest {

    private static final String TURNS = """

            MS. LINDQVIST:  Good morning.  The harbour authority approved the new berth on Friday, and the work \
            will start in March.

            DR. OKONKWO:  Thank you, Greta.  We expect the berth to handle twice the cargo of the old one by 2028.

            Q    Will the port need more cranes?

            DR. OKONKWO:  Yes.  We think four new cranes will be enough for the first five years.

            MS. LINDQVIST:  The cranes are already in the budget.
            """;

    @Test
    void twoPeopleInOneHeaderLineAreTwoNames() {
        Analyses a = Analyses.of("""
                BRIEFING BY PRESS SECRETARY GRETA LINDQVIST AND DIRECTOR OF THE BUREAU OF PORTS AND HARBOURS \
                TOBIAS OKONKWO
                """ + TURNS);
        assertThat(a.speakerNames()).contains("Greta Lindqvist", "Tobias Okonkwo");
        assertThat(a.speakerOf("approved the new berth")).isEqualTo("Greta Lindqvist");
        assertThat(a.speakerOf("four new cranes will be enough")).isEqualTo("Tobias Okonkwo");
    }

    @Test
    void theSameHeaderOverTwoLinesGivesTheSameNames() {
        Analyses a = Analyses.of("""
                BRIEFING BY PRESS SECRETARY GRETA LINDQVIST
                AND DIRECTOR OF THE BUREAU OF PORTS AND HARBOURS TOBIAS OKONKWO
                """ + TURNS);
        assertThat(a.speakerOf("approved the new berth")).isEqualTo("Greta Lindqvist");
        assertThat(a.speakerOf("four new cranes will be enough")).isEqualTo("Tobias Okonkwo");
    }

    @Test
    void aTitleOpeningAHeaderNameStaysItsTitle() {
        Analyses a = Analyses.of("""
                REMARKS BY DR. TOBIAS OKONKWO AT THE HARBOUR FORUM
                """ + TURNS);
        assertThat(a.speakerOf("four new cranes will be enough")).isEqualTo("Tobias Okonkwo");
    }
}
