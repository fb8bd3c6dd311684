package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A transcript's typist misspells a speaker's label once among many right ones ("Teodor Balanescy:" among the turns
 * of Teodor Balanescu), or the one label of a guest the introduction names: the turn is still that speaker's, not a
 * person of its own. People whose names only look alike
 * (a short given name a letter off, or somebody the text calls on by name) stay apart.
 */
class MisspeltLabelsTest {

    @Test
    void aLabelOneLetterOffARegularSpeakersIsThatSpeaker() {
        Analyses a = Analyses.of("""
                Harbour Talks, session three, with the ferry builder Teodor Balanescu and the insurer Okafor Emeka.

                Ines Vale: Welcome both. Teodor, you first.

                Teodor Balanescu: Thanks. I build ferries that steer themselves.

                Ines Vale: Will autonomy reach the harbour soon?

                Teodor Balanescu: I think autonomous ferries will carry passengers in Europe by 2030.

                Okafor Emeka: I disagree. Insurance will hold them back for a decade.

                Ines Vale: Teodor, your reply?

                Teodor Balanescu: Insurers follow data, and the data is coming fast.

                Teodor Balanescy: Honestly, the ports are the real obstacle, not the insurers.

                Ines Vale: Thank you both.
                """);
        assertThat(a.speakerOf("the ports are the real obstacle")).isEqualTo("Teodor Balanescu");
        assertThat(a.speakerNames()).doesNotContain("Teodor Balanescy");
        assertThat(a.speakerNamed("Teodor Balanescu").aliases()).contains("Teodor Balanescy");
    }

    @Test
    void aLabelOneLetterOffAGuestTheIntroductionNamesIsThatGuest() {
        Analyses a = Analyses.of("""
                Closing session of the Delta Water Forum. The chair, Ines Vale, put one question to the hydrologist Marguerite Okonkwo, who had flown in from Lagos.

                Ines Vale: Will the delta cities need sea walls?

                Marguerite Okonkow: Most of them, yes. I expect at least ten delta cities to start building sea walls before 2035.

                Ines Vale: Thank you, and thank you all for coming.
                """);
        assertThat(a.speakerOf("start building sea walls")).isEqualTo("Marguerite Okonkwo");
        assertThat(a.speakerNames()).doesNotContain("Marguerite Okonkow");
    }

    @Test
    void namesALetterApartThatTheTextWritesOrThatAreShortAreTwoPeople() {
        Analyses a = Analyses.of("""
                Chen Lin: Our robots sort parcels in Ningbo. Automation will halve sorting costs within three years.

                Marcus Halden: Good. Questions from the floor?

                Chen Lin: Labour is the biggest cost we have, so the savings are real.

                Marcus Halden: Yes, Daniela, go ahead.

                Daniela Okoye: Robots still break down more often than the brochures admit.

                Chen Li: From the floor as well: the batteries are the weak part, not the arms.

                Daniel Okoye: And from my side, I think the warehouses of 2030 will still employ people.

                Daniel Okoye: Maintenance crews will grow while pickers shrink.

                Daniel Okoye: That is my bet.
                """);
        assertThat(a.speakerOf("the batteries are the weak part")).isEqualTo("Chen Li");
        assertThat(a.speakerOf("still break down more often")).isEqualTo("Daniela Okoye");
        assertThat(a.speakerNames()).contains("Chen Li", "Chen Lin", "Daniela Okoye", "Daniel Okoye");
    }

    @Test
    void oneLetterOffIsOneAddedDroppedChangedOrSwappedLetter() {
        assertThat(MisspeltLabels.oneLetterOff("balanescu", "balanescy")).isTrue();
        assertThat(MisspeltLabels.oneLetterOff("teodor", "teodr")).isTrue();
        assertThat(MisspeltLabels.oneLetterOff("teodor", "toedor")).isTrue();
        assertThat(MisspeltLabels.oneLetterOff("teodor", "teodora")).isTrue();
        assertThat(MisspeltLabels.oneLetterOff("teodor", "tedoar")).isFalse();
        assertThat(MisspeltLabels.oneLetterOff("teodor", "teodor")).isFalse();
        assertThat(MisspeltLabels.oneLetterOff("teodor", "teodorus")).isFalse();
    }
}
