package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A write-up telling its readers where the recording it renders can be found ("The recording is public.", "Video of
 * the keynote (English, 40 minutes) is on the forum's YouTube channel.", "Full audio: https://…"): a note on the
 * document, no claim; a recording that says or shows something of the subject keeps its predicate and stays.
 */
class WhereTheRecordingIsTest {

    private final NonClaimReasons reasons = new NonClaimReasons();

    @ParameterizedTest
    @ValueSource(strings = {"The recording is online.", "Video of the keynote (English, 40 minutes) is on the forum's YouTube channel.",
            "Full video (Korean, 58 min): https://example.org/sessions/panel-3", "The audio of this session is on Bilibili."})
    void whereTheSourceRecordingIs(String sentence) {
        assertThat(reasons.of(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The recording is at odds with what the company told investors in March.",
            "The video of the robot folding towels was staged, according to two former engineers."})
    void whatARecordingShowsStays(String sentence) {
        assertThat(reasons.of(sentence)).isNull();
    }
}
