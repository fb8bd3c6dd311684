package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Family names that are English words too (He, An): after a title of address they are surnames ("Dr. He", "Ms.
 * An"), so that the titled label is the person the text names in full, while "he" in a sentence stays a pronoun.
 */
class SurnamesThatAreWordsTest {

    private static final String PANEL = """
            Notes from the Hangzhou robotics forum

            Our guests were Dr. He Lanfang of Qiming AI and Dr. Tomas Berg of Lund University, with a reporter chairing.

            Chair: Dr. He, what worries you most about agents?

            Dr. He: Agents that can spend money. I think the first serious agent fraud will happen within two years.

            Dr. Berg: I agree with her. Public benchmarks will not catch it, because they test obedience.

            Dr. He: He is right about benchmarks. We keep a private test set for that reason.
            """;

    @Test
    void aTitledSurnameThatIsAlsoAPronounIsThePersonNamedInFull() {
        Analyses a = Analyses.of(PANEL, "2026-11-20");
        assertThat(a.speakerOf("first serious agent fraud will happen")).isEqualTo("He Lanfang");
        assertThat(a.speakerOf("Public benchmarks will not catch it")).isEqualTo("Tomas Berg");
        // the pronoun opening her second answer is no one's name: the label still says who speaks
        assertThat(a.speakerOf("We keep a private test set")).isEqualTo("He Lanfang");
        assertThat(a.speakerNames()).doesNotContain("He");
    }
}
