package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The writer's links between the voices of a story: the turn to the doubters, a frame that only says who speaks next
 * before a quotation, questions counted before they are told, a transcript's note under its own label, who took the
 * stage where, and why a roundup carries an item. Reports
 * of what somebody said stay claims.
 */
class WritersLinksTest {

    private final NonClaimReasons reasons = new NonClaimReasons();

    @ParameterizedTest
    @ValueSource(strings = {
            "Not everyone is persuaded.", "But not everyone in the chip business shares her optimism.",
            "Not everybody agrees with that reading of the data.",
            "Then she added, with what her press officer later called a wink:", "Later he went on, more quietly:",
            "After the call, the auditor asked her four pointed questions.",
            // the report's peg and why it carries an item
            "Three founders and a regulator took the stage at the Delta AI Forum on Monday to talk about power and chips.",
            "We included this one because it was shared tens of thousands of times without its caveat."})
    void claimsNothing(String sentence) {
        assertThat(reasons.of(sentence)).as(sentence).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "She added that two more fabs will open in Arizona by 2028.", "He said Tidewater saw the same curve.",
            "Not everyone can afford a cluster of that size, so small labs will rent.",
            "Ada Kim took the stage at the Delta AI Forum and said prices would halve by 2028."})
    void staysAClaim(String sentence) {
        assertThat(reasons.of(sentence)).as(sentence).isNull();
    }

    @Test
    void aTranscriptsNoteUnderItsLabelIsNoClaim() {
        Analyses a = Analyses.of("""
                HOST: Welcome to the briefing. Our guest runs the regional grid authority.

                GUEST: Demand from data centres will double by 2030, and the grid is not ready for it.

                Transcript note: This transcript is based on the live captions and has been lightly edited for clarity.
                """);
        assertThat(a.claimWith("based on the live captions")).isEmpty();
        assertThat(a.claimWith("Demand from data centres will double")).isPresent();
    }
}
