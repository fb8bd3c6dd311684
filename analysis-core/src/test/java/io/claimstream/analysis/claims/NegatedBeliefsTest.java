package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A belief denied ("does not expect", "doesn't think") is still the subject's view, unlike a saying denied
 * ("did not say when"), which reports nothing; and a name that ends in a generic word ("Orla Brennan of
 * Harbor Data") is still the subject of its verb.
 */
class NegatedBeliefsTest {

    @Test
    void aDeniedBeliefIsTheSubjectsViewAndADeniedSayingIsNoClaim() {
        Analyses a = Analyses.of("""
                Wen Tao, chief executive of Pinecrest Robotics, spoke at the trade fair in Hanover.

                Wen Tao doesn't think warehouse robots will need general-purpose models before 2030.

                Wen Tao did not say when the next robot would ship.
                """);
        assertThat(a.speakerOf("warehouse robots will need")).isEqualTo("Wen Tao");
        assertThat(a.claimWith("warehouse robots will need").orElseThrow().type()).isEqualTo("prediction");
        assertThat(a.claimWith("when the next robot would ship")).isEmpty();
    }

    @Test
    void aQuotedDenialBelongsToWhoeverTheClosingFrameNames() {
        Analyses a = Analyses.of("""
                Farid Azizi runs the inference team at Coldharbour. "Cheaper chips help, but I do not think they \
                change who wins," he said.
                """);
        assertThat(a.speakerOf("Cheaper chips help")).isEqualTo("Farid Azizi");
    }

    @Test
    void anAffiliationEndingInAGenericWordKeepsItsHolderAsSubject() {
        Analyses a = Analyses.of("""
                Orla Brennan of Harbor Data thinks most labelling budgets are spent on the wrong examples.

                Kemal Arslan of the Institute for Open Research believes benchmark scores stopped meaning much in 2025.
                """);
        assertThat(a.speakerOf("labelling budgets")).isEqualTo("Orla Brennan");
        assertThat(a.speakerOf("benchmark scores stopped")).isEqualTo("Kemal Arslan");
    }
}
