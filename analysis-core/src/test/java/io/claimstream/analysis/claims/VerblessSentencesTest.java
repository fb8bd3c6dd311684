package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A short sentence with no verb of its own completes the sentence of the same speaker before it, or, as a denial or a
 * comparison opening what they say, leads in to the correction or the figures after it; a bare answer, a name called
 * and a punchline the room laughs at stay apart.
 */
class VerblessSentencesTest {

    @Test
    void aHedgeOrATimeWithoutAVerbCompletesTheSentenceBefore() {
        Analyses a = Analyses.of("""
                Host: When do river barges run without a crew?

                Oksana Frey: I think the locks get automated first. Not this decade. Probably by 2034. Then the barges follow.
                """);
        assertThat(a.claimWith("the locks get automated first")).get()
                .satisfies(c -> assertThat(c.text()).contains("Not this decade. Probably by 2034."));
        assertThat(a.claimWith("Then the barges follow")).get()
                .satisfies(c -> assertThat(c.text()).doesNotContain("locks"));
    }

    @Test
    void anAddedNounPhraseCompletesTheSentenceBefore() {
        Analyses a = Analyses.of("""
                Host: So the bottleneck for the new mills is steel?

                Oksana Frey: In the end it is a grid connection, yes. And a water supply permit.
                """);
        assertThat(a.claimWith("it is a grid connection")).get()
                .satisfies(c -> assertThat(c.text()).contains("And a water supply permit."));
    }

    @Test
    void aDenialOpeningTheAnswerLeadsInToItsCorrection() {
        Analyses a = Analyses.of("""
                Host: Is the port strike a disaster for the exporters?

                Oksana Frey: Not a disaster. It is a fee that happens to reward planning. We rerouted half our cargo.
                """);
        assertThat(a.claimWith("Not a disaster.")).get().satisfies(c -> {
            assertThat(c.text()).contains("It is a fee that happens to reward planning.");
            assertThat(c.text()).doesNotContain("rerouted");
        });
    }

    @Test
    void aComparisonWithWhatPeopleThinkLeadsInToItsFiguresButABareAnswerStandsAlone() {
        Analyses a = Analyses.of("""
                Host: Do you employ many pilots at the drone depot?

                Oksana Frey: Fewer than people expect. Of our 60 staff, only four fly; nine are mechanics.
                """);
        assertThat(a.claimWith("Fewer than people expect.")).get()
                .satisfies(c -> assertThat(c.text()).contains("only four fly"));
        Analyses bare = Analyses.of("""
                Host: Will the depot still be open in five years?

                Oksana Frey: Fewer than today, honestly. We run 300 barges and most of them are older than I am.
                """);
        assertThat(bare.claimWith("We run 300 barges")).get()
                .satisfies(c -> assertThat(c.text()).doesNotContain("Fewer than today"));
    }

    @Test
    void aPunchlineTheRoomLaughsAtJoinsNothing() {
        Analyses a = Analyses.of("""
                Host: Who wins the price war on freight?

                Oksana Frey: Whoever owns the cheapest locks wins the price war on freight. Probably lawyers. (Audience laughs)
                """);
        assertThat(a.claimWith("owns the cheapest locks")).get()
                .satisfies(c -> assertThat(c.text()).doesNotContain("lawyers"));
    }
}
