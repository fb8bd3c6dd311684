package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * A claim that names no topic reads the sentence before it in its paragraph; where that sentence is too short to say
 * what the paragraph is about ("The rivers are low."), the one before it says it.
 */
class ShortSentenceContextTopicsTest {

    private static final String REPORT = """
            Notes from the county meeting

            The meeting ran late on Thursday and most of the agenda was postponed.

            Maria Lund, who leads the county's planning office, has spent a year measuring how much cooling water the new data centres draw from the river. "The rivers are low. The next three campuses will make every dry summer worse," Lund said.
            """;

    @Test
    void aShortSentenceBeforeTheClaimLeavesTheOneBeforeItToSayWhatTheParagraphIsAbout() {
        Analyses a = Analyses.of(REPORT);
        assertThat(a.claimWith("next three campuses")).map(Claim::topics).get().asList()
                .contains("compute-and-chips");
    }
}
