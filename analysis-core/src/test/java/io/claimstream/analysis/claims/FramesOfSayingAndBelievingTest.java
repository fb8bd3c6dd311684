package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The frames of saying and believing a news story uses beyond "said" and "believes", each with a name and with a
 * pronoun for its subject: after two people have spoken, the sentence must go to the one its frame names, not be
 * dropped as the writer's narration nor left with the last speaker.
 */
class FramesOfSayingAndBelievingTest {

    private static final String INTRO = """
            Mara Quell is a partner at Birch Capital. She said her fund had doubled in size this year.

            Tomas Reyes is chief executive of Corvel. He said his company would open an office in Porto next year.

            """;

    static Stream<Arguments> frames() {
        return Stream.of(
                // {S} subject, {P} possessive, {s} subject inside the sentence, {o} object
                Arguments.of("{S} called for a shared standard for agent permissions.", "a shared standard"),
                Arguments.of("On safety, {s} called for a shared standard and said the current practice of sharing keys"
                        + " is \"a disaster waiting\".", "the current practice of sharing keys"),
                Arguments.of("{S} pushed back hard on the idea that open models are a business at all.", "a business at all"),
                Arguments.of("{S} pushed back against the view that agents will replace engineers.", "replace engineers"),
                Arguments.of("{P} answer: open models will win the enterprise market by 2028.", "by 2028"),
                Arguments.of("{P} verdict: the subsidies have run their course.", "run their course"),
                Arguments.of("{P} verdict is that the subsidies have run their course.", "run their course"),
                Arguments.of("In {p} words, open models will win the enterprise market.", "open models will win"),
                Arguments.of("{S} rejected the idea that open models can win the enterprise market.", "can win"),
                Arguments.of("{S} dismissed the notion that open models can win the enterprise market.", "can win"),
                Arguments.of("{S} characterised open models as a marketing exercise.", "a marketing exercise"),
                Arguments.of("{S} characterized open models as a marketing exercise.", "a marketing exercise"),
                Arguments.of("{S} framed the choice as one between price and control.", "price and control"),
                Arguments.of("{S} summed it up: open models will win the enterprise market.", "open models will win"),
                Arguments.of("{S} put it bluntly: open models will win the enterprise market.", "open models will win"),
                Arguments.of("As {s} put it, open models will win the enterprise market.", "open models will win"),
                Arguments.of("For {o}, open models will win the enterprise market.", "open models will win"),
                Arguments.of("{S} is convinced that open models will win the enterprise market.", "open models will win"),
                Arguments.of("{S} remains sceptical that open models will win the enterprise market.", "open models will win"),
                Arguments.of("{S} is confident that open models will win the enterprise market.", "open models will win"),
                Arguments.of("{S} bets that open models will win the enterprise market.", "open models will win"),
                Arguments.of("{S} wagers that open models will win the enterprise market.", "open models will win"),
                Arguments.of("{S} made the case that open models will win the enterprise market.", "open models will win"),
                Arguments.of("{S} suspects open models will win the enterprise market.", "open models will win"),
                Arguments.of("{S} pointed to a survey in which only 9% of buyers planned to buy open models.", "only 9%"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void theFrameNamesWhoseClaimItIsWithANameOrAPronoun(String frame, String said) {
        for (boolean named : new boolean[] { true, false }) {
            String sentence = frame.replace("{S}", named ? "Quell" : "She").replace("{P}", named ? "Quell's" : "Her")
                    .replace("{s}", named ? "Quell" : "she").replace("{p}", named ? "Quell's" : "her")
                    .replace("{o}", named ? "Quell" : "her");
            assertThat(Analyses.of(INTRO + sentence + "\n").speakerOf(said)).as(sentence).isEqualTo("Mara Quell");
        }
    }

    @Test
    void framesThatTellAnActOrCreditAnAsideFrameNothing() {
        Analyses a = Analyses.of(INTRO + """
                Reyes, as Quell put it this morning, thinks agents will eat the software budget.

                Birch Capital bets on smaller models, and it rejected the offer from Corvel.
                """);
        assertThat(a.speakerOf("eat the software budget")).isEqualTo("Tomas Reyes");
        assertThat(a.claimWith("rejected the offer")).isEmpty();
    }

    @Test
    void thePersonARelativeClauseOpensOnIsWhomTheNextPossessiveMeans() {
        Analyses a = Analyses.of("""
                Mara Quell is a partner at Birch Capital. She said her fund had doubled in size this year.

                Ana Ruiz runs the robotics lab at Corvel. She said the lab would double its staff.

                The last question went to Quell, who was asked for one forecast. Her answer: open models win by 2028.
                """);
        assertThat(a.speakerOf("open models win by 2028")).isEqualTo("Mara Quell");
    }
}
