package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** A profile of relatives who share a surname tells them apart by the kinship word that introduces each. */
class RelativesSharingASurnameTest {

    @Test
    void aKinshipWordGivesThePersonItsGenderBeforeAnyPronounDoes() {
        Analyses a = Analyses.of("""
                Lena Brandt runs the vision group at Halcyon. Her husband, Tobias Brandt, is the company's chief financial officer.

                "We are short of accelerators every single quarter," she says.

                "The budget for compute doubles next year," he says.
                """);
        assertThat(a.speakerOf("short of accelerators")).isEqualTo("Lena Brandt");
        assertThat(a.speakerOf("budget for compute doubles")).isEqualTo("Tobias Brandt");
    }

    @Test
    void aSentenceAboutTheSpeakersRelativeIsNarrationNotTheirSpeech() {
        Analyses a = Analyses.of("""
                Tobias Brandt is the chief financial officer of Halcyon.

                "We should sell the vision unit before the next round," he says. His wife shakes her head at that.
                """);
        assertThat(a.speakerOf("sell the vision unit")).isEqualTo("Tobias Brandt");
        assertThat(a.claimWith("shakes her head")).isEmpty();
    }

    @Test
    void aPersonNamedOutrightAfterTheirRoleIsAPersonWhomHerFirstNameFinds() {
        Analyses a = Analyses.of("""
                The head of research at Quillon arrives late and orders tea.

                Her name is Ottilie Marsch, and she has run the lab since 2020. Her husband, Jens Marsch, runs sales.

                Ottilie is unimpressed by the new chips. "They are faster on paper and slower in our racks," she says.
                """);
        assertThat(a.speakerNames()).contains("Ottilie Marsch");
        assertThat(a.speakerOf("slower in our racks")).isEqualTo("Ottilie Marsch");
    }
}
