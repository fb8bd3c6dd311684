package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** "A spokesperson for X said …": the organisation speaks, through somebody the story does not name. */
class SpokespersonForTest {

    @Test
    void aSpokespersonForAnOrganisationSpeaksForIt() {
        Analyses a = Analyses.of("""
                Grid operators are struggling to keep up with new server halls.

                A spokesperson for Harlow Power Networks said the company expects to connect 800 megawatts of new load next year.
                """);
        assertThat(a.speakerOf("expects to connect 800 megawatts")).isEqualTo("Harlow Power Networks");
    }
}
