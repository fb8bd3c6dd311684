package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.claimstream.analysis.Analyses;

/** Role labels that say who holds them, and titles abbreviated as newsrooms write them. */
class RoleLabelsWithNamesTest {

    @Test
    void aRoleLabelWithASurnameInParenthesesIsThePersonTheParticipantsListNames() {
        Analyses a = Analyses.of("""
                PARTICIPANTS
                KODAMA Rei, Head of Investor Relations (moderator)
                Dr. Ilse Brandt, Chief Technology Officer

                MODERATOR (KODAMA): Good afternoon. We will begin with remarks from our CTO, and then take questions.
                DR. BRANDT: Our chip ships in March, and it will cut inference costs by half within a year.
                MODERATOR (KODAMA): Thank you. I think the demand we saw this quarter will only grow next year.
                """, "2026-11-18");
        assertThat(a.speakerNames()).contains("Kodama Rei").doesNotContain("MODERATOR", "Moderator");
        assertThat(a.speakerOf("demand we saw this quarter")).isEqualTo("Kodama Rei");
    }

    @Test
    void anAbbreviatedSenatorsTitleIsNoPartOfTheName() {
        Analyses a = Analyses.of("""
                Sen. Mara Voss: We closed the front door on chips and left the back door open on software.
                Ross Adair: And the bill?
                Sen. Mara Voss: This bill closes the back door, and it will pass this year.
                """, "2026-11-18");
        assertThat(a.speakerOf("left the back door open")).isEqualTo("Mara Voss");
        assertThat(a.speakerNamed("Mara Voss").role()).isEqualTo("Senator");
    }

    @Test
    void aSurnameSenWithoutItsFullStopIsAName() {
        Analyses a = Analyses.of("""
                Anjali Sen, an economist at Meridel Bank, said chip prices will fall next year.

                Sen said the fall would be steep.
                """, "2026-11-18");
        assertThat(a.speakerOf("the fall would be steep")).isEqualTo("Anjali Sen");
    }
}
