package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Two shapes that looked like reported speech and are not: a participle of saying after the object of "of" (a crowd
 * described, nobody speaking), and a question the speaker only supposes before giving their own answer.
 */
class ParticiplesAndSupposedQuestionsTest {

    @Test
    void aParticipleAfterTheObjectOfOfMakesNoSpeaker() {
        Analyses a = Analyses.of("""
                The session was billed as a debate on open weights, which at Ashgrove usually means an hour of Canadians arguing politely. \
                Marta Olsen, a partner at Pinecrest Ventures, said open models had won the enterprise market.
                """);
        assertThat(a.speakerNames()).containsExactly("Marta Olsen");
        assertThat(a.claimWith("an hour of Canadians")).isEmpty();
    }

    @Test
    void anAnswerToASupposedQuestionIsTheSpeakersClaim() {
        Analyses a = Analyses.of("""
                Lena: Priya, what should engineers learn?

                Priya: If a student asked me what to study, I'd say compilers and power delivery, not another course on theory.

                Lena: And the buyers?

                Priya: Two buyers asked me whether the second revision would ship in May.
                """);
        assertThat(a.speakerOf("compilers and power delivery")).isEqualTo("Priya");
        assertThat(a.claimWith("the second revision would ship")).isEmpty();
    }
}
