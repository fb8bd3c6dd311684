package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A roundup under a byline follows each round of answers with the writer's own verdict, under a label in the first
 * person ("**Our read:**"). The verdict is the writer's, not the last respondent's, and the writer is a speaker.
 */
class WritersVerdictsTest {

    private static final String ROUNDUP = """
            # Three chip buyers, one question

            **By Noor Calloway** | The Quarterly Wire | 3 March 2026

            We asked three people who buy accelerators the same question.

            # Will accelerator prices fall next year?

            Henrik Aalto: Yes, by about a third, because the new parts ship in volume from the spring.

            Selin Kaya: No, because memory supply will stay tight until at least 2028.

            **Our read:** Two of three buyers expect relief, but the memory makers have been right about shortages before.
            """;

    @Test
    void aParagraphUnderTheWritersLabelIsTheBylineAuthors() {
        Analyses a = Analyses.of(ROUNDUP, "2026-03-03");
        assertThat(a.speakerOf("memory supply will stay tight")).isEqualTo("Selin Kaya");
        assertThat(a.speakerOf("the memory makers have been right about shortages")).isEqualTo("Noor Calloway");
        assertThat(a.speakerNames()).contains("Noor Calloway");
    }
}
