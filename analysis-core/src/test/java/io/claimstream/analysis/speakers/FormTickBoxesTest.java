package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** A form's tick boxes ("[X] Partly agree [ ] Disagree"): the options after the boxes are no one's names. */
class FormTickBoxesTest {

    @Test
    void anOptionAfterATickBoxIsNobody() {
        Analyses a = Analyses.of("""
                Response to the consultation on model licensing, by Dr Mira Solberg, director, Fjord Institute.

                Question 2. Do you agree with the licensing threshold? [ ] Agree [X] Partly agree [ ] Disagree

                The threshold is sensible, but the fee would fall hardest on the smallest labs. The regulator should publish a fee schedule before the regime begins.
                """, "2026-11-20");
        assertThat(a.speakerNames()).doesNotContain("Partly", "Agree", "Disagree");
    }
}
