package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A newsletter prints a panel's transcript and, under a line of its own such as "Editor's afterword", the writer's
 * notes on it. The transcript ended at that line: the notes are the byline author's, not the last speaker's.
 */
class WritersAfterwordTest {

    private static final String POST = """
            What Three Grid Builders Told Us in Rotterdam
            A lightly edited transcript of a storage panel.

            Mara Lindqvist · The Load Letter · Nov 2, 2026

            Last week I sat in on a panel about grid storage in Rotterdam. Below is my transcript, lightly edited.

            Pieter Vos: Storage prices fell by a third this year, and I expect them to fall again next year.

            Anke Dekker: I disagree. Lithium supply will tighten by 2028, and prices will climb back.

            Pieter Vos: We will see. Long-duration storage still has no business model in most of Europe.

            [Applause]

            Editor's afterword
            A few words from me on the panel.
            First, the quarrel over lithium supply is the real news from this panel.
            I think Anke Dekker is right about the direction and early on the timing.
            """;

    @Test
    void notesUnderTheWritersHeadingAreTheBylineAuthors() {
        Analyses a = Analyses.of(POST, "2026-11-02");
        assertThat(a.speakerOf("the quarrel over lithium supply is the real news")).isEqualTo("Mara Lindqvist");
        assertThat(a.speakerOf("right about the direction and early on the timing")).isEqualTo("Mara Lindqvist");
        // near miss: the last turn above the heading stays its speaker's
        assertThat(a.speakerOf("no business model in most of Europe")).isEqualTo("Pieter Vos");
        assertThat(a.speakerOf("Lithium supply will tighten by 2028")).isEqualTo("Anke Dekker");
    }

    @Test
    void aPostedByLineNamesTheWriterWhoseNotesFollowTheTranscript() {
        Analyses a = Analyses.of("""
                Two Battery Makers on Sodium, Lithium and Price Wars

                Posted by Henrik Aalto on Charge Notes · 2 Nov 2026 · 14 min read

                I translated this panel from a Shenzhen battery forum. Below is the transcript, lightly edited.

                Pieter Vos (Voltra): Sodium cells will take a tenth of the home storage market by 2028.

                Anke Dekker (Lumo): I disagree. Lithium prices fell too far for sodium to catch up that fast.

                Pieter Vos (Voltra): We will see. Our own sodium line ships its first cells in March.

                Translator's notes
                My own guess is closer to Anke Dekker's: sodium is a 2030 story, not a 2028 one.
                """, "2026-11-02");
        assertThat(a.speakerOf("sodium is a 2030 story")).isEqualTo("Henrik Aalto");
        assertThat(a.speakerOf("Our own sodium line ships")).isEqualTo("Pieter Vos");
    }

    @Test
    void aHeadingUnderARuleAfterTheLastTurnOpensTheWritersSection() {
        Analyses a = Analyses.of("""
                Three Battery Makers in Shenzhen: My Translation, with Notes

                Henrik Aalto · 2 Nov 2026 · 11 min read

                I translated this panel from a Shenzhen battery forum.

                Part 1 | Prices

                Chair: Will cell prices keep falling?

                Pieter Vos: Storage prices fell by a third this year, and I expect them to fall again next year.

                — — —

                Part 2 | Supply

                Chair: And lithium?

                Anke Dekker: Lithium supply will tighten by 2028, and prices will climb back.

                Chair: Thank you both.

                — — —

                Where I come out

                I think Anke Dekker is right about the direction and early on the timing.
                """, "2026-11-02");
        assertThat(a.speakerOf("right about the direction and early on the timing")).isEqualTo("Henrik Aalto");
        // near miss: a rule and a part heading between turns leave the transcript's turns as they are
        assertThat(a.speakerOf("Lithium supply will tighten by 2028")).isEqualTo("Anke Dekker");
        assertThat(a.speakerOf("Storage prices fell by a third")).isEqualTo("Pieter Vos");
    }

    @Test
    void aMagazinesInterviewCreditNamesTheEditorWhoseAfterwordFollows() {
        Analyses a = Analyses.of("""
                Monthly Factory Review | Special Feature

                "Our Robots Learn on the Night Shift"

                Tanaka Hiro, President, Kaede Robotics

                Interview and text: Sato Mika (editorial department) / Photographs: Ito Ken

                —— How many of your robots learn on the job?

                Tanaka: All of them. Every correction a worker makes is recorded, and the model is retrained each week.

                —— Thank you.

                EDITOR'S AFTERWORD

                His claim that factory data is the real moat is persuasive, but few manufacturers share it yet.
                """, "2026-11-04");
        assertThat(a.speakerOf("factory data is the real moat")).isEqualTo("Sato Mika");
        assertThat(a.speakerOf("the model is retrained each week")).isEqualTo("Tanaka Hiro");
    }
}
