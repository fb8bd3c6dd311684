package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a launch event's host, a speaker announcing their talk, a news anchor and a book's narrator say between the
 * claims: the running order and the room's arrangements, how the talk will go, the links between a broadcast's
 * pieces, and the writer's question told before its answer. A company's own plans, said in the same words, stay
 * claims.
 */
class PressConferenceLinksTest {

    private final NonClaimReasons reasons = new NonClaimReasons();

    @ParameterizedTest
    @ValueSource(strings = {
            // the running order
            "We will start in about two minutes.", "We will start with a short video, then the chairman's remarks.",
            "First, our founder, Ms. Ada Kim, will introduce the new product.",
            "Next, our chief financial officer, Mr. Tomas Reyes, will walk you through the quarterly figures.",
            "After that we will hear from a customer in Rotterdam.", "Dr. Ortega will speak in Portuguese.",
            "Before the questions, Ms. Ferrante will say a few words about the European market.",
            "We will now take your questions.", "We now open the floor to the press.",
            // the room's arrangements
            "Live interpretation is available on channel four of your headset.",
            "The press kits and the spec sheet are at the reception desk.",
            "The slides and the test data are available on our investor relations website.",
            "Interviews with the founders can be arranged through the press office.",
            // how the talk will go
            "Let me be frank about the costs.", "I will be quick, because the coffee is getting cold.",
            "I am going to make a forecast, and you can hold me to it.", "We want to cover four things today.",
            "The second point is latency.", "I know many of you will ask about tariffs, so let me answer that first.",
            // a broadcast's links
            "Ben Ode joins us now from Nairobi.", "Joining me now, Ada Kim.", "Our Nairobi correspondent Ben Ode reports.",
            "Now to Brussels, where the new rules take effect on Monday.",
            "And before we go this evening, a quick look at the bond market.", "Here's what she said.",
            // the writer's question, told before its answer, and what the piece goes on to show
            "Later, over dinner, I asked Ada whether the plan would survive the winter.",
            "When I asked Ben the same question, his answer was longer.",
            "What follows is my translation of the second half, slightly condensed."})
    void claimsNothing(String sentence) {
        assertThat(reasons.of(sentence)).as(sentence).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We will start shipping the new boards in March.", "We will begin with the European market next year.",
            "Our chief executive will introduce a four-day week at every plant from June.",
            "The model weights are available on Hugging Face under an open licence.",
            "We have published the test settings on our website, and anyone can repeat them.",
            "The first point is important because memory is the bottleneck.",
            "The second point is that prices will fall by half.",
            "Next to Nvidia, AMD is the largest supplier of these chips.",
            "I will be brief: the margins are gone.", "I predict prices will halve by 2028, and you can hold me to it."})
    void staysAClaim(String sentence) {
        assertThat(reasons.of(sentence)).as(sentence).isNull();
    }
}
