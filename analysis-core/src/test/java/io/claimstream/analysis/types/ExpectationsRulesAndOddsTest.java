package io.claimstream.analysis.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.text.Nlp;
import io.claimstream.analysis.text.NlpModels;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.Span;
import org.junit.jupiter.api.Test;

/**
 * Forecasts put as odds said or in words, as the speaker's named guess or bet, or as a span still to run; facts put as
 * the side's own rules, procedures and measured shares; advice given as a habit or as support for a rule.
 */
class ExpectationsRulesAndOddsTest {

    private static final Nlp NLP = new Nlp(NlpModels.load());
    private static final ClaimTypeClassifier TYPES = new ClaimTypeClassifier(NLP);

    private static String typeOf(String text, String phrase) {
        return Analyses.of(text).claimWith(phrase).map(Claim::type).orElseThrow();
    }

    /** The type of a claim's content alone, as the classifier reads it. */
    private static ClaimType contentType(String content) {
        return TYPES.classify(content, NLP.tokens(content, new Span(0, content.length()), true),
                new ClaimTypeClassifier.Context(null, List.of(), 2026), false);
    }

    @Test
    void oddsSaidOrPutOrGivenInWordsAreForecasts() {
        assertThat(contentType("Okafor said 40%, while Lind put it at 10%.")).isEqualTo(ClaimType.PREDICTION);
        assertThat(contentType("Lind put it at 10%.")).isEqualTo(ClaimType.PREDICTION);
        assertThat(typeOf("Ana Ruiz: Keeping the lead for a decade is harder, and that I would put at maybe 5%.",
                "I would put at")).isEqualTo("prediction");
        assertThat(contentType("Truthfully, about one in three.")).isEqualTo(ClaimType.PREDICTION);
    }

    @Test
    void aNamedGuessOrBetIsAForecast() {
        assertThat(typeOf("Ana Ruiz: My guess is that the small fleets merge first.", "small fleets merge"))
                .isEqualTo("prediction");
        assertThat(typeOf("Ana Ruiz: My bet as a lender is that the warehouses stay full.", "warehouses stay full"))
                .isEqualTo("prediction");
    }

    @Test
    void aSpanStillToRunIsAForecast() {
        assertThat(typeOf("Ana Ruiz: I don't think the drone subsidy can survive more than another two years.",
                "drone subsidy")).isEqualTo("prediction");
        assertThat(typeOf("Ana Ruiz: Delivery robots need at least four more years before they pay for themselves.",
                "Delivery robots")).isEqualTo("prediction");
    }

    @Test
    void aSpanThatRanIsNoForecast() {
        assertThat(typeOf("Ana Ruiz: We spent another two years fixing the drone firmware.", "drone firmware"))
                .isNotEqualTo("prediction");
    }

    @Test
    void theSidesRulesAndProceduresAreFacts() {
        assertThat(typeOf("Ana Ruiz: Our rule is that a pilot can pause any drone, but only the chief can ground one.",
                "Our rule is")).isEqualTo("fact");
        assertThat(typeOf("Ana Ruiz: We have a rule that no depot may run more than forty drones.", "forty drones"))
                .isEqualTo("fact");
        assertThat(typeOf("Ana Ruiz: Every aborted flight is recorded, tagged by the operator and sent back to the vendor.",
                "aborted flight")).isEqualTo("fact");
        assertThat(typeOf("Ana Ruiz: When a drone is grounded, we swap its battery pack and the crew logs the fault.",
                "swap its battery")).isEqualTo("fact");
    }

    @Test
    void sharesAndChangesMeasuredInFractionsAreFacts() {
        assertThat(typeOf("Ana Ruiz: Our insurance costs are maybe one sixth of theirs for the same fleet.",
                "insurance costs")).isEqualTo("fact");
        assertThat(typeOf("Ana Ruiz: Per flight, cheaper, by roughly a quarter.", "by roughly a quarter"))
                .isEqualTo("fact");
    }

    @Test
    void adviceGivenAsAHabitOrAsSupportForARuleIsAdvice() {
        assertThat(typeOf("Ana Ruiz: That is why I tell my apprentices to learn soldering.", "learn soldering"))
                .isEqualTo("recommendation");
        assertThat(typeOf("Ana Ruiz: I support mandatory licensing of the heaviest delivery drones.", "mandatory licensing"))
                .isEqualTo("recommendation");
        assertThat(typeOf("Ana Ruiz: Okafor said the lesson for other depots is to start with the quiet routes.",
                "quiet routes")).isEqualTo("recommendation");
    }

    @Test
    void aSuperlativeWithWillPicksAThingOutAndForecastsNothing() {
        assertThat(typeOf("Ana Ruiz: Spare batteries are the cheapest insurance a depot will ever buy.",
                "cheapest insurance")).isNotEqualTo("prediction");
    }
    @Test
    void oddsGivenForSeveralPeopleInOneSentenceAreForecasts() {
        Analyses a = Analyses.of("Drone forum recap\n\nAsked for the odds that a city bans delivery drones before 2029, "
                + "Okafor said 40%, while Lind put it at 10% and Professor Mahe at \"perhaps one in five.\"");
        assertThat(a.claimWith("Okafor said 40%")).get().extracting(Claim::type).isEqualTo("prediction");
    }

    @Test
    void goingToAPlaceIsNoFuture() {
        assertThat(typeOf("Ana Ruiz: Second, the best young pilots are not going to the big airlines first any more.",
                "best young pilots")).isNotEqualTo("prediction");
    }

    @Test
    void aChangeOverTheNextMonthsCountedInFiguresIsAForecast() {
        assertThat(contentType("The leasing rates for cargo drones halve over the next 18 months."))
                .isEqualTo(ClaimType.PREDICTION);
    }

    @Test
    void aSpanHeldAgainstAnotherMeasuresARate() {
        assertThat(typeOf("Ana Ruiz: In a small depot, you fix more drones in one month than in three years at a big carrier.",
                "small depot")).isNotEqualTo("prediction");
    }
    @Test
    void aBareFigureThatEndsAGuessOrAFigureHeldToIsAForecast() {
        assertThat(typeOf("Ana Ruiz: For cargo drones, I'd leave it to Okafor, but I'd guess thirty.", "guess thirty"))
                .isEqualTo("prediction");
        assertThat(typeOf("Ana Ruiz: Seventy percent is what I believe, give or take.", "Seventy percent"))
                .isEqualTo("prediction");
    }

    @Test
    void aPastConditionDeniedImaginesAnotherCourse() {
        assertThat(typeOf("Ana Ruiz: If we hadn't built the depot, a rival would have.", "a rival would have"))
                .isEqualTo("opinion");
    }

    @Test
    void whatTheSpeakerWouldLikeOthersToDoIsAdvice() {
        assertThat(typeOf("Ana Ruiz: What I'd like is for depot crews in Lyon and Porto to swap their flight logs.",
                "swap their flight logs")).isEqualTo("recommendation");
    }

    @Test
    void aForecastSomebodySaysThatTheClaimWeighsIsTheirs() {
        assertThat(typeOf("Ana Ruiz: When he says drone prices will collapse, he is looking at the toy market alone.",
                "toy market")).isEqualTo("opinion");
    }

    @Test
    void adviceAsAStandingRuleOpensWithNeverOrAlways() {
        assertThat(typeOf("Ana Ruiz: Never plan a route that only works in one season's weather.", "one season"))
                .isEqualTo("recommendation");
        assertThat(typeOf("Ana Ruiz: Always keep a spare rotor set in every van.", "spare rotor"))
                .isEqualTo("recommendation");
    }

    @Test
    void aShouldThatPicksOutANounAdvisesNobody() {
        assertThat(typeOf("Ana Ruiz: The depots who should worry are the ones that bought their drones at the peak.",
                "bought their drones")).isNotEqualTo("recommendation");
    }
}
