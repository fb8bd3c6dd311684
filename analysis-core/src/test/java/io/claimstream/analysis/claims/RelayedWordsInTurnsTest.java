package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** A guest relays what a colleague or a listener said, in quotation marks, inside their own turn. */
class RelayedWordsInTurnsTest {

    @Test
    void wordsInMarksAfterHeSaysAreThePersonsThePronounStandsFor() {
        Analyses a = Analyses.of("""
                Ravi Kumar: Welcome back. Is anyone at your company against open evaluation?
                Mina Soto: My co-founder, Felix Brandt, could not join us today. He says: "Every shortcut in testing \
                comes back as an outage." I think open evaluation will win.
                """);
        assertThat(a.speakerOf("Every shortcut in testing")).isEqualTo("Felix Brandt");
        assertThat(a.speakerOf("open evaluation will win")).isEqualTo("Mina Soto");
    }
}
