package io.claimstream.analysis.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cues between fact, view and forecast that hold in any document: a belief of whoever holds it, a side's place in a race,
 * "'d" for "had", the speaker announcing what they will say, the year so far in a perfect, a booking until a year, a
 * law read into events, and whoever says a forecast, judged for it.
 */
class BeliefsStandingsAndRecordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // what anyone thinks or thought is a belief held; a belief that only names a figure's measure stays out
            "Analysts in Seoul thought the merger closed in March.|opinion",
            "We thought we were building a search product.|opinion",
            "Retailers used to believe that loyalty cards kept customers for decades.|opinion",
            "Our training budget was roughly a fifth of what we believe the larger labs spent.|fact",
            // a side's place in a race is the speaker's placing of it; a progressive behind a schedule tells how a plan went
            "The domestic accelerators are about two years behind the imported ones.|opinion",
            "The test chips were running about three weeks behind the schedule.|fact",
            // "'d" before a participle is "had"; before a bare verb it is still the "would" of advice
            "We'd already signed the lease with the utility.|fact",
            "They'd seen the audit results before the vote.|fact",
            "I'd spend the first six months on the billing agents alone.|recommendation",
            // the speaker announcing what they will say forecasts nothing
            "And I'll add that most buyers never read the benchmark tables.|opinion",
            "It is expensive, I will not pretend.|opinion",
            // the year so far, in a perfect, and a booking that holds until a year, are reported
            "We've had fewer outages this year than in any year before.|fact",
            "Our assembly line is sold out through the second half of 2028.|fact",
            // a law read into events, against the side's own practice set off by an event
            "Every time the price of a token falls, developers find a new way to spend it.|opinion",
            "Every time a supplier changes a part, our team reruns the whole suite.|fact",
            // whoever says a forecast, judged for saying it: the forecast and its time are theirs
            "Anybody who promises you humanoid butlers next year is raising a fund.|opinion"})
    void typesByTheCueThatDecides(String sentence, String type) {
        Analyses a = Analyses.of("Mira Holt: " + sentence, "2026-03-01");
        assertThat(a.claimWith(sentence.substring(0, 12)).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a report's "had" with a verb of effect weighs what one thing did to another; a move is a deed
            "Priya Raman, an analyst at Dunmore, said that cheap open models had broken the pricing of the big labs.|open models|opinion",
            "Priya Raman, an analyst at Dunmore, said that the founder had moved to Lisbon before the sale.|Lisbon|fact",
            // words put on the record in a statement, or stated for it, and reported in the writer's words, report as a
            // filing does
            "Corvane said in a statement that its newest cards draw less power per token than the old ones.|newest cards|fact"})
    void reportsInTheFrame(String sentence, String phrase, String type) {
        Analyses a = Analyses.of(sentence, "2026-03-01");
        assertThat(a.claimWith(phrase).orElseThrow(() -> new AssertionError(a.doc().claims().toString())).type())
                .isEqualTo(type);
    }
}
