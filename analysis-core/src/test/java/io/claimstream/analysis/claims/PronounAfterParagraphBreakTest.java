package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A paragraph opening with "she" or "he" goes on with the person who spoke in the paragraph before and whom the text
 * already called so, not with somebody only narrated about since, whose gender the text never gave. Somebody who spoke
 * too, or whose gender the text gave, stays the most recent.
 */
class PronounAfterParagraphBreakTest {

    @Test
    void thePronounGoesOnWithThePreviousSpeakerNotAPersonOnlyNarratedAbout() {
        Analyses a = Analyses.of("""
                Mara Lind runs the robotics lab at the Fjord Institute. "Our arms learn a new task in a week," she said. \
                Kim Sato, the lab's chief funder, joined the institute's board in March.

                She said the lab would double its staff by 2027.
                """);
        assertThat(a.speakerOf("double its staff")).isEqualTo("Mara Lind");
    }

    @Test
    void aMoreRecentPersonWhoSpokeStaysTheAntecedent() {
        Analyses a = Analyses.of("""
                Mara Lind runs the robotics lab at the Fjord Institute. "Our arms learn a new task in a week," she said. \
                Kim Sato, the lab's chief funder, said the arms were still too slow for warehouses.

                She said the lab would need another year of funding.
                """);
        assertThat(a.speakerOf("another year of funding")).isEqualTo("Kim Sato");
    }

    @Test
    void aPronounInsideTheParagraphIsReadAsBefore() {
        Analyses a = Analyses.of("""
                Mara Lind runs the robotics lab at the Fjord Institute. "Our arms learn a new task in a week," she said.

                Kim Sato, who funds the lab through a family office, was less sure. She said the arms still failed on \
                soft objects.
                """);
        assertThat(a.speakerOf("failed on soft objects")).isEqualTo("Kim Sato");
    }
}
