package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A remark the transcript follows with the room's laughter, whose subject is the speaker or the one addressed and
 * which gives no figure and no marked view, is a joke about the people in the room. Laughter after a remark about
 * anything else, a figure, an "I think", and an answer given when the host calls the speaker's name stay claims.
 */
class LaughedAtRemarksTest {

    @Test
    void aLaughedAtRemarkAboutTheSpeakerOrTheAddressedIsBanter() {
        Analyses a = Analyses.of("""
                Ria Moss: Tomas, you run the memory desk. How bad is supply?

                Tomas Berg: I was promised a quiet panel, and now this. (laughs) Supply is short: lead times for memory are about forty weeks.

                Ria Moss: You have done your homework. (Laughter) Nell, who pays for all this?

                Nell Aho: The chip company pays, eventually. (Laughter) And I think the labs will pay twice. (laughs) I cut our own memory bill by 40% last year. (laughs)

                Ria Moss: Now the odds. Will memory prices fall in 2027? Tomas first.

                Tomas Berg: Thirty percent.

                Ria Moss: Nell.

                Nell Aho: I'll say the same as Tomas, because I never argue with a supplier in public. (Laughter)
                """);
        assertThat(a.claimWith("promised a quiet panel")).isEmpty();
        assertThat(a.claimWith("done your homework")).isEmpty();
        assertThat(a.claimWith("lead times for memory are about forty weeks")).isPresent();
        assertThat(a.claimWith("The chip company pays, eventually")).isPresent();
        assertThat(a.claimWith("the labs will pay twice")).isPresent();
        assertThat(a.claimWith("cut our own memory bill by 40%")).isPresent();
        assertThat(a.claimWith("say the same as Tomas")).isPresent();
    }
}
