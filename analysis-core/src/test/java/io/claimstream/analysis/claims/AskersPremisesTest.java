package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * What an interviewer puts to the guest is the question's premise, not the interviewer's claim: a statement the
 * short question after it points back to ("What happened?"), a statement about the guest put to them as a turn of
 * its own, and what unnamed sceptics say in a turn that asks. The guest's answers stay claims.
 */
class AskersPremisesTest {

    @Test
    void aStatementThatAShortQuestionPointsBackToIsItsPremise() {
        Analyses a = Analyses.of("""
                Nora Vidal: Two years ago every vendor promised self-driving warehouses. What changed?

                Teo Marsh: The robots were ready, but the floor software was not. Most stalls we logged came from scheduling bugs.

                Nora Vidal: Thanks, Teo.
                """);
        assertThat(a.claimWith("every vendor promised self-driving warehouses")).isEmpty();
        assertThat(a.claimWith("the floor software was not")).isPresent();
        assertThat(a.claimWith("came from scheduling bugs")).isPresent();
    }

    @Test
    void aStatementAShortQuestionAsksToConfirmIsItsPremise() {
        Analyses a = Analyses.of("""
                Host: Welcome back. Our guest today is Teo Marsh of Quarry Robotics.

                Host: Quarry publishes almost none of its test results. Is that deliberate?

                Guest: It is. Most public benchmarks reward demos, and we would rather show customers their own floor.

                Host: A warehouse robot of yours caught fire in Rotterdam last spring. Was that a Quarry unit?

                Guest: No, it was a competitor's unit. Ours stopped and called an operator, as it should.
                """);
        assertThat(a.claimWith("publishes almost none of its test results")).isEmpty();
        assertThat(a.claimWith("caught fire in Rotterdam")).isEmpty();
        assertThat(a.claimWith("public benchmarks reward demos")).isPresent();
        assertThat(a.claimWith("it was a competitor's unit")).isPresent();
    }

    @Test
    void aStatementAboutTheGuestPutAsATurnOfItsOwnIsAQuestion() {
        Analyses a = Analyses.of("""
                Nora Vidal: You have said that legged robots are overrated. Still true?

                Teo Marsh: Still true. Legged robots are a fine research topic and a poor product for the next decade.

                Nora Vidal: Several of your board members sit on the boards of legged-robot companies.

                Teo Marsh: They know my view. They backed us anyway.
                """);
        assertThat(a.claimWith("board members sit on the boards")).isEmpty();
        assertThat(a.claimWith("a poor product for the next decade")).isPresent();
    }

    @Test
    void whatSkepticsSayInATurnThatAsksIsTheObjectionNotTheAsker() {
        Analyses a = Analyses.of("""
                Nora Vidal: Can a robot learn grip force from watching people? The critics say force never shows up on camera.

                Teo Marsh: The critics are right about force. Video gives you the sequence of moves, and about 300 real trials per product give you the rest.
                """);
        assertThat(a.claimWith("force never shows up on camera")).isEmpty();
        assertThat(a.claimWith("about 300 real trials per product")).isPresent();
    }

    @Test
    void aStatementTakenUpByAPronounInAQuestionAboutTheGuestIsItsPremise() {
        Analyses a = Analyses.of("""
                Nora Vidal: The regulator has just tightened the rules for warehouse robots. Will they slow you down?

                Teo Marsh: Barely. Our robots already log every stop, and the new audit takes us about two days a year.
                """);
        assertThat(a.claimWith("The regulator has just tightened the rules")).isEmpty();
        assertThat(a.claimWith("the new audit takes us about two days a year")).isPresent();
    }

    @Test
    void aStatementAboutTheGuestAfterALeadInIsStillAQuestion() {
        Analyses a = Analyses.of("""
                Nora Vidal: Let's talk about hiring. You are said to recruit chess players rather than engineers.

                Teo Marsh: Only a few of them. Chess players are patient with search problems, and our planners are search problems.
                """);
        assertThat(a.claimWith("You are said to recruit chess players")).isEmpty();
        assertThat(a.claimWith("Chess players are patient with search problems")).isPresent();
    }

    @Test
    void aGenericYouInAnAnswerIsNoPrompt() {
        Analyses a = Analyses.of("""
                Nora Vidal: Can we rent the capacity instead?

                Teo Marsh: a rental pool is not where you find 800 accelerators on one network though

                Nora Vidal: fair
                """);
        assertThat(a.claimWith("a rental pool is not where you find 800 accelerators")).isPresent();
    }
}
