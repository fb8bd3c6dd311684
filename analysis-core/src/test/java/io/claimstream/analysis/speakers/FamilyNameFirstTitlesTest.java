package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A title goes with the family name, which Chinese and Korean names write first: "Mr Zhang" after "Zhang Wenhao" is
 * Zhang Wenhao, not a second person called Zhang.
 */
class FamilyNameFirstTitlesTest {

    private static final String LETTER = """
            Letters to the editor

            I write in support of Zhang Wenhao's letter last week, which deserved more attention than it received.

            Mr Zhang, a former chip designer in Suzhou, wrote that domestic accelerators now match imported ones on inference.

            I agree, and I would add that the software has improved even faster than the chips.
            """;

    @Test
    void aTitledFamilyNameIsThePersonWhoseNameOpensOnIt() {
        Analyses a = Analyses.of(LETTER, "2026-11-05");
        assertThat(a.speakerOf("domestic accelerators now match imported ones")).isEqualTo("Zhang Wenhao");
        assertThat(a.speakerNames()).doesNotContain("Zhang");
    }
}
