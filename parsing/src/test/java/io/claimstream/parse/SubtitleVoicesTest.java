package io.claimstream.parse;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Turn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static io.claimstream.parse.Samples.spoken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Voices in subtitle files as captioners mark them: a name where the voice changes, then the same voice until the
 * next name or a dash, notes of what is heard or shown apart from speech.
 */
class SubtitleVoicesTest {

    private static String srt(String... cues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cues.length; i++) {
            int second = i * 3;
            out.append(i + 1).append('\n')
                    .append(String.format("00:00:%02d,000 --> 00:00:%02d,500%n", second, second + 2).replace("\r", ""))
                    .append(cues[i]).append("\n\n");
        }
        return out.toString();
    }

    @Test
    void aNamedVoiceGoesOnOverTheUnlabelledCuesAfterIt() {
        ParsedDocument doc = parse(srt("MARLOW: The furnace runs all night,", "and the night shift costs us double.",
                "We will close it by spring.", "TEBBIT: That is not what the board heard."));
        assertThat(speakers(doc)).containsExactly("Marlow", "Tebbit");
        assertThat(spoken(doc)).containsExactly(
                "The furnace runs all night, and the night shift costs us double. We will close it by spring.",
                "That is not what the board heard.");
        assertWellFormed(doc);
    }

    @Test
    void aDashHandsOverToTheOtherVoiceOfTheExchange() {
        ParsedDocument doc = parse(srt("HOST: We drove out to the quarry at dawn.", "GRUBER: The stone here is older than the Alps.",
                "- Older than the Alps?\n- By a long way.", "It took the glaciers to bring it up."));
        assertThat(speakers(doc)).containsExactly("Host", "Gruber", "Host", "Gruber");
        assertThat(spoken(doc)).containsExactly("We drove out to the quarry at dawn.",
                "The stone here is older than the Alps.", "Older than the Alps?",
                "By a long way. It took the glaciers to bring it up.");
        assertWellFormed(doc);
    }

    @Test
    void dashesWithoutAnyNameLeaveTheCuesUnnamed() {
        ParsedDocument doc = parse(srt("- Is the ferry late?\n- It always is.", "The harbour closed at six."));
        assertThat(doc.turns()).isEmpty();
        assertThat(doc.text()).doesNotContain("- ").contains("Is the ferry late?");
    }

    @Test
    void aNameWithHowTheVoiceIsHeardOnItsOwnLineLabelsTheCue() {
        ParsedDocument doc = parse(srt("OKONJO (through interpreter):\nOur mills buy cotton from four countries.",
                "NARRATOR (V.O.): The river floods each March."));
        assertThat(speakers(doc)).containsExactly("Okonjo", "Narrator");
        assertThat(spoken(doc)).containsExactly("Our mills buy cotton from four countries.", "The river floods each March.");
        assertThat(doc.turns().get(0).role()).isNull();
    }

    @Test
    void soundsCaptionsOnScreenAndCreditsAreNotesOfTheirOwn() {
        ParsedDocument doc = parse(srt("[ON SCREEN: Ines Marlow, Plant Manager, Corvid Glass]",
                "MARLOW: The furnace runs all night.", "[kiln roaring]", "We lose a tenth of the heat.",
                "Subtitles: Northline Captions"));
        assertThat(speakers(doc)).containsExactly("Marlow", "Marlow");
        assertThat(spoken(doc)).containsExactly("The furnace runs all night.", "We lose a tenth of the heat.");
        List<String> kinds = doc.paragraphs().stream().map(Paragraph::kind).toList();
        assertThat(kinds).containsExactly("heading", "text", "metadata", "text", "metadata");
        assertThat(doc.turns()).extracting(Turn::speaker).doesNotContain("Subtitles");
        assertWellFormed(doc);
    }

    @Test
    void webVttVoiceTagsStillNameEachCue() {
        String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ines Marlow>The furnace runs all night.\n\n"
                + "00:00:03.000 --> 00:00:05.000\nWe lose a tenth of the heat.\n\n"
                + "00:00:05.000 --> 00:00:07.000\n<v Ada Tebbit>Then seal the doors.";
        ParsedDocument doc = parse(vtt);
        assertThat(speakers(doc)).containsExactly("Ines Marlow", "Ada Tebbit");
        assertThat(spoken(doc)).containsExactly("The furnace runs all night. We lose a tenth of the heat.",
                "Then seal the doors.");
        assertWellFormed(doc);
    }
}
