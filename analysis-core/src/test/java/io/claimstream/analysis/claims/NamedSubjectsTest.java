package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** Who a reported sentence's subject is, where the name is unusual in form or position. */
class NamedSubjectsTest {

    @Test
    void anOrganisationOpeningASentenceBeforeSayingIsASpeaker() {
        Analyses a = Analyses.of("""
                Cloud prices are falling.

                Brightpeak said on Monday that its inference revenue doubled in the third quarter.

                Analysts said the cuts would continue.
                """);
        assertThat(a.speakerOf("inference revenue doubled")).isEqualTo("Brightpeak");
        assertThat(a.speakerNames()).doesNotContain("Analysts");
    }

    @Test
    void hyphenatedGivenNamesKeepNamesakesApart() {
        Analyses a = Analyses.of("""
                Two engineers named Cho spoke at the meetup. Hye-jin Cho, who builds compilers at Tessera, said \
                custom kernels will matter more than new chips. Dong-hyun Cho of the Seoul Robotics Institute was \
                less sure. "Memory bandwidth decides everything," Dong-hyun Cho said.
                """);
        assertThat(a.speakerOf("custom kernels will matter")).isEqualTo("Hye-jin Cho");
        assertThat(a.speakerOf("Memory bandwidth decides")).isEqualTo("Dong-hyun Cho");
        assertThat(a.claimWith("was less sure")).as("narration about a person, not a claim").isEmpty();
    }

    @Test
    void aTitledNameWithAnAppositiveIsTheSubjectNotSomeoneAddressed() {
        Analyses a = Analyses.of("""
                Not everyone agrees. Dr. Lena Moss, a researcher at Halden University, said that synthetic data \
                will run out of novelty within two years.
                """);
        assertThat(a.speakerOf("synthetic data will run out")).isEqualTo("Lena Moss");
    }

    @Test
    void aTalkThatOpensWithAGreetingGoesOnToClaims() {
        Analyses a = Analyses.of("""
                Rosa Vint: Hi everyone, and thanks for coming. Sparse mixture-of-experts models now beat dense models \
                of the same cost on every benchmark we track. Our largest run used 4,000 accelerators.
                """);
        assertThat(a.claimWith("Sparse mixture-of-experts")).isPresent();
        assertThat(a.claimWith("4,000 accelerators")).isPresent();
        assertThat(a.claimWith("Hi everyone")).isEmpty();
    }

    @Test
    void aPersonOfAnOrganisationSpeaksAndAnOrganisationNamedWithOfIsOne() {
        Analyses a = Analyses.of("""
                Budgets are tight.

                Lia Chen of Brightpeak said budgets will shrink next year. The University of Amsterdam said it \
                will build its own cluster.
                """);
        assertThat(a.speakerOf("budgets will shrink")).isEqualTo("Lia Chen");
        assertThat(a.speakerNamed("Lia Chen").affiliations()).contains("Brightpeak");
        assertThat(a.speakerOf("build its own cluster")).isEqualTo("University of Amsterdam");
    }
}
