package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A quotation opened after a colon by a sentence about a person ({@code X was frank when I visited:
 * "…"}, {@code She did not mince words: "…"}) is that person's, even when the words before the colon hold
 * no verb of saying with content, or deny one.
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

    @Test
    void aNegatedFrameBeforeTheColonStillHandsOverToItsSubject() {
        Analyses a = Analyses.of("""
                Rosa Lindgren, who runs procurement at a regional water utility, sat on the closing panel. She did \
                not mince words: "Half the pilots we paid for this year should never have left the slide deck."

                Tobias Quaye of Marrow Freight was asked about hiring. He was not shy about it: "We will hire \
                dispatchers before we hire another data scientist."
                """);
        assertThat(a.speakerOf("Half the pilots we paid for")).isEqualTo("Rosa Lindgren");
        assertThat(a.claimWith("Half the pilots we paid for").orElseThrow().text()).doesNotContain("mince");
        assertThat(a.speakerOf("We will hire dispatchers")).isEqualTo("Tobias Quaye");
        assertThat(a.claimWith("We will hire dispatchers").orElseThrow().attribution()).isEqualTo("explicit");
    }

    @Test
    void aViewBeforeTheColonAndTheQuotationAfterItAreTwoClaims() {
        Analyses a = Analyses.of("""
                Imre Balogh, founder of Kettleworks, spoke after the keynote. Balogh does not expect storage prices \
                to fall: "Every warehouse I visit is buying drives faster than the factories can make them."
                """);
        assertThat(a.claimWith("does not expect storage prices to fall").orElseThrow().text())
                .doesNotContain("Every warehouse");
        assertThat(a.speakerOf("does not expect storage prices to fall")).isEqualTo("Imre Balogh");
        assertThat(a.speakerOf("Every warehouse I visit")).isEqualTo("Imre Balogh");
    }
}
