package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A reply of a word or two asserts when the dialogue makes it an answer: the turn before is somebody else's question
 * asking for a view ("Do you believe that?" "Absolutely."), or the reply is a bare figure in a round of odds where the
 * others gave percentages. A reply to a request ("Can I jump in?" "Sure.") or one that declines ("Pass.") does not.
 */
class ShortRepliesTest {

    private static final String SHOW = """
            Lena: Welcome back to Gradient Talk. With me is Omar Haddad, who runs robotics at Kestrel Labs.

            Omar: Glad to be here.

            Lena: A rival told us last month that warehouse robots will be cheaper than forklifts by 2029. Do you believe that?

            Omar: Absolutely. Our own arms already cost less to run per shift than a leased forklift does.

            Lena: How hard is it to find people who can service them?

            Omar: Painful. Most technicians we hire come from the elevator trade.

            Lena: Can I jump in with a listener question?

            Omar: Sure.

            Lena: Would you ever build your own chips?

            Omar: Pass.

            Lena: Quick odds to finish. The chance that a humanoid robot works a full shift in one of the ten largest warehouses by the end of 2028.

            Omar: Ten percent.

            Lena: Twenty. Next, the chance that Kestrel sells a robot that climbs stairs before 2028.

            Omar: Thirty.

            Lena: Lower. Five.
            """;

    @Test
    void aFewWordsAnsweringAQuestionForAViewAreTheSpeakersPosition() {
        Analyses a = Analyses.of(SHOW, "2026-09-01");
        assertThat(a.claimWith("Absolutely.")).get().satisfies(c -> assertThat(c.text()).isEqualTo("Absolutely."));
        assertThat(a.speakerOf("Absolutely.")).isEqualTo("Omar Haddad");
        assertThat(a.claimWith("Painful.")).isPresent();
    }

    @Test
    void aReplyToARequestOrOneThatDeclinesAssertsNothing() {
        Analyses a = Analyses.of(SHOW, "2026-09-01");
        assertThat(a.claimWith("Sure.")).isEmpty();
        assertThat(a.claimWith("Pass.")).isEmpty();
    }

    @Test
    void aBareFigureInARoundOfOddsIsTheSpeakersForecast() {
        Analyses a = Analyses.of(SHOW, "2026-09-01");
        // the "ten largest warehouses" of the question counts warehouses: the answer's ten is no echo of it
        assertThat(a.claimWith("Ten percent.")).get().satisfies(c -> assertThat(c.type()).isEqualTo("prediction"));
        assertThat(a.claimWith("Twenty.")).get().satisfies(c -> assertThat(c.type()).isEqualTo("prediction"));
        assertThat(a.speakerOf("Twenty.")).isEqualTo("Lena");
        assertThat(a.claimWith("Thirty.")).get().satisfies(c -> assertThat(c.type()).isEqualTo("prediction"));
        assertThat(a.claimWith("Lower. Five.")).get().satisfies(c -> assertThat(c.type()).isEqualTo("prediction"));
    }
}
