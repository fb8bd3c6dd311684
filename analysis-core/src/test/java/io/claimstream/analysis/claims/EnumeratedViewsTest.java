package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Views a sentence says somebody set out, one per line under a numbered label ("Judgment one：…", "Point two: …"),
 * are that person's, as a list after "She said:" is.
 */
class EnumeratedViewsTest {

    private static final String REPORT = """
            Forum notes

            Dara Holm, the founder of Tessan Robotics, spoke first. She said warehouse demand is strong.

            At the end of her talk, Holm offered three predictions for next year:

            Prediction one：home robots will stay a niche product for at least three more years;

            Prediction two：the cheapest arms will come from suppliers in Shenzhen;

            Prediction three：most warehouse robots will be leased, not bought.

            The organisers served lunch at noon.
            """;

    @Test
    void eachNumberedLineIsTheViewsOfWhomTheSentenceBeforeNamed() {
        Analyses a = Analyses.of(REPORT);
        assertThat(a.speakerOf("home robots will stay a niche product")).isEqualTo("Dara Holm");
        assertThat(a.speakerOf("the cheapest arms will come from suppliers")).isEqualTo("Dara Holm");
        assertThat(a.speakerOf("most warehouse robots will be leased")).isEqualTo("Dara Holm");
        assertThat(a.claimWith("served lunch")).as("the list ends with the numbered lines").isEmpty();
    }
}
