package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A roundup prints most answers as written, but reports some in the third person under the respondent's own label
 * ("**Wolny:** Wolny would not give a date. “…,” he said in a short call."). Having just named the labelled person,
 * the writer means them by "he", not whoever answered before them.
 */
class NarratedAnswersTest {

    private static final String ROUNDUP = """
            We asked three founders the same two questions.

            # Will agents replace junior analysts by 2028?

            Petra Lindgren: Yes, for the routine half of the job. Our investor Jonas Berg thinks banks will be slower, and he is right.

            Tomasz Wolny: Wolny would not give a date. "Nobody will trust an agent with a client's money until one has been audited," he said in a short call.

            # Who are you hiring?

            Petra Lindgren: Auditors who can code, because they know what the agents get wrong.

            Tomasz Wolny: "We stopped hiring junior analysts in March," Wolny said. He said the firm now hires only engineers who have worked at a bank.
            """;

    @Test
    void aPronounAfterTheWriterNamesTheLabelledPersonIsThatPerson() {
        Analyses a = Analyses.of(ROUNDUP, "2026-05-02");
        assertThat(a.speakerOf("until one has been audited")).isEqualTo("Tomasz Wolny");
        assertThat(a.speakerOf("hires only engineers who have worked at a bank")).isEqualTo("Tomasz Wolny");
    }
}
