package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/** Turn labels that are not full names: first names, Q/A, Moderator, capitals. */
class TurnLabelsTest {

    @Test
    void aFirstNameLabelTakesTheFullNameTheTextGives() {
        Analyses a = Analyses.of("""
                Building agents that last: Priya Raman in conversation, moderated by Tom Becker
                Moderator: Priya, what breaks first in production?
                Priya: Memory. Agents forget what they did, and users notice immediately.
                """);
        assertThat(a.speakerOf("users notice immediately")).isEqualTo("Priya Raman");
        assertThat(a.speakerNames()).contains("Priya Raman", "Tom Becker");
        assertThat(a.speakerNamed("Priya Raman").aliases()).contains("Priya");
    }

    @Test
    void aSurnameLabelOpeningWithItsParticleTakesTheFullName() {
        Analyses a = parsed("""
                Wiebke van Dam, 52, has run the Utrecht grid operator Stroomnet since 2019. We met him in his office.

                Weekly Review: Mr van Dam, how long will the grid hold?

                van Dam: Two more winters at most. After that, new data centres will have to wait for cables.

                Weekly Review: And the operators?

                van Dam: They should pay for the cables they need, not the households.
                """);
        assertThat(a.speakerOf("new data centres will have to wait")).isEqualTo("Wiebke van Dam");
        assertThat(a.speakerOf("pay for the cables")).isEqualTo("Wiebke van Dam");
        assertThat(a.speakerNamed("Wiebke van Dam").aliases()).contains("van Dam");
    }

    @Test
    void aTitleAndSurnameTakeTheFullNameWrittenBeforeWhereNobodySpoke() {
        Analyses a = parsed("""
                Marten van Dam has run the grid operator Stroomnet since 2019. His deputy Anouk de Wit calls the plan slow.

                Weekly Review: Ms de Wit recently said that cables will decide the decade. Do you agree?

                van Dam: Two more winters at most. After that, new data centres will have to wait for cables.
                """);
        assertThat(a.speakerOf("cables will decide the decade")).isEqualTo("Anouk de Wit");
    }

    /**
     * A research interview credits its interviewer in the header and labels the turns by role, and the participant
     * by the study's code: the questions are the credited interviewer's, the answers the code's.
     */
    @Test
    void aCreditedInterviewerAsksAndAParticipantCodeAnswers() {
        Analyses a = parsed("""
                Study of planning teams, transcript P12
                Interviewer: Dr. Tomas Brandl (lead researcher, Orrin Lab)
                Participant: P12, an operations planner at a shipping firm.

                Interviewer: How often do you use the forecasting agent?

                P12: Every morning. It drafts the schedule and we correct maybe one line in ten.

                Interviewer: Will that change?

                P12: I expect it to draft the whole week by next summer.
                """);
        assertThat(a.speakerOf("we correct maybe one line in ten")).isEqualTo("P12");
        assertThat(a.speakerOf("draft the whole week")).isEqualTo("P12");
        assertThat(a.speakerNames()).contains("Tomas Brandl");
    }

    /** Through the document parser, which reads the labels this test is about. */
    private static Analyses parsed(String text) {
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
                new RawDocument(text, null, null, null, null, null, null), Instant.parse("2026-11-01T00:00:00Z"))));
    }

    @Test
    void theAnswersOfAnInterviewBelongToThePersonItIsWith() {
        Analyses a = Analyses.of("""
                An interview with Sofia Marquez, chief technology officer of Nimbus Labs.
                Sofia Marquez spoke to us from Madrid.
                Q: Where is the market going?
                A: Prices for coding agents will fall by half this year.
                """);
        assertThat(a.speakerOf("Prices for coding agents")).isEqualTo("Sofia Marquez");
        assertThat(a.speakerNames()).doesNotContain("Q", "A");
    }

    @Test
    void labelsInCapitalsBecomeNamesWithTheirTitleAsRole() {
        Analyses a = Analyses.of("""
                SENATOR ANA ROSS: Is the technology safe?
                DR. LEO VANCE: Not yet. Current models can still be steered into harmful advice.
                """);
        assertThat(a.speakerOf("steered into harmful advice")).isEqualTo("Leo Vance");
        assertThat(a.speakerNamed("Ana Ross").role()).isEqualTo("Senator");
    }

    @Test
    void boldNamesOpeningListItemsAreSpeakers() {
        Analyses a = Analyses.of("""
                # Key quotes
                - **Lars Holm** (Fjord AI): Open models are six months behind.
                - **Mina Cho**: Enterprises will not adopt what they cannot audit.
                Holm expects the gap to close by 2028.
                """);
        assertThat(a.speakerOf("six months behind")).isEqualTo("Lars Holm");
        assertThat(a.claimWith("six months behind").orElseThrow().text()).doesNotContain("Lars");
        assertThat(a.speakerOf("cannot audit")).isEqualTo("Mina Cho");
        assertThat(a.speakerOf("the gap to close")).isEqualTo("Lars Holm");
        assertThat(a.speakerNamed("Lars Holm").affiliations()).contains("Fjord AI");
    }

    /**
     * "Live:", "Update:", "Note:", "Editor:" at a line start head a notice, not a turn: in a short text they are
     * shaped like a one-word speaker label, but name nobody, and the note they head is nobody's claim.
     */
    @Test
    void aNoticeWordAtALineStartIsNoSpeaker() {
        Analyses a = Analyses.of("""
                Live: the keynote starts in five minutes.
                Update: the company moved the launch to Thursday.
                Ruiz: Prices for hosted agents will fall by half next year.
                Editor: Ruiz later said she meant list prices.
                Ruiz: Enterprise buyers already pay less than list.
                **Note:** Ruiz owns shares in two of the startups she mentioned.
                """);
        assertThat(a.speakerNames()).doesNotContain("Live", "Update", "Editor", "Note");
        assertThat(a.claimWith("keynote starts")).isEmpty();
        assertThat(a.claimWith("moved the launch")).isEmpty();
        assertThat(a.claimWith("meant list prices")).isEmpty();
        assertThat(a.speakerOf("hosted agents will fall")).isEqualTo("Ruiz");
        assertThat(a.speakerOf("Enterprise buyers already pay")).isEqualTo("Ruiz");
    }
}
