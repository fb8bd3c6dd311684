package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * In notes about one person, a table column headed "Her answer" gives that person's account in every row, however
 * short ("Under half by 2030"), as a column headed with her name's possessive does.
 */
class PronounHeldColumnsTest {

    @Test
    void everyRowUnderHerAnswerIsAClaimOfHers() {
        Analyses a = Analyses.of("""
                # Notes on the Petra Lind interview

                Petra Lind, chief executive of Corvale Chips, said inference demand doubles every year.

                ## Where she stands

                | Question | Her answer | How sure |
                |---|---|---|
                | Do GPUs keep the inference market? | Under half by 2030 | Fairly |
                | Are open models good enough for banks? | Already, for most tasks | Very |
                """);
        assertThat(a.claimWith("Under half by 2030")).isPresent();
        assertThat(a.claimWith("Already, for most tasks")).isPresent();
        assertThat(a.speakerOf("Under half by 2030")).isEqualTo("Petra Lind");
    }
}
