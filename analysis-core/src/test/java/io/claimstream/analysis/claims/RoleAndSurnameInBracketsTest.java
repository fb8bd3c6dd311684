package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A summary's bullets name each speaker by what they do and put the surname in brackets ("The economist (Varga)
 * thinks …"): the speaker is the person of that surname, even one that is also a pronoun ("The safety lead (He)").
 */
class RoleAndSurnameInBracketsTest {

    @Test
    void aRoleWithTheSurnameInBracketsIsThatPerson() {
        Analyses a = Analyses.of("""
                Who spoke. Tessa Varga is an economist at Loam. Dr. He Lanfang leads the safety team at Qiming AI. Dede Okafor founded Kiln Robotics.

                Summary
                - The economist (Varga) thinks chip prices will fall by half next year.
                - The safety lead (He) argued that open weights are safe only if labs publish their evaluations.
                - The founder (Okafor) said robots need more real-world data, not bigger models.
                """, "2026-11-20");
        assertThat(a.speakerOf("chip prices will fall by half")).isEqualTo("Tessa Varga");
        assertThat(a.speakerOf("open weights are safe only if")).isEqualTo("He Lanfang");
        assertThat(a.speakerOf("robots need more real-world data")).isEqualTo("Dede Okafor");
    }
}
