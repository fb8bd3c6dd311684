package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Reported speech whose frame the grammar between subject and verb used to hide: an aside set off by commas (a
 * participle, a relative clause, a passive) between the speaker and "said", and a probability stated in narration
 * ("put her confidence at about 60%").
 */
class AsidesBeforeTheSayingVerbTest {

    @Test
    void aParticipleAsideBetweenTheSpeakerAndTheVerb() {
        Analyses a = Analyses.of("""
                MARGIT KOVALENKO (Estonia), speaking on behalf of the Baltic States, said that small countries could not audit foreign models on their own.
                """);
        assertThat(a.speakerOf("small countries could not audit")).isEqualTo("Margit Kovalenko");
    }

    @Test
    void aParticipleAsideInNewsCopy() {
        Analyses a = Analyses.of("""
                Tessa Lindqvist runs the chip team at Orrery Systems. Lindqvist, speaking at a trade fair in Osaka on Monday, said that memory prices would double by next spring.
                """);
        assertThat(a.speakerOf("memory prices would double")).isEqualTo("Tessa Lindqvist");
    }

    @Test
    void aRelativeClauseAfterANameAndItsCountry() {
        Analyses a = Analyses.of("""
                GIDEON MARSH (Canada), who chairs the working group, said that the export rules would be agreed in April.
                """);
        assertThat(a.speakerOf("the export rules would be agreed")).isEqualTo("Gideon Marsh");
    }

    @Test
    void aPassiveAsideKeepsTheNameAsTheSpeakerWithoutARole() {
        Analyses a = Analyses.of("""
                Ms Ferreira, asked about the outage, said the backup system had failed twice that week.
                """);
        assertThat(a.speakerOf("the backup system had failed")).isEqualTo("Ferreira");
    }

    @Test
    void aConfidenceStatedInNarrationIsTheSubjectsForecast() {
        Analyses a = Analyses.of("""
                Priya Venkatesan expects a proof assistant to settle an open conjecture by 2028. She put her own confidence at about 40%. \
                Her colleague Arne Solheim puts the odds at one in three.
                """);
        assertThat(a.speakerOf("her own confidence at about 40%")).isEqualTo("Priya Venkatesan");
        assertThat(a.speakerOf("the odds at one in three")).isEqualTo("Arne Solheim");
    }

    @Test
    void aNameWithItsCountryAndRoleBeforeTheAside() {
        Analyses a = Analyses.of("""
                MARGIT KOVALENKO (Estonia), Chair of the Working Group, speaking in her national capacity, said that the audit rules were overdue.
                """);
        assertThat(a.speakerOf("the audit rules were overdue")).isEqualTo("Margit Kovalenko");
    }
}
