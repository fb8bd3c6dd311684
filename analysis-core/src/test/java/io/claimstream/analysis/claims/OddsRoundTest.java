package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.Prediction;
import org.junit.jupiter.api.Test;

/**
 * A round of odds in a transcript: the host puts a proposition with its horizon, sometimes without a question mark,
 * and each guest answers with a figure. Each answer forecasts the proposition, at its figure, for its horizon.
 */
class OddsRoundTest {

    private static final String ROUND = """
            Lena: The quick round. Everybody gives a number, no explanations.

            Omar: First one. The chance that an open model tops the coding leaderboard by the end of 2027.

            Priya: Seventy percent.

            Jonas: Fifteen percent.

            Lena: Next one: what are the odds a chip startup goes public before 2029?

            Priya: Ten, because the window is shut.
            """;

    @Test
    void eachAnswerForecastsTheRoundsPropositionForItsHorizon() {
        Analyses a = Analyses.of(ROUND, "2026-03-15");
        Prediction seventy = a.claimWith("Seventy percent").map(Claim::prediction).orElseThrow();
        assertThat(seventy.probability()).isEqualTo(0.7);
        assertThat(seventy.horizonEnd()).isEqualTo("2027-12-31");
        // the second answer in a row answers the same statement, not the answer before it
        Prediction fifteen = a.claimWith("Fifteen percent").map(Claim::prediction).orElseThrow();
        assertThat(fifteen.horizonEnd()).isEqualTo("2027-12-31");
    }

    @Test
    void aFigureWithAReasonIsStillTheOdds() {
        Analyses a = Analyses.of(ROUND, "2026-03-15");
        Claim ten = a.claimWith("Ten, because the window is shut").orElseThrow();
        assertThat(ten.type()).isEqualTo("prediction");
        assertThat(ten.prediction().probability()).isEqualTo(0.1);
        assertThat(ten.prediction().horizonEnd()).isEqualTo("2028-12-31");
    }

    /** A round whose propositions name no odds: the figures answering them tell that they were odds. */
    private static final String PROPOSITIONS = """
            Rosa: Closing round, numbers only.

            Rosa: Item one. A humanoid robot sells a thousand units to households by the end of 2029?

            Ines: Twenty percent.

            Karl: Thirty.

            Ines: Wait, Malik has not gone yet.

            Malik: Thirty-five.

            Rosa: Forty, since the prices keep falling. Item two. An open model wins a gold medal at the maths olympiad by 2027.

            Karl: Eighty percent, and I would take bets on it.

            Ines: Sixty.

            Malik: Fifty-five.

            Rosa: Ninety, because the last attempt came close.
            """;

    @Test
    void aBareFigureInARoundWhoseQuestionNamesNoOddsIsTheOddsForItsHorizon() {
        Analyses a = Analyses.of(PROPOSITIONS, "2026-03-15");
        Prediction thirty = a.claimWith("Thirty.").map(Claim::prediction).orElseThrow();
        assertThat(thirty.probability()).isEqualTo(0.3);
        assertThat(thirty.horizonEnd()).isEqualTo("2029-12-31");
    }

    @Test
    void theHostsOwnFigureAnswersTheirOwnProposition() {
        Analyses a = Analyses.of(PROPOSITIONS, "2026-03-15");
        Prediction forty = a.claimWith("Forty, since").map(Claim::prediction).orElseThrow();
        assertThat(forty.probability()).isEqualTo(0.4);
        assertThat(forty.horizonEnd()).isEqualTo("2029-12-31");
        Prediction ninety = a.claimWith("Ninety, because").map(Claim::prediction).orElseThrow();
        assertThat(ninety.probability()).isEqualTo(0.9);
        assertThat(ninety.horizonEnd()).isEqualTo("2027-12-31");
    }

    @Test
    void aFigureArguedAfterAPropositionWithoutAQuestionMarkIsAForecast() {
        Analyses a = Analyses.of(PROPOSITIONS, "2026-03-15");
        Claim eighty = a.claimWith("Eighty percent, and I would take bets").orElseThrow();
        assertThat(eighty.type()).isEqualTo("prediction");
        assertThat(eighty.prediction().probability()).isEqualTo(0.8);
        assertThat(eighty.prediction().horizonEnd()).isEqualTo("2027-12-31");
        Prediction sixty = a.claimWith("Sixty.").map(Claim::prediction).orElseThrow();
        assertThat(sixty.horizonEnd()).isEqualTo("2027-12-31");
    }

    /** The same questions put to several people, each asked under a heading and answered under it. */
    private static final String QUESTION_HEADINGS = """
            # Three engineers, two questions

            We put the same two questions to three people who build robot hands. They answered by e-mail.

            - **Ana Ruiz**, founder of Fold Labs
            - **Bo Chen**, chief engineer at Gripwise
            - **Cy Moreau**, who runs Handworks

            ## 1. What is the chance that a robot folds laundry in most homes before 2032?

            Ana Ruiz (Fold Labs): Ten percent. Homes are messy and every one is different.

            Bo Chen (Gripwise): For hotels, sixty percent, maybe more. Hotels have the same sheets in every room.

            Cy Moreau (Handworks): Twenty, and most of that depends on cheaper hands.

            ## 2. What will you build next?

            Ana Ruiz (Fold Labs): A dishwasher loader, because plates are all the same shape.

            Bo Chen (Gripwise): A hand that can tie a knot, which nobody has sold yet.

            Cy Moreau (Handworks): Cheaper fingers. Everything else we need already exists.
            """;

    @Test
    void aFigureUnderAHeadingThatAsksForOddsIsAForecastForTheHeadingsHorizon() {
        Analyses a = Analyses.of(QUESTION_HEADINGS, "2026-03-15");
        Prediction ten = a.claimWith("Ten percent").map(Claim::prediction)
                .orElseThrow(() -> new AssertionError(a.doc().claims().stream().map(c -> c.text() + " / " + c.type()).toList()));
        assertThat(ten.probability()).isEqualTo(0.1);
        assertThat(ten.horizonEnd()).isEqualTo("2031-12-31");
        Claim twenty = a.claimWith("Twenty, and most").orElseThrow();
        assertThat(twenty.type()).isEqualTo("prediction");
        assertThat(twenty.prediction().probability()).isEqualTo(0.2);
    }

    @Test
    void oddsGivenForOneRespectOfTheQuestionAreAForecast() {
        Analyses a = Analyses.of(QUESTION_HEADINGS, "2026-03-15");
        Claim hotels = a.claimWith("For hotels, sixty percent").orElseThrow();
        assertThat(hotels.type()).isEqualTo("prediction");
        assertThat(hotels.prediction().probability()).isEqualTo(0.6);
    }

    @Test
    void oddsPutOnAClauseInASecondQuotationAreAForecast() {
        Analyses a = Analyses.of("""
                The harbour master would not give a date, but her deputy, Tomas Berg, was willing to bet. "Better than even \
                that the new quay opens in two years," Berg said. "Less than even that the cranes arrive with it. The \
                supplier has missed every date so far."
                """, "2026-03-15");
        Claim less = a.claimWith("Less than even that the cranes").orElseThrow();
        assertThat(less.type()).isEqualTo("prediction");
        assertThat(less.prediction().probability()).isEqualTo(0.4);
        Claim better = a.claimWith("Better than even that the new quay").orElseThrow();
        assertThat(better.prediction().probability()).isEqualTo(0.6);
    }

    /** A host who hands the floor on by name and asks one guest to go on between the answers, then answers last. */
    private static final String HANDED_ON = """
            Mira (Host): Last question, one figure each. What is the chance that a European lab releases the best open model before the end of 2028? Tomas first.

            Tomas: 40%.

            Mira (Host): Even in Europe?

            Tomas: They have the people and the money now. Keeping the lead is another matter.

            Mira (Host): Greta?

            Greta: 10%. Their compute budgets are too small.

            Mira (Host): Understood. Anil?

            Anil: Honestly, about one in three.

            Mira (Host): And mine, for the record: 30%.
            """;

    @Test
    void answersAfterTheFloorIsHandedOnForecastTheQuestionPutToTheRound() {
        Analyses a = Analyses.of(HANDED_ON, "2026-05-04");
        Prediction ten = a.claimWith("10%").map(Claim::prediction).orElseThrow();
        assertThat(ten.probability()).isEqualTo(0.1);
        assertThat(ten.horizonEnd()).isEqualTo("2028-12-31");
        Claim oneInThree = a.claimWith("about one in three").orElseThrow();
        assertThat(oneInThree.type()).isEqualTo("prediction");
        assertThat(oneInThree.prediction().probability()).isEqualTo(0.33);
        assertThat(oneInThree.prediction().horizonEnd()).isEqualTo("2028-12-31");
        // the host answers the question they put, with a few words leading in to the figure
        Prediction hosts = a.claimWith("for the record: 30%").map(Claim::prediction).orElseThrow();
        assertThat(hosts.probability()).isEqualTo(0.3);
        assertThat(hosts.horizonEnd()).isEqualTo("2028-12-31");
    }
}
