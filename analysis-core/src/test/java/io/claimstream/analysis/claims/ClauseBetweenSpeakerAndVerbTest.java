package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Frames whose verb the tagger or the quotation hides: a relative clause between the speaker and "argues that",
 * where the tagger reads "argues" as a noun; a closing "she said" after a quotation that itself holds a verb of
 * thinking ("what they think it means"), which is no frame of its own.
 */
class ClauseBetweenSpeakerAndVerbTest {

    @Test
    void aRelativeClauseBeforeTheVerbStillNamesTheSpeaker() {
        Analyses a = Analyses.of("""
                Tobias Wennerlund, who leads research at the robotics lab Quillfeather, argues that simulation data is overrated.
                """);
        assertThat(a.speakerOf("simulation data is overrated")).isEqualTo("Tobias Wennerlund");
    }

    @Test
    void aThinkingVerbInsideTheQuotationDoesNotHideTheClosingFrame() {
        Analyses a = Analyses.of("""
                Marta Solberg runs procurement at Vellum Health.

                "Most buyers pay for a benchmark score that does not measure what they believe it measures," she said.
                """);
        assertThat(a.speakerOf("does not measure what they believe")).isEqualTo("Marta Solberg");
    }

    @Test
    void reportedAdviceIsARecommendation() {
        Analyses a = Analyses.of("""
                Noor Haddadin, a partner at Tillbrook Capital, advises seed-stage founders to skip custom chips entirely.
                """);
        assertThat(a.claimWith("skip custom chips").orElseThrow().type()).isEqualTo("recommendation");
    }
}
