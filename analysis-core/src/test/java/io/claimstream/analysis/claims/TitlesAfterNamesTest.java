package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A title written after a surname, as translations from Chinese keep it ("Lin laoshi", "Wu zong"): the surname is the
 * person the text named before, speaking, and a title after a name nobody else holds points to no other speaker.
 */
class TitlesAfterNamesTest {

    @Test
    void aSurnameWithATitleAfterItFramesTheQuotationOfThePersonNamedBefore() {
        Analyses a = Analyses.of("""
                Lin Meiyu, a professor at Nanjing University, said the cuts had paused.

                "Supply is the reason," Lin laoshi told reporters. "The cuts will return next year."

                Wu Tao, the founder of Bianfu AI, has a different reading. Wu zong expects prices to fall again in the spring.
                """);
        assertThat(a.speakerOf("Supply is the reason")).isEqualTo("Lin Meiyu");
        assertThat(a.speakerOf("cuts will return")).isEqualTo("Lin Meiyu");
        assertThat(a.speakerOf("prices to fall again")).isEqualTo("Wu Tao");
    }
}
