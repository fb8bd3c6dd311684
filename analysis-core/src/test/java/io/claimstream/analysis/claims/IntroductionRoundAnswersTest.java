package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A round of introductions that asks each guest for something of their own (what surprised them, what keeps them
 * awake): after the greeting and the name, the guest's surprise or worry, named as theirs, is their view however few
 * its words, and what follows it argues that view. The greeting, the name and small talk without such an answer stay
 * out.
 */
class IntroductionRoundAnswersTest {

    private static final String ROUND = """
            Ada Lim: Good evening and welcome. Let me ask each guest to say who they are and what has surprised them this year. Ben, please.

            Ben Ode: Good evening. I'm Ben Ode from Kline Robotics. My surprise is that grippers got cheap. Simulation has become the constraint, not hardware.

            Cara Wu: Hello, I'm Cara Wu, I teach at Delft. What keeps me awake is tuition.

            Dan Ho: Hi all, great to be here. It is a lovely room.
            """;

    @Test
    void theSurpriseNamedAsTheirsAndWhatArguesItAreClaims() {
        Analyses a = Analyses.of(ROUND);
        assertThat(a.speakerOf("My surprise is that grippers got cheap")).isEqualTo("Ben Ode");
        assertThat(a.speakerOf("Simulation has become the constraint")).isEqualTo("Ben Ode");
        assertThat(a.speakerOf("What keeps me awake is tuition")).isEqualTo("Cara Wu");
    }

    @Test
    void theGreetingTheNameAndSmallTalkStayOut() {
        Analyses a = Analyses.of(ROUND);
        assertThat(a.claimWith("I'm Ben Ode")).isEmpty();
        assertThat(a.claimWith("Good evening.")).isEmpty();
        assertThat(a.claimWith("It is a lovely room")).isEmpty();
    }
}
