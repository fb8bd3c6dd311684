package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A press conference held through an interpreter: the turns labelled {@code INTERPRETER:} are the interpreter's notes
 * to the room (a repeat asked for, a microphone that failed, a correction), as a translator's note is, and the
 * interpreter is nobody who claims anything.
 */
class InterpreterLabelTest {

    private static final String BRIEFING = """
            MINISTER OKONJO (through interpreter): Our assembly plants will run mostly on robots by 2030. The first \
            three plants already use them on every line.

            INTERPRETER: I'm sorry, the microphone was switched off for the last sentence. The minister is repeating \
            the date for the room.

            MINISTER OKONJO (through interpreter): By 2030. We have budgeted four billion for the programme.

            Q: Will workers lose their jobs?

            MINISTER OKONJO (through interpreter): No worker will be dismissed because of a robot.
            """;

    private static final String RELAYED = """
            MINISTER OKONJO (through interpreter): Our assembly plants will run mostly on robots by 2030.

            INTERPRETER: The minister says that the first three plants already use robots on every line. He adds that \
            wages in the plants have risen since the robots came.

            Q: Will the robots come to the farms too?

            DR. ADEYEMI (through interpreter): Farms are harder, because no two fields are the same.

            INTERPRETER: Sorry, the interpreter would like to correct: Dr. Adeyemi said "fields", not "fish". Dr. Adeyemi \
            says the first farm robots will reach the market in five years. She adds that she is speaking for herself.
            """;

    @Test
    void theInterpretersRelaysInTheThirdPersonAreTheClaimsOfWhomTheyName() {
        Analyses a = Analyses.of(RELAYED);
        assertThat(a.speakerOf("robots on every line")).isEqualTo("Okonjo");
        assertThat(a.speakerOf("wages in the plants")).isEqualTo("Okonjo");
        assertThat(a.speakerOf("first farm robots")).isEqualTo("Adeyemi");
        assertThat(a.doc().claims()).noneMatch(c -> c.text().contains("would like to correct")
                || c.text().contains("speaking for herself"));
    }

    @Test
    void theInterpretersNotesClaimNothingAndTheMinisterKeepsHisWords() {
        Analyses a = Analyses.of(BRIEFING);
        assertThat(a.doc().claims()).noneMatch(c -> c.text().contains("microphone") || c.text().contains("repeating"));
        assertThat(a.speakerNames()).doesNotContain("Interpreter");
        assertThat(a.speakerOf("budgeted four billion")).isEqualTo("Okonjo");
    }
}
