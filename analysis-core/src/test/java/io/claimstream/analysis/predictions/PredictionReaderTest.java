package io.claimstream.analysis.predictions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.claimstream.contracts.Prediction;
import org.junit.jupiter.api.Test;

class PredictionReaderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 15);
    private final PredictionReader reader = new PredictionReader();

    @Test
    void resolvesASpanOfYearsAgainstTheDocumentDate() {
        Prediction p = reader.read("There is less than a 30% chance of that in the next two to four years.", DAY);
        assertThat(p.probability()).isEqualTo(0.3);
        assertThat(p.horizon()).contains("two to four years");
        assertThat(p.horizonStart()).isEqualTo("2028-03-15");
        assertThat(p.horizonEnd()).isEqualTo("2030-03-15");
    }

    @Test
    void readsYearsAndYearPairs() {
        assertThat(reader.read("This will happen in 2027.", DAY).horizonEnd()).isEqualTo("2027-12-31");
        Prediction pair = reader.read("The next shift comes in 2027-28.", DAY);
        assertThat(pair.horizonStart()).isEqualTo("2027-01-01");
        assertThat(pair.horizonEnd()).isEqualTo("2028-12-31");
        assertThat(reader.read("Prices halve by 2029.", DAY).horizonStart()).isEqualTo("2026-03-15");
    }

    @Test
    void readsRelativeHorizons() {
        Prediction within = reader.read("It will be solved within a year.", DAY);
        assertThat(within.horizonEnd()).isEqualTo("2027-03-15");
        Prediction atLeast = reader.read("It will take at least a year.", DAY);
        assertThat(atLeast.horizonStart()).isEqualTo("2027-03-15");
        assertThat(atLeast.horizonEnd()).isNull();
        assertThat(reader.read("We will see it this year.", DAY).horizonEnd()).isEqualTo("2026-12-31");
        Prediction vague = reader.read("It might happen very soon.", DAY);
        assertThat(vague.horizon()).isEqualTo("very soon");
        assertThat(vague.horizonStart()).isNull();
    }

    @Test
    void readsProbabilityWords() {
        assertThat(reader.read("The odds are quite high.", DAY).probability()).isEqualTo(0.7);
        assertThat(reader.read("It will definitely arrive.", DAY).probability()).isEqualTo(0.95);
        assertThat(reader.read("That is unlikely to last.", DAY).probability()).isEqualTo(0.25);
        assertThat(reader.read("Robots will fold laundry.", DAY).probability()).isNull();
    }

    @Test
    void withoutADocumentDateHorizonsKeepTheirWordsOnly() {
        Prediction p = reader.read("Within the next three years agents will do most support work.", null);
        assertThat(p.horizon()).contains("three years");
        assertThat(p.horizonStart()).isNull();
    }

    @Test
    void aSpanUpToItsEndRunsFromTheDocumentDate() {
        Prediction within = reader.read("Within two years every bank will run its own model.", DAY);
        assertThat(within.horizonStart()).isEqualTo("2026-03-15");
        assertThat(within.horizonEnd()).isEqualTo("2028-03-15");
        Prediction over = reader.read("Rents will double over the next three years.", DAY);
        assertThat(over.horizonStart()).isEqualTo("2026-03-15");
        assertThat(over.horizonEnd()).isEqualTo("2029-03-15");
        Prediction out = reader.read("Our tutor app will be everywhere in five years.", DAY);
        assertThat(out.horizonStart()).isEqualTo("2031-03-15");
        assertThat(out.horizonEnd()).isEqualTo("2031-03-15");
    }

    @Test
    void aDistanceOrADurationIsNoHorizon() {
        Prediction p = reader.read("I expect that by 2028 cheap phones will be within nine months of flagship ones.", DAY);
        assertThat(p.horizon()).isEqualTo("by 2028");
        Prediction lasting = reader.read("By the end of 2027 a small lab will hold the top spot for more than a month.",
                DAY);
        assertThat(lasting.horizon()).isEqualTo("By the end of 2027");
        assertThat(lasting.horizonEnd()).isEqualTo("2027-12-31");
    }

    @Test
    void aPastYearDatesAFactNotTheForecast() {
        Prediction p = reader.read("A chip that cost $900 in 2022 could be had for a tenth of that, he said.", DAY);
        assertThat(p.horizon()).isNull();
        assertThat(reader.read("Back in 2021 I promised we would be on the moon by 2024.", DAY).horizon()).isNull();
        assertThat(reader.read("Sales have grown since 2026 and will keep growing in 2027.", DAY).horizon())
                .isEqualTo("in 2027");
    }

    @Test
    void beforeAYearEndsWithThePreviousOne() {
        Prediction p = reader.read("Nobody will sell a household robot before 2030.", DAY);
        assertThat(p.horizonStart()).isEqualTo("2026-03-15");
        assertThat(p.horizonEnd()).isEqualTo("2029-12-31");
        assertThat(reader.read("We will ship it before the end of 2026.", DAY).horizonEnd()).isEqualTo("2026-12-31");
    }

    @Test
    void quartersHalvesSeasonsMonthsAndEdgesOfAYear() {
        Prediction quarter = reader.read("Margins will recover in Q4 2026.", DAY);
        assertThat(quarter.horizonStart()).isEqualTo("2026-10-01");
        assertThat(quarter.horizonEnd()).isEqualTo("2026-12-31");
        Prediction half = reader.read("The next chip arrives in the second half of the year.", DAY);
        assertThat(half.horizonStart()).isEqualTo("2026-07-01");
        assertThat(half.horizonEnd()).isEqualTo("2026-12-31");
        Prediction firstQuarter = reader.read("The new plant opens in the first quarter.",
                LocalDate.of(2026, 5, 2));
        assertThat(firstQuarter.horizonStart()).isEqualTo("2027-01-01"); // this year's first quarter is over
        Prediction autumn = reader.read("The course becomes compulsory from the autumn of 2026.", DAY);
        assertThat(autumn.horizonStart()).isEqualTo("2026-09-01");
        assertThat(autumn.horizonEnd()).isNull();
        Prediction month = reader.read("The ferry company will publish its fares in September.", DAY);
        assertThat(month.horizonStart()).isEqualTo("2026-09-01");
        assertThat(month.horizonEnd()).isEqualTo("2026-09-30");
        Prediction mid = reader.read("Ticket prices fall below ten euros | Mid-2027", DAY);
        assertThat(mid.horizonStart()).isGreaterThan("2027-03-31");
        assertThat(mid.horizonEnd()).isLessThan("2027-10-01");
        Prediction endOfDecade = reader.read("We estimate a shortfall of two gigawatts by the end of the decade.", DAY);
        assertThat(endOfDecade.horizonEnd()).isEqualTo("2029-12-31");
        Prediction yearEnd = reader.read("They will launch a product before the end of the year.", DAY);
        assertThat(yearEnd.horizonStart()).isEqualTo("2026-03-15");
        assertThat(yearEnd.horizonEnd()).isEqualTo("2026-12-31");
        Prediction pair = reader.read("Prices settle in 2026-27.", DAY);
        assertThat(pair.horizonEnd()).isEqualTo("2027-12-31");
    }

    @Test
    void verbsAndModalsAreNoMonthsOrSeasons() {
        assertThat(reader.read("Prices will fall, and we may March on regardless.", DAY).horizon()).isNull();
        assertThat(reader.read("May the best lab win; the second half of the talk will be better.", DAY).horizon())
                .isNull();
    }

    @Test
    void theComingWeeksMonthsAndYears() {
        Prediction weeks = reader.read("The ministry will propose a code in the coming weeks.", DAY);
        assertThat(weeks.horizonStart()).isEqualTo("2026-03-15");
        assertThat(weeks.horizonEnd()).isEqualTo("2026-06-15");
        assertThat(reader.read("In the coming years robots will cook.", DAY).horizonEnd()).isNull();
    }

    @Test
    void withoutADocumentDateCalendarWordsKeepTheirWords() {
        Prediction p = reader.read("The app launches in the third quarter.", null);
        assertThat(p.horizon()).isEqualTo("in the third quarter");
        assertThat(p.horizonStart()).isNull();
        assertThat(reader.read("It ships in 2027.", null).horizonEnd()).isEqualTo("2027-12-31");
    }

    @Test
    void aDateOfTheSayingIsNotTheForecasts() {
        Prediction p = reader.read("Analysts wrote this month that the startup will need cash within a year.", DAY);
        assertThat(p.horizon()).isEqualTo("within a year");
        Prediction q = reader.read("She predicted that by 2028 every school will use tutors.", DAY);
        assertThat(q.horizon()).isEqualTo("by 2028");
        Prediction next = reader.read("By next summer the ferries will run on batteries.", DAY);
        assertThat(next.horizon()).isEqualTo("By next summer");
        assertThat(next.horizonEnd()).isEqualTo("2027-08-31");
    }

    @Test
    void aPercentagePutOnTheForecastInFiguresOrWords() {
        assertThat(reader.read("I'd put that at about seventy percent.", DAY).probability()).isEqualTo(0.7);
        assertThat(reader.read("She put her confidence in the launch at \"maybe sixty percent\".", DAY).probability())
                .isEqualTo(0.6);
        assertThat(reader.read("Ferries will be electric by 2030, and I would put it at 85%.", DAY).probability())
                .isEqualTo(0.85);
        assertThat(reader.read("I'd say 45%, given the permits.", DAY).probability()).isEqualTo(0.45);
        assertThat(reader.read("I think below 20%.", DAY).probability()).isEqualTo(0.2);
        assertThat(reader.read("There is a thirty-five per cent chance of a strike.", DAY).probability())
                .isEqualTo(0.35);
    }

    @Test
    void aPercentageOfSomethingIsAQuantityNotTheChance() {
        assertThat(reader.read("The bakery will cut prices by about 90% and the odds favour it.", DAY).probability())
                .isNull();
        assertThat(reader.read("Tutors will grade about 40% of essays, I predict.", DAY).probability()).isNull();
        assertThat(reader.read("We can get the yield above 65 percent by March.", DAY).probability()).isNull();
        assertThat(reader.read("Fares will fall at least another 30% by 2028.", DAY).probability()).isNull();
    }

    @Test
    void oddsInWords() {
        assertThat(reader.read("He put the chance of the merger at \"maybe one in four\".", DAY).probability())
                .isEqualTo(0.25);
        assertThat(reader.read("I give the vote about even odds.", DAY).probability()).isEqualTo(0.5);
        assertThat(reader.read("She puts the odds at two in three that rail wins.", DAY).probability()).isEqualTo(0.67);
        assertThat(reader.read("I'd put the tram at better than even odds.", DAY).probability()).isEqualTo(0.6);
        assertThat(reader.read("The tunnel will almost certainly open late.", DAY).probability()).isEqualTo(0.9);
        assertThat(reader.read("By spring the bus lanes will carry most riders, I'm quite confident of that.", DAY)
                .probability()).isEqualTo(0.8);
        assertThat(reader.read("Fewer than one in ten cafés will still be open in 2030.", DAY).probability()).isNull();
    }

    @Test
    void oddsWordsWithoutTheirNoun() {
        // "even" after a comparison, its noun left out
        assertThat(reader.read("Better than even that the ferry runs all winter.", DAY).probability()).isEqualTo(0.6);
        assertThat(reader.read("Less than even that it runs next winter.", DAY).probability()).isEqualTo(0.4);
        assertThat(reader.read("The new bridge is a long shot before the election.", DAY).probability()).isEqualTo(0.1);
        assertThat(reader.read("The northern line is odds-on to reopen first.", DAY).probability()).isEqualTo(0.7);
        assertThat(reader.read("I'd give it nine in ten that the fares go up.", DAY).probability()).isEqualTo(0.9);
        // "chances", plural, judged high or low like the other odds nouns
        assertThat(reader.read("The chances of a second runway are low.", DAY).probability()).isEqualTo(0.25);
        assertThat(reader.read("Her chances of winning the tender are quite high.", DAY).probability()).isEqualTo(0.7);
    }

    @Test
    void aHedgedFigureOrADeniedAbilityIsNoChance() {
        assertThat(reader.read("I'd say four years, maybe six.", DAY).probability()).isNull();
        assertThat(reader.read("Every reader sends us notes we could never buy, and they will keep coming.", DAY)
                .probability()).isNull();
        assertThat(reader.read("The council will vote in May.", DAY).probability()).isNull();
    }

    @Test
    void aDeniedDeadlineOpensTheHorizonAndABoundAfterTheYearEdgesIt() {
        Prediction notBefore = reader.read("For the ports, I'd say not before 2031.", DAY);
        assertThat(notBefore.horizonStart()).isEqualTo("2031-01-01");
        assertThat(notBefore.horizonEnd()).isNull();
        Prediction wontUntil = reader.read("Local fabs will not match the imported wafers until 2029.", DAY);
        assertThat(wontUntil.horizonStart()).isEqualTo("2029-01-01");
        assertThat(wontUntil.horizonEnd()).isNull();
        // a condition denied says nothing of when
        assertThat(reader.read("If we don't build the dams before 2030, the valley floods.", DAY).horizonEnd())
                .isEqualTo("2029-12-31");
        Prediction earliest = reader.read("A result of that kind: 2029 at the earliest.", DAY);
        assertThat(earliest.horizonStart()).isEqualTo("2029-01-01");
        assertThat(earliest.horizonEnd()).isNull();
        Prediction latest = reader.read("The canal reopens in 2027 at the latest.", DAY);
        assertThat(latest.horizonStart()).isEqualTo("2026-03-15");
        assertThat(latest.horizonEnd()).isEqualTo("2027-12-31");
    }

    @Test
    void twoYearsJoinedByAndOrOrAreOnePeriod() {
        Prediction pair = reader.read("Grid storage will be the main story of 2027 and 2028.", DAY);
        assertThat(pair.horizonStart()).isEqualTo("2027-01-01");
        assertThat(pair.horizonEnd()).isEqualTo("2028-12-31");
    }

    @Test
    void overAStretchOpeningTheSentenceAndTheTimeSomethingTakes() {
        Prediction stretch = reader.read("Over four years, the rail freight share will double.", DAY);
        assertThat(stretch.horizonStart()).isEqualTo("2026-03-15");
        assertThat(stretch.horizonEnd()).isEqualTo("2030-03-15");
        Prediction minimum = reader.read("The rebuild will run over four years.", DAY);
        assertThat(minimum.horizonStart()).isEqualTo("2030-03-15");
        Prediction takes = reader.read("Spreading it to rural clinics will take closer to six years.", DAY);
        assertThat(takes.horizonStart()).isEqualTo("2032-03-15");
        assertThat(reader.read("By hand the audit will take a month.", DAY).horizon()).isNull();
        assertThat(reader.read("It will stay that way for at least two or three more years.", DAY).horizon()).isNull();
        assertThat(reader.read("They will lead in at least two or three more years.", DAY).horizonStart())
                .isEqualTo("2028-03-15");
    }

    @Test
    void theHorizonOfWhatIsAssertedNotOfTheTelling() {
        String claim = "Ostrov told the trade weekly Kedr in March that only two yards would still build hulls by 2029.";
        Prediction p = reader.read(claim, claim.indexOf("only two yards"), DAY);
        assertThat(p.horizon()).isEqualTo("by 2029");
        assertThat(p.horizonEnd()).isEqualTo("2029-12-31");
        String framed = "Ostrov told the trade weekly Kedr in March that only two yards would survive the decade.";
        assertThat(reader.read(framed, DAY).horizon()).isNotEqualTo("in March");
        assertThat(reader.read("The survey will take \"closer to three years\" to finish.", DAY).horizonStart())
                .isEqualTo("2029-03-15");
    }

    @Test
    void oddsPutOnTheForecastAndAChanceJudgedAfterALongSubject() {
        assertThat(reader.read("I would say 2029, and I would only put about 35% on that.", DAY).probability())
                .isEqualTo(0.35);
        assertThat(reader.read("They will put 35% on the balance sheet next year.", DAY).probability()).isNull();
        assertThat(reader.read("The chance that every regional airline adopts the new booking standard by 2028 is quite high.",
                DAY).probability()).isEqualTo(0.7);
        assertThat(reader.read("The odds that all four provinces sign the water pact this year are rather low.", DAY)
                .probability()).isEqualTo(0.25);
    }

    @Test
    void anAnswerThatIsOnlyAFigureGivesTheOddsTheQuestionAsksFor() {
        String question = "First one. The chance that an open model tops the coding leaderboard by the end of 2027. ";
        Prediction bare = reader.read("Lower. Thirty.", 0, DAY, question);
        assertThat(bare.probability()).isEqualTo(0.3);
        assertThat(bare.horizon()).isEqualTo("by the end of 2027");
        assertThat(bare.horizonEnd()).isEqualTo("2027-12-31");
        assertThat(reader.read("I'll say three.", 0, DAY, question).probability()).isEqualTo(0.03);
        assertThat(reader.read("Ten, because the window is shut.", 0, DAY, question).probability()).isEqualTo(0.1);
        assertThat(reader.read("Sixty-five.", 0, DAY, question).probability()).isEqualTo(0.65);
        assertThat(reader.read("Twenty-ish.", 0, DAY, question).probability()).isEqualTo(0.2);
        // the answer's own horizon stands
        assertThat(reader.read("Seventy percent, but only by 2029.", 0, DAY, question).horizonEnd()).isEqualTo("2029-12-31");
    }

    @Test
    void aFigureIsNoOddsWhereTheQuestionAsksForNone() {
        Prediction share = reader.read("Thirty.", 0, DAY, "What share of your code will agents write by 2027? ");
        assertThat(share.probability()).isNull();
        assertThat(reader.read("Thirty.", DAY).probability()).isNull();
        assertThat(reader.read("Seventy percent.", 0, DAY, "What share of the code will agents write by 2027? ")
                .probability()).isNull();
    }

    @Test
    void anAnswerThatIsOnlyAPercentageIsTheOddsOfWhatWasAsked() {
        Prediction p = reader.read("Seventy percent.", 0, DAY, "Second. Median price under twenty cents by the end of 2027? ");
        assertThat(p.probability()).isEqualTo(0.7);
        assertThat(p.horizonEnd()).isEqualTo("2027-12-31");
        // a figure that opens a clause is no answer of odds
        assertThat(reader.read("One might be whether the fabs can keep up.", 0, DAY, "What are the odds of a shortage? ")
                .probability()).isNotEqualTo(0.01);
    }

    @Test
    void aFigurePutAgainstAnothersIsItsOdds() {
        assertThat(reader.read("I would put it lower than Jonas, maybe 15%, because the data is thin.", DAY).probability())
                .isEqualTo(0.15);
        assertThat(reader.read("I'd put it a bit higher, 40%.", DAY).probability()).isEqualTo(0.4);
    }

    @Test
    void howMuchLongerSomethingLastsIsAHorizonFromNow() {
        Prediction lasts = reader.read("I doubt the discounts can last more than another nine months.", DAY);
        assertThat(lasts.horizon()).isEqualTo("more than another nine months");
        assertThat(lasts.horizonStart()).isEqualTo("2026-03-15");
        assertThat(lasts.horizonEnd()).isEqualTo("2026-12-15");
        assertThat(reader.read("The truce will hold another year at most.", DAY).horizonEnd()).isEqualTo("2027-03-15");
    }

    @Test
    void readsDecadesAndCyclesAsHorizons() {
        Prediction decade = reader.read("Robot kitchens stay a niche until the early 2030s.", DAY);
        assertThat(decade.horizonStart()).isEqualTo("2026-03-15");
        assertThat(decade.horizonEnd()).startsWith("2033-");
        assertThat(reader.read("Margins recover within two product cycles.", DAY).horizon())
                .isEqualTo("within two product cycles");
        assertThat(reader.read("They will catch up before the next chip generation.", DAY).horizon())
                .isEqualTo("before the next chip generation");
    }

    @Test
    void readsGuessedFiguresAndOddsOnAClause() {
        assertThat(reader.read("I'd guess thirty percent that the merger closes.", DAY).probability()).isEqualTo(0.3);
        assertThat(reader.read("Two in three that the merger closes.", DAY).probability()).isEqualTo(0.67);
    }

    @Test
    void withinTheYearEndsAYearOn() {
        assertThat(reader.read("The board will sign off within the year.", DAY).horizonEnd()).isEqualTo("2027-03-15");
    }

    @Test
    void rangesAndBoundsOfOddsReadAsTheirMiddleOrTheirBound() {
        assertThat(reader.read("I'd say 10 to 20% that the ferry runs again.", DAY).probability()).isEqualTo(0.15);
        assertThat(reader.read("There is a 30-40% chance the strike ends by May.", DAY).probability()).isEqualTo(0.35);
        assertThat(reader.read("I would put the odds somewhere between 20 and 30 percent.", DAY).probability())
                .isEqualTo(0.25);
        assertThat(reader.read("The chance of a thaw is between one in five and one in three.", DAY).probability())
                .isEqualTo(0.27);
        assertThat(reader.read("I put it north of 50 percent that the mill reopens.", DAY).probability()).isEqualTo(0.5);
        assertThat(reader.read("Will the port reopen by 2028? At most 15%.", DAY).probability()).isEqualTo(0.15);
        assertThat(reader.read("Then I will give you a number. About one in four.", DAY).probability()).isEqualTo(0.25);
        // near misses: a range or bound of something is a quantity, a range from one figure to another a change
        assertThat(reader.read("Upwards of 60 percent of the bakeries will close by 2030.", DAY).probability()).isNull();
        assertThat(reader.read("Fares will rise from 10 to 20% of a wage by 2028.", DAY).probability()).isNull();
        assertThat(reader.read("Will the port reopen by 2028? At most 15% of its berths.", DAY).probability()).isNull();
        assertThat(reader.read("About one in four riders will switch by 2028.", DAY).probability()).isNull();
    }

    @Test
    void aFigureInAListOfAnswersOrACellOfItsOwn() {
        assertThat(reader.read("Mayor Okafor, at least 25%", DAY).probability()).isEqualTo(0.25);
        assertThat(reader.read("Ms. Brandt, \"for ferries, no more than 5%\"", DAY).probability()).isEqualTo(0.05);
        assertThat(reader.read("| The canal reopens | Before end of 2027 | About 20% |", DAY).probability()).isEqualTo(0.2);
        assertThat(reader.read("| Freight volume | 2027 | 15% |", DAY).probability()).isNull();
    }

    @Test
    void aHedgeOnAYearLeavesTheMaybeOnTheForecast() {
        assertThat(reader.read("Maybe around 2028 the co-op will buy its own harvester.", DAY).probability())
                .isEqualTo(0.4);
        assertThat(reader.read("We will hire maybe around 20 drivers by 2028.", DAY).probability()).isNull();
    }

    @Test
    void fiscalYearsElectionsAndOtherNamedTurnsAreHorizons() {
        Prediction fiscal = reader.read("The bakery chain will turn a profit in FY27.", DAY);
        assertThat(fiscal.horizon()).isEqualTo("in FY27");
        assertThat(fiscal.horizonEnd()).isEqualTo("2027-12-31");
        assertThat(reader.read("Tolls will double by the end of fiscal 2028.", DAY).horizonEnd()).isEqualTo("2028-12-31");
        assertThat(reader.read("The levy will pass before the next election.", DAY).horizon())
                .isEqualTo("before the next election");
        // a fiscal year over before the document was written dates a fact
        assertThat(reader.read("The chain turned a profit in FY24.", DAY).horizon()).isNull();
    }

    @Test
    void theYearUnderWayDatesWhatHappenedWhenALaterPeriodIsForecast() {
        Prediction p = reader.read("Ferry traffic has doubled this year, and I expect it to double again next year.", DAY);
        assertThat(p.horizon()).isEqualTo("next year");
        assertThat(p.horizonEnd()).isEqualTo("2027-12-31");
        // the year under way is the forecast's when the clause naming it forecasts
        assertThat(reader.read("We will open the mill this year, and next year we will hire.", DAY).horizon())
                .isEqualTo("this year");
        assertThat(reader.read("Ferry traffic has doubled this year.", DAY).horizon()).isEqualTo("this year");
    }

    @Test
    void howLongAForecastStateLastsIsItsHorizon() {
        Prediction years = reader.read("I think timber will stay scarce for two years, until the new mills open.", DAY);
        assertThat(years.horizon()).isEqualTo("for two years");
        assertThat(years.horizonStart()).isEqualTo("2026-03-15");
        assertThat(years.horizonEnd()).isEqualTo("2028-03-15");
        assertThat(reader.read("Water will remain the binding constraint for years.", DAY).horizon()).isEqualTo("for years");
        assertThat(reader.read("Co-ops are going to be the normal way farms buy tractors for a while.", DAY).horizon())
                .isEqualTo("for a while");
        Prediction event = reader.read("The new rules will be unenforceable within a year of passing.", DAY);
        assertThat(event.horizon()).isEqualTo("within a year of passing");
        assertThat(event.horizonEnd()).isNull();
        // near misses: what lasted, or a job's length inside the forecast, is no horizon
        assertThat(reader.read("We have sold timber for years, and prices will fall in 2027.", DAY).horizon())
                .isEqualTo("in 2027");
        assertThat(reader.read("The robot will run the bakery for a month without help before the end of 2027.", DAY)
                .horizon()).isEqualTo("before the end of 2027");
        assertThat(reader.read("The ferries ran for two years without a strike.", DAY).horizon()).isNull();
    }
}
