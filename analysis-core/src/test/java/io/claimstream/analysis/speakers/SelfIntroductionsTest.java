package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** What a speaker says about themselves when they introduce themselves in their turn. */
class SelfIntroductionsTest {

    @Test
    void aHostIntroducingTheGuestDoesNotTakeTheGuestsJob() {
        Analyses a = Analyses.of("""
                Rosa Lind: Welcome to Bench Notes. I'm Rosa Lind, and today I'm joined by Omar Falk, who leads \
                the robotics lab at Tessel AI.
                Omar Falk: Thanks, Rosa. Robots still fail at most household tasks.
                Rosa Lind: Why is that?
                Omar Falk: I'm Omar Falk from Tessel AI, and I think the data is the problem.
                """);
        assertThat(a.speakerNamed("Rosa Lind").affiliations()).doesNotContain("Tessel AI");
        assertThat(a.speakerNamed("Rosa Lind").role()).isNull();
        assertThat(a.speakerNamed("Omar Falk").affiliations()).contains("Tessel AI");
    }
}
