package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A caller's turn opens with small talk ("Hello."), which claims nothing; once the caller has said what they think,
 * the sentences after it argue that view and are claims however short.
 */
class CallerArgumentTest {

    @Test
    void theSentenceAfterACallersViewIsTheirArgument() {
        Analyses a = Analyses.of("""
                HOST: Let's take a call. Maria is on the line from Toledo. Maria, go ahead.

                MARIA: Hello. I run a small bakery here. Our power bill doubled this winter. So I think the senator \
                has a point. Subsidies help, but they don't pay the bill.

                HOST: Thanks, Maria.
                """);
        assertThat(a.speakerOf("I think the senator has a point")).isEqualTo("Maria");
        assertThat(a.speakerOf("Subsidies help, but they don't pay the bill")).isEqualTo("Maria");
        assertThat(a.claimWith("I run a small bakery")).isEmpty();
    }
}
