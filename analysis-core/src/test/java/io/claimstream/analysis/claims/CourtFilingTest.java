package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * A complaint, recognised by its caption: what it asserts without crediting anybody is its filer's allegation, its
 * unnamed witnesses ("FE-1") speak under their labels, the statements it quotes in indented blocks are theirs whom the
 * paragraph above names, and its procedure (parties, the class, the counts, the prayer) and its dated record of events
 * claim nothing.
 */
class CourtFilingTest {

    private static final String COMPLAINT = """
            UNITED STATES DISTRICT COURT
            DISTRICT OF OREGON

            MERIDIAN FIREFIGHTERS' PENSION FUND, Individually and on Behalf of All Others Similarly Situated,
                                Plaintiff,
                      v.
            LUMORA ROBOTICS, INC. and TOBIAS WENDT,
                                Defendants.

            Case No. 3:26-cv-01182

            CLASS ACTION COMPLAINT

            Lead Plaintiff Meridian Firefighters' Pension Fund ("Lead Plaintiff" or "Plaintiff"), by its undersigned counsel, alleges the following upon information and belief.

            I. PARTIES

            1. Defendant Tobias Wendt ("Wendt") has served as the Company's Chief Executive Officer since 2022.

            2. FE-1 was a warehouse automation engineer at Lumora from 2021 until March 2026.

            II. SUBSTANTIVE ALLEGATIONS

            3. On March 3, 2026, Lumora held a call with analysts to discuss its results for the fourth quarter. During the call, Defendant Wendt stated:

                Our robots now run a full shift without a human on the floor. We expect to ship twice as many units next year.

            4. The statements in ¶ 3 were materially false and misleading because, as FE-1 described, the robots still needed a technician on every shift.

            5. FE-1 stated that the engineering team logged more than two hundred stoppages a week. According to FE-1, the robots had to be restarted by hand.

            6. Defendants knew or recklessly disregarded that the robots could not run unattended.

            III. CLASS ACTION ALLEGATIONS

            7. The members of the Class are so numerous that joinder of all members is impracticable.

            8. Plaintiff repeats and realleges each and every allegation contained above as if fully set forth herein.

            WHEREFORE, Plaintiff prays for relief and judgment as follows: (a) awarding damages; and (b) such other relief as the Court may deem just and proper.
            """;

    private static Analyses analysed(String text) {
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
                new RawDocument(text, "complaint", null, null, "2026-06-02", null, null),
                Instant.parse("2026-06-02T00:00:00Z"))));
    }

    @Test
    void theFilersUncreditedAssertionsAreItsAllegations() {
        Analyses a = analysed(COMPLAINT);
        assertThat(a.speakerOf("knew or recklessly disregarded")).isEqualTo("Meridian Firefighters' Pension Fund");
        // the witness the sentence cites in an aside bears the allegation out; the allegation is the filer's
        assertThat(a.speakerOf("were materially false and misleading")).isEqualTo("Meridian Firefighters' Pension Fund");
    }

    @Test
    void labelledWitnessesSpeakUnderTheirLabels() {
        Analyses a = analysed(COMPLAINT);
        assertThat(a.speakerOf("logged more than two hundred stoppages")).isEqualTo("FE-1");
        assertThat(a.speakerOf("restarted by hand")).isEqualTo("FE-1");
    }

    @Test
    void anIndentedBlockIsTheWordsOfWhomTheParagraphAboveIntroduces() {
        Analyses a = analysed(COMPLAINT);
        assertThat(a.speakerOf("without a human on the floor")).isEqualTo("Tobias Wendt");
        assertThat(a.speakerOf("ship twice as many units")).isEqualTo("Tobias Wendt");
    }

    @Test
    void procedureAndTheRecordOfEventsClaimNothing() {
        Analyses a = analysed(COMPLAINT);
        assertThat(a.claimWith("upon information and belief")).isEmpty();
        assertThat(a.claimWith("has served as the Company's Chief Executive Officer")).isEmpty();
        assertThat(a.claimWith("was a warehouse automation engineer")).isEmpty();
        assertThat(a.claimWith("held a call with analysts")).isEmpty();
        assertThat(a.claimWith("so numerous that joinder")).isEmpty();
        assertThat(a.claimWith("repeats and realleges")).isEmpty();
        assertThat(a.claimWith("prays for relief")).isEmpty();
    }

    @Test
    void sourcesKeptUnnamedUnderALabelAreSpeakersInAnyText() {
        Analyses a = Analyses.of("""
                Robots at the Lumora plant broke down often last winter.

                According to Source A, the company cancelled two orders in January.

                Witness 3 said the plant would close by 2027.
                """, "2026-06-02");
        assertThat(a.speakerOf("cancelled two orders")).isEqualTo("Source A");
        assertThat(a.speakerOf("the plant would close")).isEqualTo("Witness 3");
    }
}
