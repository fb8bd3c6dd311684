package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * "X said A, and that she does not expect B": the second that-clause is X's report too, its pronoun X; "Asked for the
 * odds, X eventually said one in four": an adverb of when between the name and the verb leaves the frame X's.
 */
class SecondReportedClauseTest {

    private static final String ROUNDTABLE = """
            Harbour Notes — Issue 4

            By Lena Ortmann · March 2, 2026

            The guests were Dr. Mateo Ruiz, chief scientist of Vantor Labs; Ilse Brandt, founder of Kestrel Chips; \
            and Professor Anna Weiss of the Technical University of Graz.

            Brandt said the shortage of inference capacity is now about power rather than chips, and that she does \
            not expect the power gap to close before 2029. Professor Weiss took the other side, arguing that \
            European labs have used scarcity well and that the constraint has sharpened their research. Asked for \
            the odds that a European lab will top a major leaderboard by 2027, Ruiz eventually said about one in \
            four, after declining twice.
            """;

    @Test
    void aSecondThatClauseIsTheFirstSpeakersReport() {
        Analyses a = Analyses.of(ROUNDTABLE);
        assertThat(a.speakerOf("does not expect the power gap to close")).isEqualTo("Ilse Brandt");
        assertThat(a.speakerOf("now about power rather than chips")).isEqualTo("Ilse Brandt");
        assertThat(a.speakerOf("used scarcity well")).isEqualTo("Anna Weiss");
    }

    @Test
    void anAdverbOfWhenBetweenTheNameAndTheVerbLeavesTheFrameTheNamesOwn() {
        Analyses a = Analyses.of(ROUNDTABLE);
        assertThat(a.speakerOf("eventually said about one in four")).isEqualTo("Mateo Ruiz");
    }
}
