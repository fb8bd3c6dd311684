package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * A talk's stories and asides claim nothing: the speaker's own past placed in their life ("In my third year at
 * college …", "the next morning"), their family, what somebody asked them, the numbers or predictions announced
 * before they come, small requests of the listener and a ceremony's cues. What the story leads to stays a claim,
 * and so does a firm's history told by a date.
 */
class SpeechStoriesTest {

    private static final String TALK = """
            DEAN OLIVIA MARSH: Please join me in welcoming our speaker.

            TOMAS REYES: Thank you, Dean Marsh. I want to begin with a story. In my third year at college, I spent a whole \
            summer labelling bird songs for a robotics lab. I walked home every evening and slept. Then I went back the next \
            morning and did it again. A well-known professor told me, over coffee, that nobody would ever fund audio models.

            Let me give you a few figures, because I used to be an accountant. When we launched in 2020, our models handled \
            three languages. Today they handle ninety. In 2021 we opened an office in Nairobi with twelve engineers.

            The first fund we met asked why a sound company needed machine learning at all. My father is a sound engineer. \
            He still mixes records every weekend. Labelled audio will be the scarcest input of this decade.

            That said, I will offer a couple of predictions, since you came all this way. I think half of all search will be \
            spoken by 2032.

            DEAN OLIVIA MARSH: Everyone, please rise.
            """;

    @Test
    void aSpeakersStoryAndFamilyAreNoClaims() {
        Analyses a = Analyses.of(TALK);
        assertThat(a.claimWith("labelling bird songs for a robotics lab")).isEmpty();
        assertThat(a.claimWith("I walked home every evening and slept")).isEmpty();
        assertThat(a.claimWith("Then I went back the next morning")).isEmpty();
        assertThat(a.claimWith("nobody would ever fund audio models")).isEmpty();
        assertThat(a.claimWith("My father is a sound engineer")).isEmpty();
        assertThat(a.claimWith("He still mixes records every weekend")).isEmpty();
        assertThat(a.claimWith("asked why a sound company needed machine learning")).isEmpty();
    }

    @Test
    void whatTheStoryLeadsToAndAFirmsHistoryStayClaims() {
        Analyses a = Analyses.of(TALK);
        assertThat(a.claimWith("Today they handle ninety")).isPresent();
        assertThat(a.claimWith("we opened an office in Nairobi with twelve engineers")).isPresent();
        assertThat(a.claimWith("Labelled audio will be the scarcest input of this decade")).isPresent();
        assertThat(a.claimWith("half of all search will be spoken by 2032")).isPresent();
    }

    @Test
    void announcementsAndCuesToTheRoomAreNoClaims() {
        Analyses a = Analyses.of(TALK);
        assertThat(a.claimWith("Let me give you a few figures")).isEmpty();
        assertThat(a.claimWith("I will offer a couple of predictions")).isEmpty();
        assertThat(a.claimWith("please rise")).isEmpty();
    }

    @Test
    void headerNotesOnTheMakingOfATranscriptAreNoClaims() {
        Analyses a = Analyses.of("""
                Signal Room, episode 40
                Taped March 3, 2026 at the Lyric Theatre. Machine transcript, checked by the editors.
                Transcription: verbatim; pauses and overlaps marked.

                IRIS NAGEL: Welcome to Signal Room. I've been looking forward to this conversation.

                OTTO BRANDT: Me too. Our inference bill fell by a third after we moved to smaller models.

                IRIS NAGEL: Don't tell my producer. Many engineers worry about it.

                OTTO BRANDT: They should not. Small models fail less often on our own tickets. Send me your numbers when you have them.

                IRIS NAGEL: Otto Brandt, thank you for the conversation.
                """);
        assertThat(a.claimWith("Machine transcript, checked by the editors")).isEmpty();
        assertThat(a.claimWith("pauses and overlaps marked")).isEmpty();
        assertThat(a.claimWith("looking forward to this conversation")).isEmpty();
        assertThat(a.claimWith("Don't tell my producer")).isEmpty();
        assertThat(a.claimWith("Many engineers worry about it")).isEmpty();
        assertThat(a.claimWith("Send me your numbers")).isEmpty();
        assertThat(a.claimWith("thank you for the conversation")).isEmpty();
        assertThat(a.claimWith("Our inference bill fell by a third")).isPresent();
        assertThat(a.claimWith("Small models fail less often on our own tickets")).isPresent();
    }

    @Test
    void whatOthersSayAsATurnOfItsOwnIsTheObjectionPut() {
        Analyses a = Analyses.of("""
                Lena Fischer: Your lab trains only on licensed text. Why?

                Jonas Weber: Because the lawsuits are coming. Every scraped corpus is a liability on the balance sheet.

                Lena Fischer: Skeptics say licensing will never scale.

                Jonas Weber: It already does. We license from 140 publishers, and the fee is under 4% of our compute bill.

                Reached by phone, a rival founder stood by her remarks.
                """);
        assertThat(a.claimWith("licensing will never scale")).isEmpty();
        assertThat(a.claimWith("stood by her remarks")).isEmpty();
        assertThat(a.claimWith("We license from 140 publishers")).isPresent();
        assertThat(a.claimWith("Every scraped corpus is a liability")).isPresent();
    }
}
