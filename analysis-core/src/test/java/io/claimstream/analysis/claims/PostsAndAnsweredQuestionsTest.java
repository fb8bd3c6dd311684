package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Publishing a post says what the post says ("posted that", "tweeted on Monday that", "wrote on LinkedIn that"),
 * while posting figures or slides is something done; answering questions as an event ("answered questions on
 * Reddit", "fielded questions from readers") names who speaks next and claims nothing itself.
 */
class PostsAndAnsweredQuestionsTest {

    @Test
    void aPostsContentIsThePostersClaim() {
        Analyses a = Analyses.of("""
                Kofi Mensah, who runs the inference platform at Baobab Cloud, posted that half of its GPU hours now \
                serve agents.

                Later, Mensah tweeted on Monday that per-token pricing would not survive the year.

                Ilse de Jong wrote on LinkedIn that small labs should stop chasing leaderboards.

                Baobab Cloud posted revenue of $30 million for the quarter. Mensah shared the slides from the talk.
                """);
        assertThat(a.speakerOf("half of its GPU hours")).isEqualTo("Kofi Mensah");
        assertThat(a.speakerOf("per-token pricing would not survive")).isEqualTo("Kofi Mensah");
        assertThat(a.speakerOf("stop chasing leaderboards")).isEqualTo("Ilse de Jong");
        assertThat(a.claimWith("revenue of $30 million")).isEmpty();
        assertThat(a.claimWith("shared the slides")).isEmpty();
    }

    @Test
    void answeringQuestionsAsAnEventIsNoClaimButAnsweringThatIs() {
        Analyses a = Analyses.of("""
                Sun Mei, chief scientist at Larchwood AI, answered questions on Reddit for three hours on Friday.

                Peter van Dam fielded questions from readers after the launch. Van Dam answered that the small model \
                would stay free for researchers.
                """);
        assertThat(a.claimWith("answered questions on Reddit")).isEmpty();
        assertThat(a.claimWith("fielded questions")).isEmpty();
        assertThat(a.speakerOf("would stay free for researchers")).isEqualTo("Peter van Dam");
    }
}
