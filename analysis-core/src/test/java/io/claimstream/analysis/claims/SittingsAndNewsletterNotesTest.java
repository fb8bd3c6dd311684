package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A formal sitting's procedure claims nothing (a vote that suspends it, the chair calling a member, the letter the
 * committee will write), and neither do a newsletter's notes on itself: what the issue covers, where its quotes were
 * taken from, a correction and a call to subscribe set in italics. The witnesses' and the writer's views stay claims.
 */
class SittingsAndNewsletterNotesTest {

    @Test
    void aSittingsProcedureIsNoClaim() {
        Analyses a = Analyses.of("""
                Chair: Good afternoon. Ms Oyelaran, how many councils use your triage model today?

                Ms Oyelaran: Eleven councils use it, and the waiting time for a first reply fell from nine days to two.

                Chair: There is a vote in the Chamber. The committee will suspend for twenty minutes.

                The hearing resumed at 3.05 pm.

                Chair: Tom, you had a follow-up.

                Tom Garside: Thank you. Will the model be audited?

                Ms Oyelaran: It should be, by an independent body, every year.

                Chair: We will write to you about the audit arrangements.
                """);
        assertThat(a.claimWith("There is a vote in the Chamber")).isEmpty();
        assertThat(a.claimWith("suspend for twenty minutes")).isEmpty();
        assertThat(a.claimWith("The hearing resumed")).isEmpty();
        assertThat(a.claimWith("you had a follow-up")).isEmpty();
        assertThat(a.claimWith("We will write to you")).isEmpty();
        assertThat(a.claimWith("fell from nine days to two")).isPresent();
        assertThat(a.claimWith("by an independent body, every year")).isPresent();
    }

    @Test
    void aNewslettersNotesOnItselfAreNoClaims() {
        Analyses a = Analyses.of("""
                # Chip Watch, No. 12

                *By Ruth Amsel · 4 March 2026*

                This issue collects five bets on memory prices made this winter. Where a bet was made in a talk, we took it \
                from the recording; where it was posted, from the post.

                I think memory prices will double by the end of 2026, and I would put that at 70%.

                *Correction: an earlier version of this issue misspelled the name of one analyst.*

                *Subscribe to get the next issue in April.*
                """);
        assertThat(a.claimWith("This issue collects five bets")).isEmpty();
        assertThat(a.claimWith("we took it from the recording")).isEmpty();
        assertThat(a.claimWith("misspelled the name of one analyst")).isEmpty();
        assertThat(a.claimWith("Subscribe to get the next issue")).isEmpty();
        assertThat(a.claimWith("memory prices will double by the end of 2026")).isPresent();
    }
}
