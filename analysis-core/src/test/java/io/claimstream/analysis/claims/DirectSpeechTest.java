package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** Claims in speaker turns: relayed statements, rhetorical and tag questions, small talk. */
class DirectSpeechTest {

    @Test
    void aStatementRelayedWordForWordBelongsToItsAuthor() {
        Analyses a = Analyses.of("""
                Lena Fischer: I keep coming back to what Arjun (Forge CTO) said—he said: the hard part of agents is recovery from errors.
                """);
        assertThat(a.speakerOf("recovery from errors")).isEqualTo("Arjun");
        assertThat(a.speakerNamed("Arjun").role()).isEqualTo("Forge CTO");
    }

    @Test
    void aNamedPersonsViewRelayedWithThatBelongsToThem() {
        Analyses a = Analyses.of("""
                Nora Quist: Our chief scientist, Bruno Ekwall, has long argued that synthetic data will run out of \
                signal within two model generations. I think the data wall is further away than that.
                """);
        assertThat(a.speakerOf("run out of signal")).isEqualTo("Bruno Ekwall");
        assertThat(a.speakerOf("the data wall is further away")).isEqualTo("Nora Quist");
    }

    @Test
    void whatTheAskerTellsTheOtherBeforeAskingIsTheQuestionsPremise() {
        Analyses a = Analyses.of("""
                Ines Roa: You released the weights of your speech model in May. Why give them away?
                Tiago Mell: Because a speech model nobody can inspect will never be trusted by hospitals. \
                You should publish your evaluations too. Why? Nobody trusts a number they cannot check.
                """);
        assertThat(a.claimWith("You released the weights")).isEmpty();
        assertThat(a.speakerOf("will never be trusted by hospitals")).isEqualTo("Tiago Mell");
        assertThat(a.speakerOf("You should publish your evaluations")).isEqualTo("Tiago Mell");
    }

    @Test
    void agreeingWithSomeoneStaysTheSpeakersClaim() {
        Analyses a = Analyses.of("""
                Lena Fischer: Paul Okoro makes the case well.
                Paul Okoro: As Lena said, inference is getting cheaper every quarter.
                """);
        assertThat(a.speakerOf("inference is getting cheaper")).isEqualTo("Paul Okoro");
    }

    @Test
    void agreeingAfterAnOpeningPhraseStaysTheSpeakersClaim() {
        Analyses a = Analyses.of("""
                Lena Fischer: Paul Okoro makes the case well.
                Paul Okoro: That said, as Lena said, the chips are not where the margin is.
                Paul Okoro: Even so, like Lena told you, power is the real constraint.
                """);
        assertThat(a.speakerOf("the chips are not where the margin is")).isEqualTo("Paul Okoro");
        assertThat(a.speakerOf("power is the real constraint")).isEqualTo("Paul Okoro");
    }

    @Test
    void keepsTheAssertionBeforeARhetoricalQuestionAndTagQuestions() {
        Analyses a = Analyses.of("""
                Lena Fischer: Our assistant now writes most of its own tests—isn't that a kind of self-improvement?
                Lena Fischer: In five years every company will run agents, right?
                Lena Fischer: Why would anyone pay for that?
                """);
        assertThat(a.claimWith("writes most of its own tests").orElseThrow().text())
                .isEqualTo("Our assistant now writes most of its own tests");
        assertThat(a.claimWith("every company will run agents")).isPresent();
        assertThat(a.claimWith("Why would anyone pay")).isEmpty();
    }

    @Test
    void dropsSmallTalkOfAGreetingParagraphUnlessItStatesAView() {
        Analyses a = Analyses.of("""
                Paul Okoro: Hi everyone. Sorry I'm late, the traffic was terrible. I think open models will win the enterprise market.
                """);
        assertThat(a.claimWith("traffic was terrible")).isEmpty();
        assertThat(a.speakerOf("open models will win")).isEqualTo("Paul Okoro");
    }

    @Test
    void dropsSelfIntroductionsAndTalkAboutTheTalk() {
        Analyses a = Analyses.of("""
                Paul Okoro: I'm Paul Okoro from Tidewater Robotics. I have two main points. Robots need cheaper sensors. \
                These are my two points.
                """);
        assertThat(a.claimWith("I'm Paul Okoro")).isEmpty();
        assertThat(a.claimWith("two main points")).isEmpty();
        assertThat(a.claimWith("These are my two points")).isEmpty();
        assertThat(a.speakerOf("Robots need cheaper sensors")).isEqualTo("Paul Okoro");
    }
}
