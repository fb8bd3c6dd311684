package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A quotation opened after a colon by a sentence about a person ({@code X was frank when I visited:
 * "…"}) is that person's, even when the words before the colon hold no verb of saying with content.
 */
class QuotationAfterColonTest {

    @Test
    void theQuotationAfterTheColonBelongsToTheFramesSubject() {
        Analyses a = Analyses.of("""
                Depots wait for parts

                Dana Whitfield, who manages the depot in Leeds, put it plainly when we spoke: "We lose a whole day every time the scanners go down." She said the depot will replace them next spring.

                Omar Haddad was frank about the budget: "Nobody has funded the spare parts we asked for last year."
                """);
        assertThat(a.speakerOf("We lose a whole day")).isEqualTo("Dana Whitfield");
        assertThat(a.claimWith("We lose a whole day").orElseThrow().text()).doesNotContain("put it plainly");
        assertThat(a.claimWith("We lose a whole day").orElseThrow().attribution()).isEqualTo("explicit");
        assertThat(a.speakerOf("Nobody has funded the spare parts")).isEqualTo("Omar Haddad");
        assertThat(a.speakerOf("replace them next spring")).isEqualTo("Dana Whitfield");
    }
}
