package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Short answers and the sentence that completes them, as a round of a panel gives them: odds hedged with a second
 * figure, odds the speaker says they stand by, answers for two respects of one question, a verb affirmed and then
 * denied, advice to "you" closing a round, and a quotation that reports what others said before its speaker's point.
 */
class AnswersAtFirstContactTest {

    private static final String ROUND = """
            Mira Holt (Moderator): Last round, and I want a number, not a speech. What are the odds that a European lab releases the best open model before 2028? Tomas, you start, since you wrote about this.

            Tomas Berg: Roughly one in four. I wrote that in March and I still believe it.

            Mira Holt (Moderator): Anja?

            Anja Kell (online): Higher than Tomas. 40%, perhaps 45%. The money is finally there.

            Mira Holt (Moderator): One more, with a year. When will agents run a whole warehouse shift without a supervisor? Tomas?

            Tomas Berg: For small depots, 2028. For a national chain, not before 2031.

            Mira Holt (Moderator): Can agents book travel reliably today?

            Anja Kell (online): For single trips, yes. For a group of ten, not yet.

            Mira Holt (Moderator): Does cheap inference change who leads?

            Anja Kell (online): Cheap inference helps you copy quickly. It does not help you invent the next architecture, because that takes patience. We shipped our planner in May. We did not ship the mobile version.

            Mira Holt (Moderator): We are out of time. Let me ask each of you for one sentence to the people in this room. Anja, since you are furthest away, you go first.

            Anja Kell (online): Test your agents on your own workflows, not on public suites, and drop a vendor when the logs tell you to.

            Tomas Berg: Students should pick a problem that will still matter in ten years.
            """;

    @Test
    void oddsTheSpeakerStandsByAreOneForecast() {
        Analyses a = Analyses.of(ROUND);
        assertThat(a.claimWith("Roughly one in four. I wrote that in March and I still believe it.")).get()
                .satisfies(c -> assertThat(c.type()).isEqualTo("prediction"));
    }

    @Test
    void oddsHedgedWithASecondFigureAreTheAnswer() {
        Analyses a = Analyses.of(ROUND);
        assertThat(a.claimWith("Higher than Tomas. 40%, perhaps 45%.")).get()
                .satisfies(c -> assertThat(c.type()).isEqualTo("prediction"));
    }

    @Test
    void answersForTwoRespectsAreOneForecastAboutWhatWasAsked() {
        Analyses a = Analyses.of(ROUND);
        assertThat(a.claimWith("For small depots, 2028. For a national chain, not before 2031.")).get().satisfies(c -> {
            assertThat(c.type()).isEqualTo("prediction");
            assertThat(c.topics()).contains("agents"); // the question's subject: the answer names only the respects
        });
        assertThat(a.claimWith("For single trips, yes. For a group of ten, not yet.")).isPresent();
    }

    @Test
    void aVerbDeniedRightAfterItWasAffirmedIsOneView() {
        Analyses a = Analyses.of(ROUND);
        assertThat(a.claimWith("Cheap inference helps you copy quickly. It does not help you invent")).get()
                .satisfies(c -> assertThat(c.type()).isEqualTo("opinion"));
        // what was done and what was not are two events, told one after the other
        assertThat(a.claimWith("We shipped our planner in May. We did not")).isEmpty();
    }

    @Test
    void adviceToYouClosingARoundIsNoQuestionsPremise() {
        Analyses a = Analyses.of(ROUND);
        assertThat(a.speakerOf("Test your agents on your own workflows")).isEqualTo("Anja Kell");
        assertThat(a.claimWith("Test your agents on your own workflows")).get()
                .satisfies(c -> assertThat(c.type()).isEqualTo("recommendation"));
    }

    @Test
    void aQuotationReportingOthersBeforeItsPointIsTheQuotedSpeakers() {
        Analyses a = Analyses.of("""
                Funds look for the next winners

                The sharpest dissent came from Ilse Brandt, a partner at the fund Northgate Ventures. Speaking at a summit in Lyon in March, Brandt said that forecasts of a three-company market had been wrong before.

                "People said there would be two cloud vendors, two chip makers, two of everything. Each time a third one appeared," she said. Brandt argued that cheap parts had lowered the cost of entry.
                """);
        assertThat(a.speakerOf("People said there would be two cloud vendors, two chip makers, two of everything. Each time"))
                .isEqualTo("Ilse Brandt");
    }

    @Test
    void aViewSetOffByCommasInsideItsSentenceKeepsTheSentence() {
        Analyses a = Analyses.of("""
                The keynote was about memory. Nadia Ferro believes memory decides which assistants people keep.

                She explained that a model without memory forgets everyone. A model with memory improves every week it is used, and that, in her view, is the only lasting advantage a chatbot can build.

                She also encouraged young founders not to be put off by the size of the incumbents. In her view, there is room for small teams.
                """);
        assertThat(a.claimWith("A model with memory improves every week it is used, and that, in her view, is the only")).isPresent();
        assertThat(a.claimWith("She also encouraged young founders not to be put off")).get()
                .satisfies(c -> assertThat(c.type()).isEqualTo("recommendation"));
    }

    @Test
    void quotedContrastOfWhatCanBeDoneIsOneView() {
        Analyses a = Analyses.of("""
                Nadia Ferro closed her talk on memory.

                "A cheap model can be matched in a quarter. A decade of customer trust cannot be matched at all," she said.
                """);
        assertThat(a.claimWith("A cheap model can be matched in a quarter. A decade of customer trust cannot be matched"))
                .get().satisfies(c -> assertThat(c.type()).isEqualTo("opinion"));
    }
}
