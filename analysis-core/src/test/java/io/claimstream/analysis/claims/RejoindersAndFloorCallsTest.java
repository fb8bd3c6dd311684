package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a long panel or a podcast says between its claims: replies that only weigh the last remark (whether it is right,
 * what kind of number it was, what the speaker takes it as, that people always ask it), the chair calling on somebody
 * by where they sit or presenting a guest who joins from elsewhere, a neighbour on the stage, a date set to check the
 * forecasts, a refusal with a tag after it, the show's request for reviews and the place of its transcript, and the
 * asker saying back the figures the guests just gave.
 */
class RejoindersAndFloorCallsTest {

    private final NonClaimReasons reasons = new NonClaimReasons();

    private String reason(String sentence) {
        return reasons.of(sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // verdicts on the last remark
            "I hope you are right, Dr. Amadi.", "That's absolutely right. [laughter]",
            "That is fair, Tomas.", "I stand corrected, partly.", "I'd be glad to be proved wrong on this one.",
            "I would gladly lose that bet, Priya.",
            // what kind of reply it was
            "That is a brave number for a bank.", "That's an unusually candid answer.", "That's a wide spread.",
            "That's more hopeful than I expected.",
            // the remark taken, the question called familiar, a question no longer needed, a quotation announced
            "I'll take that as a yes.", "I will take it as a warning, Priya.", "Investors ask me that every month.",
            "People ask us this all the time.", "Good. I was going to ask about hiring, but you covered it.",
            "My old professor put it better than I can.", "A customer in Leeds put it best.",
            // the chair giving the floor
            "The man by the window.", "Next, the woman in the front row.", "Yes, you, with the red scarf.",
            "The gentleman over there, at the end of the row.", "And we have Ada Kim joining us from Lagos.",
            // the stage, the check, a refusal, the show's own housekeeping
            "Careful, Tomas is sitting right next to me.", "Then let's meet here again in 2031 and check.",
            "We can't discuss the board's vote in detail, you know how it is.",
            "If you liked this episode, leave us a review.", "The full transcript and links are in the show notes.",
            "Translator's note | Posted by the desk, June 4, 2026", "Posted by the night desk, June 4, 2026",
            "Let me stay on pricing for one more minute, because half this room sells software."})
    void claimsNothing(String sentence) {
        assertThat(reason(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "You are right that inference prices fell by half last year.", "I think she is half right.",
            "I think you're wrong about sodium.",
            "That is the wrong bet for a hospital.",
            "That is a big number for the steel industry, and it will keep rising.",
            "The man who runs the grid says outages will double.",
            "The woman in the front row of every trade mission is now the chip buyer.",
            "We have three factories joining the network next year, in Ohio and Texas.",
            "People ask me whether robots will take their jobs, and I tell them not this decade.",
            "I was going to raise prices, but the regulator stopped us.",
            "We can't discuss pricing without talking about energy, which is now half the cost.",
            "Customers are sitting on piles of unlabelled data.",
            "Published by the ministry, the rules make every lab register its largest models.",
            "We can't say whether storage prices will keep falling after next year."})
    void keepsClaimsThatLookAlike(String sentence) {
        assertThat(reason(sentence)).isNull();
    }

    @Test
    void figuresSaidBackAreNotTheAskersClaimsButAFirstBareFigureIs() {
        Analyses a = Analyses.of("""
                Ben Ortega (Moderator): One number each: the chance that grid batteries halve in price by 2030?

                Ada Kim: I'd say 30%.

                Ben Ortega (Moderator): Thirty percent. That is a careful number. Tomas?

                Tomas Berg: Sixty-five percent. Sodium cells are already cheap.

                Ben Ortega (Moderator): Priya?

                Priya Nair: Ten percent, maybe fifteen.

                Ben Ortega (Moderator): So we have 30, 65, and 10 to 15. Quite a spread.
                """);
        assertThat(a.claimWith("Thirty percent")).isEmpty();
        assertThat(a.claimWith("So we have")).isEmpty();
        assertThat(a.claimWith("Sixty-five percent")).isPresent();
        assertThat(a.claimWith("Sodium cells are already cheap")).isPresent();
    }

    @Test
    void premisesPutAroundAQuestionAreNotTheAskersClaims() {
        Analyses a = Analyses.of("""
                Ben Ortega: What about the batteries? You said the plant runs on a mix.

                Ada Kim: About a third sodium now. The rest is still lithium, and that will not change before 2028.

                Ben Ortega: There's a lot of talk about robots taking warehouse jobs. Where do you stand on that?

                Ada Kim: They will take the night shifts first, and most of the lifting within five years.

                Ben Ortega: Several European grid operators now say that storage will be cheaper than new lines by 2030. \
                Ada, is that real or is it marketing?

                Ada Kim: Real for short-duration storage. Sodium cells already undercut new lines on many routes.
                """);
        assertThat(a.claimWith("storage will be cheaper than new lines")).isEmpty();
        assertThat(a.claimWith("Sodium cells already undercut")).isPresent();
        assertThat(a.claimWith("the plant runs on a mix")).isEmpty();
        assertThat(a.claimWith("robots taking warehouse jobs")).isEmpty();
        assertThat(a.claimWith("will not change before 2028")).isPresent();
        assertThat(a.claimWith("most of the lifting within five years")).isPresent();
    }

    @Test
    void aFigureTheAskerOfferedIsTheGuestsAnswer() {
        Analyses a = Analyses.of("""
                Ben Ortega: Will grid batteries halve in price by 2030? Is it forty percent, or more?

                Ada Kim: Forty percent. The chemistry is ready; the factories are not.
                """);
        assertThat(a.claimWith("Forty percent")).isPresent();
    }
}
