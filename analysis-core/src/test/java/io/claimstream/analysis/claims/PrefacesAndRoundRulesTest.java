package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A speaker announcing their next remark with only a placeholder for it ("I will add one caveat.", "Let me read
 * something first."), and a chair running the session: the subject moved to or kept ("Let us turn to chips.", "Let me
 * stay on memory."), the round's rules ("One question, one word, no lectures."), the round asked of every guest, the
 * chair's undertaking to the organisers, a bridge to a named subject, a seat called with a request to say who they
 * are, and a question from the floor read out as it is put. None says anything of the subject; with a clause or a colon
 * after the act, or an answer after the question, the sentence says it and stays.
 */
class PrefacesAndRoundRulesTest {

    private final NonClaimReasons reasons = new NonClaimReasons();

    @ParameterizedTest
    @ValueSource(strings = {"We would like to mention one thing here.", "But I will add one caveat from the regulator's side.", "Let me read something before we continue.",
            "I agree with Mara, but I would add one condition.", "So there is one thing I want to stress.",
            "I'll be the economist and add one warning.", "Honestly, I will tell you the truth.",
            "We are worried about one thing, though.", "But we need to be careful about the survey numbers."})
    void aPrefaceAnnouncesTheNextRemarkOnly(String sentence) {
        assertThat(reasons.of(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Let us talk about robotics.", "Let me stay on batteries.", "One question, one word, no lectures.",
            "Same question for all of you, and keep it short.", "Time for predictions.",
            "Rapid-fire round: one word each.", "To close, please each give one piece of advice to founders.",
            "We told the organisers we would finish by six, so answers must be short.",
            "I'll keep the introductions brief, since the panel is what you came for.",
            "That's a natural segue to data centres.", "The woman by the pillar, and please tell us your name.",
            // a question read out as it is put, and the next one named by who sent it
            "There's a question on the stream from Ida at Northfield Bank, she asks whether tariffs raise chip prices.",
            "The second one asks whether memory makers can keep up.",
            "And one follow-up from the online audience, which I'll read out as written."})
    void theChairRunsTheRound(String sentence) {
        assertThat(reasons.of(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'd add that audits are not enough without penalties.",
            "We want to add one caveat: the chip subsidies end in 2027.",
            "I'll push back on the idea that open weights are free to serve.",
            "I agree with Mara that inference margins will shrink.",
            "We are worried about power prices in the northern provinces.",
            "One chip, one rack, one contract is how the big clouds sell compute now.",
            // a disagreement announced takes a side on the last remark
            "I'd push back a little.",
            // an answer after the question read out is a claim
            "Ida asks whether tariffs raise chip prices, and Ben says they already have."})
    void whatSaysSomethingStays(String sentence) {
        assertThat(reasons.of(sentence)).isNull();
    }
}
