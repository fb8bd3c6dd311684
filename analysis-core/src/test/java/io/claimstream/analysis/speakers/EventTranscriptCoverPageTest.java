package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A think-tank event transcript: a cover page listing who takes part (names in capitals over their roles), turns
 * labelled by title and surname, and an audience queue under one label whose askers say who they are.
 */
class EventTranscriptCoverPageTest {

    private static final String TRANSCRIPT = """
            THE HARBOUR INSTITUTE

            BEYOND THE CLOUD: WHO PAYS FOR THE NEXT DATA CENTERS?

            Tuesday, March 3, 2026

            PARTICIPANTS:

            Moderator:

            GWENDOLYN OKONJO
            Director, Digital Economy Program

            Panelists:

            LIANG WEIMIN, PhD
            Visiting Scholar, Harbour Institute

            THEODORE BRANDT
            Managing Director, Fenwick Infrastructure Partners

            * * * * *

            MS. OKONJO: Good afternoon and welcome. Ted Brandt has financed more power plants than anyone I know, and Dr. Liang Weimin ran capacity planning at a large cloud provider.
            Ted, let me start with you. Who pays?

            MR. BRANDT: Pension funds pay, mostly. Long-dated infrastructure money is the only pool large enough for campuses of a gigawatt. I expect at least half of new campuses to be financed that way by 2028.

            DR. LIANG: I agree with Ted on the money, but the binding constraint is the grid connection. In my last job, a connection took four years on average.

            MS. OKONJO: Let's go to the audience. Please tell us who you are.

            QUESTIONER: Thank you. Kevin Liang, I'm a reporter at the Coastal Ledger; no relation to Dr. Liang. Our analysis found that interconnection queues doubled in two years. Dr. Liang, is that the real bottleneck?

            DR. LIANG: It is. Utilities should publish their queues every month so that builders can plan.

            QUESTIONER: Thanks. Nadia Ferreira from Southbank Capital. We stopped funding campuses without their own generation last year. Mr. Brandt, is that too cautious?

            MR. BRANDT: Not at all. Self-generation will become the norm for campuses above five hundred megawatts.
            """;

    @Test
    void labelsOfTitleAndSurnameAreThePeopleTheCoverPageLists() {
        Analyses a = Analyses.of(TRANSCRIPT, "2026-03-03");
        assertThat(a.speakerOf("Pension funds pay")).isEqualTo("Theodore Brandt");
        assertThat(a.speakerOf("binding constraint is the grid")).isEqualTo("Liang Weimin");
        assertThat(a.speakerOf("publish their queues")).isEqualTo("Liang Weimin");
        assertThat(a.speakerOf("Self-generation will become")).isEqualTo("Theodore Brandt");
    }

    @Test
    void anAskerWhoSaysWhoTheyAreSpeaksTheirTurn() {
        Analyses a = Analyses.of(TRANSCRIPT, "2026-03-03");
        assertThat(a.speakerOf("interconnection queues doubled")).isEqualTo("Kevin Liang");
        assertThat(a.speakerOf("We stopped funding campuses")).isEqualTo("Nadia Ferreira");
        assertThat(a.claimWith("Nadia Ferreira from Southbank")).isEmpty();
        assertThat(a.claimWith("I'm a reporter at the Coastal Ledger")).isEmpty();
        assertThat(a.speakerNames()).doesNotContain("Questioner", "QUESTIONER");
    }

    @Test
    void aHeadlineBeforeItsColonIsNobody() {
        assertThat(Analyses.of(TRANSCRIPT, "2026-03-03").speakerNames())
                .noneMatch(n -> n.toLowerCase().contains("cloud"));
    }

    @Test
    void anAskerIntroducedByNameIsReadFromTheTurnsOpening() {
        assertThat(SelfIntroducedAskers.givenName("Hi, thank you. Bowen Ito, I'm a student at Keio.")).isEqualTo("Bowen Ito");
        assertThat(SelfIntroducedAskers.givenName("Hello, I'm Lena Ortiz, with the Daily Wire Desk.")).isEqualTo("Lena Ortiz");
        assertThat(SelfIntroducedAskers.givenName("Thank you, Dr. Zhang. I run a small startup.")).isNull();
        assertThat(SelfIntroducedAskers.givenName("Priya Raman, I'm curious about your memory numbers.")).isNull();
        assertThat(SelfIntroducedAskers.givenName("For Dr. Xie, do young researchers still come?")).isNull();
    }
}
