package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A programme's role written before a name at the start of a sentence ("Host Jun Ito said …", "Moderator Ines Vidal
 * argued …"): the role of the person, no part of their name, and the person is one with the name written alone.
 */
class ProgrammeRolesBeforeNamesTest {

    @Test
    void aHostsRoleBeforeTheNameIsNoPartOfIt() {
        Analyses a = Analyses.of("""
                Maya Okonjo, chief scientist of Orbit Labs, spent two hours on the podcast "Night Desk" with Jun Ito.

                Host Jun Ito said that most of his listeners already run agents at work.
                """);
        assertThat(a.speakerOf("most of his listeners already run agents")).isEqualTo("Jun Ito");
        assertThat(a.speakerNames()).doesNotContain("Host Jun Ito");
    }

    @Test
    void aModeratorsRoleBeforeTheNameIsNoPartOfIt() {
        Analyses a = Analyses.of("""
                Moderator Ines Vidal argued that the panel had underrated the cost of electricity.
                """);
        assertThat(a.speakerOf("underrated the cost of electricity")).isEqualTo("Ines Vidal");
    }
}
