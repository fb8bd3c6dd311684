package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A recap's narration of how a panellist reacted ("The economist disagreed, politely.", "She laughed.") or that they
 * added a remark ("The mayor added one caveat.") says nothing of theirs: the claim is what they said after it.
 */
class BareReactionsTest {

    private static final String RECAP = """
            Two people argued about trams at the Leeds transport forum.

            On stage were Hana Kovac, an economist at the Northgate Institute, and Ben Ashworth, the mayor of Leeds.

            The mayor said the new tram line will carry forty thousand riders a day by 2029. The economist disagreed, \
            politely. "Ridership forecasts for new lines are wrong by a third on average," she said.

            She laughed.

            The mayor added one caveat. He said the forecast assumes fares stay frozen until 2028.
            """;

    @Test
    void aReactionToldWithNothingSaidIsNoClaim() {
        Analyses a = Analyses.of(RECAP, "2026-06-12");
        assertThat(a.claimWith("disagreed")).isEmpty();
        assertThat(a.claimWith("She laughed")).isEmpty();
        assertThat(a.claimWith("added one caveat")).isEmpty();
        assertThat(a.speakerOf("wrong by a third")).isEqualTo("Hana Kovac");
        assertThat(a.speakerOf("fares stay frozen")).isEqualTo("Ben Ashworth");
    }
}
