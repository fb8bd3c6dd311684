package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** Ways a report introduces and frames a speaker besides "X, role, said". */
class SpeakerIntroductionGrammarTest {

    @Test
    void aNameThatRunsOrLeadsSomethingIsAPerson() {
        Analyses a = Analyses.of("""
                Petra Lund leads Harrow Freight. Lund said insurance, not software, is the bottleneck.
                """);
        assertThat(a.speakerOf("insurance, not software")).isEqualTo("Petra Lund");
        assertThat(a.speakerNames()).doesNotContain("Lund");
        Analyses b = Analyses.of("""
                Petra Lund runs Harrow Capital. She expects autonomous trucks to carry a tenth of all loads by 2030.
                """);
        assertThat(b.speakerOf("autonomous trucks to carry")).isEqualTo("Petra Lund");
    }

    @Test
    void aParenthesisBetweenNameAndVerbDescribesTheSpeaker() {
        Analyses a = Analyses.of("Omar Fadel (Tidewater Robotics) said warehouse robots will halve picking costs.\n");
        assertThat(a.speakerOf("warehouse robots will halve")).isEqualTo("Omar Fadel");
    }

    @Test
    void aFrameWithNothingReportedIsNoClaimButNamesWhoSpeaksNext() {
        Analyses a = Analyses.of("""
                Petra Lund said autonomous trucks are five years away. Omar Fadel, whose company builds them, disagreed. "They are on the road already," he said.
                """);
        assertThat(a.claimWith("disagreed")).isEmpty();
        assertThat(a.speakerOf("They are on the road already")).isEqualTo("Omar Fadel");
    }
}
