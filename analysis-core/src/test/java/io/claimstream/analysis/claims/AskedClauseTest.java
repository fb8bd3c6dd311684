package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * "Asked whether …, Ruiz was careful: "…"": the question put to the speaker opens the sentence; the quotation after
 * the colon is the speaker's claim, and the narration before it is nobody's.
 */
class AskedClauseTest {

    @Test
    void theQuotationAfterTheColonIsTheAnswerersAndTheQuestionIsNot() {
        Analyses a = Analyses.of("""
                Priyanka Dhall leads the open-weights programme at Corvane.

                Asked whether Corvane would publish its training data, Dhall was blunt: "Not this year. I'd put it at one in four for 2027."
                """);
        assertThat(a.speakerOf("one in four for 2027")).isEqualTo("Priyanka Dhall");
        assertThat(a.claimWith("Asked whether")).isEmpty();
    }
}
