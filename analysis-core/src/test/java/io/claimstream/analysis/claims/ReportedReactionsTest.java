package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Reports of a reaction or an admission in narration are the subject's claims: "admitted that" (a verb whose final
 * consonant doubles), "dismissed X as Y", "used the keynote to argue that", and a finding the speaker's team showed.
 */
class ReportedReactionsTest {

    @Test
    void anAdmissionIsTheSubjectsClaim() {
        Analyses a = Analyses.of("""
                Petra Lindqvist, founder of Saltmarsh Robotics, spoke at length about hiring. She admitted that two of \
                the company's first five engineers had quit within a year.
                """);
        assertThat(a.speakerOf("two of the company's first five engineers had quit")).isEqualTo("Petra Lindqvist");
    }

    @Test
    void dismissingSomethingAsSomethingIsAVerdict() {
        Analyses a = Analyses.of("""
                Orvane Cloud said its new chip would halve inference costs by June.

                Henrik Dahl, chief executive of rival Brightwater Compute, dismissed the claim as wishful thinking.
                """);
        assertThat(a.speakerOf("dismissed the claim as wishful thinking")).isEqualTo("Henrik Dahl");
    }

    @Test
    void usingAnOccasionToArgueReportsTheArgument() {
        Analyses a = Analyses.of("""
                Amara Osei, head of research at Tidemark Labs, opened the summit in Accra. Osei also used the speech to \
                argue that the scarcest resource for African labs was not compute but annotated local-language data.
                """);
        assertThat(a.speakerOf("the scarcest resource for African labs")).isEqualTo("Amara Osei");
    }

    @Test
    void aFindingOfLastMonthIsAClaimNotAnAnecdote() {
        Analyses a = Analyses.of("""
                Host: Does synthetic speech data help?

                Keiko Arai: It does. Last month we showed that a recogniser trained on half synthetic audio matched one \
                trained on recordings alone on our call-centre benchmark.
                """);
        assertThat(a.claimWith("a recogniser trained on half synthetic audio")).isPresent();
    }

    @Test
    void sidingWithSomebodyIsNoSelfIntroduction() {
        Analyses a = Analyses.of("""
                Host: How likely is it that open models lead by 2027?

                Keiko Arai: About 30%.

                Petra Lindqvist: I'm with Keiko, or a little lower: 25%.
                """);
        assertThat(a.speakerOf("I'm with Keiko")).isEqualTo("Petra Lindqvist");
    }

    @Test
    void aColumnHeadedAsANamedPartysOwnHoldsItsAccount() {
        Analyses a = Analyses.of("""
                # Briefing: Saltmarsh Robotics

                ## Key points

                Petra Lindqvist leads Saltmarsh Robotics. She argues that grippers matter more than models.

                - Grippers first: a better hand saves more failures than a bigger model

                ## How it differs

                | Aspect | Saltmarsh's approach | Typical competitor |
                |---|---|---|
                | Training data | Own warehouses, relabelled weekly | Public video |
                | Release | Hardware and weights together | Weights only |
                """);
        assertThat(a.claimWith("Own warehouses, relabelled weekly")).get()
                .satisfies(c -> assertThat(c.type()).isEqualTo("fact"));
    }
}
