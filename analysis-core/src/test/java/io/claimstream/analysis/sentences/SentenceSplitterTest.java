package io.claimstream.analysis.sentences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.claimstream.analysis.Deadline;
import io.claimstream.analysis.Docs;
import io.claimstream.analysis.text.Nlp;
import io.claimstream.analysis.text.NlpModels;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter(new Nlp(NlpModels.load()));

    private static List<String> sentences(String text) {
        return SPLITTER.split(text, BlockReader.read(Docs.parse(text)), Deadline.NONE).stream()
                .map(s -> s.text(text)).toList();
    }

    @Test
    void keepsAbbreviationsAndTitlesInsideSentences() {
        assertThat(sentences("Dr. Okafor met Prof. Lind in the U.S. last week. They agreed on one thing."))
                .containsExactly("Dr. Okafor met Prof. Lind in the U.S. last week.", "They agreed on one thing.");
    }

    @Test
    void keepsAQuestionSetOffByDashesInsideItsSentence() {
        assertThat(sentences("The worry my editor has — can the cuts last? — gets no answer here. Nor should it."))
                .containsExactly("The worry my editor has — can the cuts last? — gets no answer here.", "Nor should it.");
    }

    @Test
    void endsASentenceAfterItsRunOfCitationMarks() {
        assertThat(sentences("Brightmoor shipped its first chip in 2022.[3][4] In 2023 it opened a lab in Gdansk."
                + "[citation needed] Its founder still runs it.[5]"))
                .containsExactly("Brightmoor shipped its first chip in 2022.[3][4]",
                        "In 2023 it opened a lab in Gdansk.[citation needed]", "Its founder still runs it.[5]");
    }

    @Test
    void endsASentenceOnAVersionNumberButNotOnAListNumber() {
        assertThat(sentences("Pricing is a third of what Osprey 4. Halden has not matched it."))
                .containsExactly("Pricing is a third of what Osprey 4.", "Halden has not matched it.");
        assertThat(sentences("See Table 3. Revenue fell in every region."))
                .containsExactly("See Table 3. Revenue fell in every region.");
    }

    @Test
    void leavesTheTimeThatHeadsALiveBlogEntryOutOfItsFirstSentence() {
        String text = "Live from the expo\n\n9:14 a.m. — Halden's founder walks on stage. She says demand tripled.\n\n"
                + "Update, 9:40 a.m. ET: The demo failed twice.\n\n14.05 - Questions begin.\n\n"
                + "9:30 a.m. is when the doors opened.";
        assertThat(sentences(text)).containsExactly("Live from the expo", "Halden's founder walks on stage.",
                "She says demand tripled.", "The demo failed twice.", "Questions begin.",
                "9:30 a.m. is when the doors opened.");
    }

    @Test
    void cutsOutStageDirections() {
        assertThat(sentences("Rui Gomes: Can you all hear me? (Audience laughs) Good, then I will start."))
                .containsExactly("Can you all hear me?", "Good, then I will start.");
    }

    @Test
    void keepsTableRowsWholeWithoutTheirPipesAndDropsTheRule() {
        List<String> rows = sentences("| Region | Trend |\n|---|---|\n| Europe | Prices keep falling |");
        assertThat(rows).containsExactly("Region | Trend", "Europe | Prices keep falling");
    }

    @Test
    void leavesTheSpeakerLabelOutOfTheTurn() {
        assertThat(sentences("Ana Ruiz (Host): Welcome back. Today we talk chips.")).containsExactly("Welcome back.",
                "Today we talk chips.");
    }

    @Test
    void stripsListMarkers() {
        assertThat(sentences("- Fewer parameters, better data")).containsExactly("Fewer parameters, better data");
    }
}
