package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/** What a speaker says about themselves when they introduce themselves in their turn. */
class SelfIntroductionsTest {

    @Test
    void aHostIntroducingTheGuestDoesNotTakeTheGuestsJob() {
        Analyses a = Analyses.of("""
                Rosa Lind: Welcome to Bench Notes. I'm Rosa Lind, and today I'm joined by Omar Falk, who leads \
                the robotics lab at Tessel AI.
                Omar Falk: Thanks, Rosa. Robots still fail at most household tasks.
                Rosa Lind: Why is that?
                Omar Falk: I'm Omar Falk from Tessel AI, and I think the data is the problem.
                """);
        assertThat(a.speakerNamed("Rosa Lind").affiliations()).doesNotContain("Tessel AI");
        assertThat(a.speakerNamed("Rosa Lind").role()).isNull();
        assertThat(a.speakerNamed("Omar Falk").affiliations()).contains("Tessel AI");
    }

    @Test
    void aSentenceOpeningWithTheSpeakersNameIsAnIntroduction() {
        assertThat(SelfIntroductions.opensWithOne("I'm Ada Brook, and I build sensors.")).isTrue();
        assertThat(SelfIntroductions.opensWithOne("This is Kip Lund from the night desk.")).isTrue();
        assertThat(SelfIntroductions.opensWithOne("And I'm Ben Ode, but everybody calls me Ben.")).isTrue();
        assertThat(SelfIntroductions.opensWithOne("I'm not against the tariff, but it came too late.")).isFalse();
        assertThat(SelfIntroductions.opensWithOne("Rates will rise, I'm Ada Brook and I say so.")).isFalse();
    }

    @Test
    void aNameGivenAnywhereInASentenceIsFound() {
        assertThat(SelfIntroductions.holdsOne("Good evening, I'm Ada Brook.")).isTrue();
        assertThat(SelfIntroductions.holdsOne("Hello all, my name is Ben Ode and I sell pumps.")).isTrue();
        assertThat(SelfIntroductions.holdsOne("Thanks, and my name's Kip Lund.")).isTrue();
        assertThat(SelfIntroductions.holdsOne("I'm sure the pumps will sell.")).isFalse();
    }

    @Test
    void theNameGivenAtATurnsOpeningIsReadWhereItEnds() {
        assertThat(SelfIntroductions.nameOpening("I'm Ada Brook, with the Harbour Post.")).isEqualTo("Ada Brook");
        assertThat(SelfIntroductions.nameOpening("My name is Ben Ode and I teach.")).isEqualTo("Ben Ode");
        assertThat(SelfIntroductions.nameOpening("I'm called Kip Lund, from Leeds.")).isEqualTo("Kip Lund");
        assertThat(SelfIntroductions.nameOpening("I'm Ada Brook Says Hello to everyone")).isNull();
        assertThat(SelfIntroductions.nameOpening("Well, I'm Ada Brook.")).isNull();
        assertThat(SelfIntroducedAskers.givenName("Thank you so much. Good evening. I'm Ada Brook, at Kline.")).isEqualTo("Ada Brook");
    }
}
