package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Answers of a few words that still say something: a bare horizon ("Not before 2029."), a yes or no given for one
 * respect of the question, and advice against something ("Please don't, unless …"); a bare "Yes." stays small talk.
 */
class ShortAnswersTest {

    @Test
    void aBareHorizonIsTheSpeakersForecast() {
        Analyses a = Analyses.of("""
                Interviewer: Will Brightfen list its shares?

                Solveig Marstrand: Not before 2029. We have the cash we need, and listing costs us a year of focus.
                """);
        assertThat(a.claimWith("Not before 2029.")).get().satisfies(c -> assertThat(c.type()).isEqualTo("prediction"));
    }

    @Test
    void aYesForOneRespectIsAView() {
        Analyses a = Analyses.of("""
                Interviewer: Is Europe behind on chips?

                Solveig Marstrand: On packaging, clearly yes. On design, I think we are still competitive.
                """);
        assertThat(a.claimWith("On packaging, clearly yes.")).isPresent();
    }

    @Test
    void adviceAgainstSomethingIsNoHandOff() {
        Analyses a = Analyses.of("""
                Interviewer: Should a small lab train its own base model?

                Solveig Marstrand: Please don't, unless a customer pays for it. Fine-tune an open model and ship.
                """);
        assertThat(a.claimWith("Please don't, unless a customer pays for it.")).isPresent();
    }

    @Test
    void aBareYesSaysNothing() {
        Analyses a = Analyses.of("""
                Interviewer: Ready to start?

                Solveig Marstrand: Yes.
                """);
        assertThat(a.claimWith("Yes.")).isEmpty();
    }
}
