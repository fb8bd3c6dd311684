package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A sentence opened by what the speaker was asked leaves it out of the claim however the asked clause is written: with
 * the asker named in apposition ("Asked by the chair, Rosa Vidal, whether …, she said …") or after a connective
 * ("Finally, when asked …, Berg said …"). The claim starts at the main clause, the one with the verb of saying.
 */
class AskedLeadInTest {

    private static final String STORY = """
            Hal Berg runs the turbine plant at Skelby for Nordvind.

            Asked by the chair of the meeting, Rosa Vidal, whether the plant would close, Berg said no: orders for \
            offshore blades had doubled since spring.

            Finally, when asked for one lesson for other plant managers, Berg said they should sign power contracts \
            before they sign customers.
            """;

    @Test
    void theAskedClauseIsNoPartOfTheAnswer() {
        Analyses a = Analyses.of(STORY, "2026-03-01");
        assertThat(a.claimWith("orders for offshore blades had doubled")).get()
                .satisfies(c -> assertThat(c.text()).startsWith("Berg said no"));
        assertThat(a.claimWith("sign power contracts")).get()
                .satisfies(c -> assertThat(c.text()).startsWith("Berg said they should"));
        assertThat(a.claimWith("Rosa Vidal, whether")).isEmpty();
        assertThat(a.claimWith("when asked for one lesson")).isEmpty();
    }
}
