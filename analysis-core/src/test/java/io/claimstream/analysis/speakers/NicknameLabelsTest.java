package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A podcast labels its turns by what the hosts call each other: a nickname the host explains in his own first turn
 * ("Bash:" for "I'm Sebastian Okoro"), a clipped given name of a guest the show notes name in full ("Rafa:" for
 * Rafaela Quintero). Each label is that person, not a person of its own.
 */
class NicknameLabelsTest {

    private static final String EPISODE = """
            SILICON WEATHER — Episode 12
            Show notes: halfway through, Lumenfold's chief scientist Rafaela Quintero joins from Lisbon.

            Noor: Welcome to Silicon Weather. I'm Noor Haddad.

            Bash: And I'm Sebastian Okoro, though everyone here calls me Bash.

            Noor: Bash, you said last week that inference prices will halve by next summer.

            Bash: I did, and I stand by it. Open models reset the floor every few weeks, and the clouds follow within days.

            Noor: Joining us now is Rafaela Quintero. Rafaela, welcome.

            Rafa: Thanks. I think the floor keeps falling because batching software is finally getting good.
            """;

    @Test
    void aNicknameLabelIsTheNameItsSpeakerGivesInTheirFirstTurn() {
        Analyses a = Analyses.of(EPISODE, "2026-10-01");
        assertThat(a.speakerOf("Open models reset the floor")).isEqualTo("Sebastian Okoro");
        assertThat(a.speakerNames()).doesNotContain("Bash");
        assertThat(a.speakerNamed("Sebastian Okoro").aliases()).contains("Bash");
    }

    @Test
    void aClippedGivenNameLabelIsTheFullNameTheTextGives() {
        Analyses a = Analyses.of(EPISODE, "2026-10-01");
        assertThat(a.speakerOf("batching software is finally getting good")).isEqualTo("Rafaela Quintero");
        assertThat(a.speakerNames()).doesNotContain("Rafa");
    }
}
