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

    @Test
    void theInterpretersNotesClaimNothingAndTheMinisterKeepsHisWords() {
        Analyses a = Analyses.of(BRIEFING);
        assertThat(a.doc().claims()).noneMatch(c -> c.text().contains("microphone") || c.text().contains("repeating"));
        assertThat(a.speakerNames()).doesNotContain("Interpreter");
        assertThat(a.speakerOf("budgeted four billion")).isEqualTo("Okonjo");
    }
}
