package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A book chapter or an oral history telling what its people did: they meet, travel, keep company and settle their
 * quarrels, and the teller says where they were that day. None of it is a claim; what the people said, and the
 * writer's own figures about the world, stay claims.
 */
class StoryNarrationTest {

    private final NonClaimReasons reasons = new NonClaimReasons();

    @ParameterizedTest
    @ValueSource(strings = {
            "The two of them ended up at a noodle bar behind the station.",
            "They compromised, in the end, on a coin toss.",
            "On the last night of the trip, in October, the founders took me back to their first office.",
            "I put that to the chief engineer.",
            "I was in a lift in Rotterdam.",
            "It was an ordinary Wednesday for most of the staff.",
            "He met the board in a hotel near the airport."})
    void tellsTheStory(String sentence) {
        assertThat(reasons.of(sentence)).isEqualTo("narration");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "They met their revenue target two quarters early.",
            "Inference prices fell by half in the spring.",
            "We met demand with rented accelerators.",
            "They flew back because the labs at home pay researchers better now.",
            "I think the two of them ended up right about memory."})
    void leavesTheWorldAlone(String sentence) {
        assertThat(reasons.of(sentence)).isNotEqualTo("narration");
    }

    @Test
    void namedPeopleMeetingIsTheStoryButTheirWordsAreClaims() {
        Analyses a = Analyses.of("""
                # Chapter Four
                Lena Park runs research at Quillon. Marco Diaz leads its chip team.
                Lena Park and Marco Diaz corresponded for months after the Oslo workshop.
                "Cheap memory will matter more than bigger models," Park said.
                """);
        assertThat(a.claimWith("corresponded for months")).isEmpty();
        assertThat(a.speakerOf("Cheap memory will matter more")).isEqualTo("Lena Park");
    }
}
