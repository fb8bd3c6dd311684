package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A write-up telling how it was made and where it goes next: its words or figures checked against the source, what the
 * writer cut from a rendering, the closing round announced to the panel, the next part of the piece named after a
 * count. None of it claims anything of the subject; a check that finds something, or a count that goes on to say it,
 * stays.
 */
class WritersWorkingNotesTest {

    private final NonClaimReasons reasons = new NonClaimReasons();

    @ParameterizedTest
    @ValueSource(strings = {"We checked every figure against the broadcast.", "I compared them with the minutes.",
            "All quotations have been verified against the recording.",
            "The transcript is ours, from the forum's audio; we have cut a long exchange about parking.",
            "Before we wrap up, one question for each of you, and keep it short.",
            "Two notes, and then my own forecast."})
    void howThePieceWasMadeAndWhereItGoesNext(String sentence) {
        assertThat(reasons.of(sentence)).isNotNull();
    }

    @org.junit.jupiter.api.Test
    void aCheckThatFindsSomethingStays() {
        assertThat(reasons.of("I checked the numbers against the slides.")).isNotNull();
        assertThat(reasons.of("We checked the reactor against the safety rules and found three faults.")).isNull();
        assertThat(reasons.of("The auditors compared the accounts with bank records and found a gap of $40 million."))
                .isNull();
    }
}
