package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a reply or a transcript says around its claims: the readers thanked, an offer to explain later, a forecast
 * asked for and not given, the transcript's note on which version counts, a reaction that only weighs the last remark,
 * the faces in the room, and the premise of an interviewer's three-word question asking whether it holds.
 */
class OffersAndReadersThankedTest {

    private final NonClaimReasons reasons = new NonClaimReasons();

    @ParameterizedTest
    @ValueSource(strings = {
            "We are grateful to everyone who wrote in, even those who disagreed with every word of the column.",
            "I'm deeply grateful to all of you who sent corrections.",
            "We would be happy to walk your readers through the numbers in more detail.",
            "As always, we are willing to discuss the method with anyone at the institute.",
            "Ada Kim declined to give a date.", "The chief executive would not put a number on it.",
            "In case of any discrepancy, the French original prevails.",
            "This transcript is based on the English subtitles and has been lightly edited.",
            // a reply that only weighs the last remark, and the speaker remarking on the room
            "That is a fascinating way of putting it.", "That's both hilarious and chilling.",
            "I can see a few of you taking notes."})
    void claimsNothing(String sentence) {
        assertThat(reasons.of(sentence)).as(sentence).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I am grateful that the regulators moved quickly on memory prices.",
            "We would be glad to see inference prices fall by half.",
            "Ada Kim declined to give a date, but said the chip would ship to cloud customers in 2027.",
            "The forecast is based on the cost of our own data centres.",
            "That is a fascinating way to cut inference costs in half.", "I see customers shaking off the old vendors."})
    void staysAClaim(String sentence) {
        assertThat(reasons.of(sentence)).as(sentence).isNull();
    }

    @Test
    void aStatementAThreeWordQuestionAsksToConfirmIsItsPremise() {
        Analyses a = Analyses.of("""
                Host: A lot of listeners are nervous about robots in their kitchens. Should they be?

                Guest: Mostly not. Kitchen robots stop when anything touches them, and every recall so far was for software.
                """);
        assertThat(a.claimWith("nervous about robots")).isEmpty();
        assertThat(a.claimWith("Kitchen robots stop when anything touches them")).isPresent();
    }
}
