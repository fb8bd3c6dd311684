package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * What a panel transcript carries besides the panelists' words: the list of who sits on the panel, the interpreter's
 * notes in brackets and the moderator putting a panelist's words back to them are nobody's claims.
 */
class InterpretedPanelTest {

    private static final DocumentParser PARSER = new DocumentParser();

    private static final String PANEL = """
            Harbour Lights Summit 2026, Room 3

            Moderator: LARSEN Eva (editor, Fjord Weekly)
            Panelists: OKADA Ren (founder, Tidewater AI); BRUNO Carla (professor, Polytechnic of Turin)

            LARSEN: Welcome, both of you. Are open models catching up?

            OKADA: They are closing the gap quickly. [Interpreter: Mr Okada used a sailing image, "the wind is behind them".] Our own open model now matches last year's closed leader on code.

            LARSEN: So what you're saying is that the closed labs have lost their lead.

            BRUNO: I would put it differently. [Interpreter's note: literally "I would draw the map another way". Ms Bruno speaks Italian.] The closed labs still lead on long reasoning by about a year.

            LARSEN: If I understand you correctly, the lead is in reasoning only.

            BRUNO: Yes. Universities should publish their evaluation sets, because nobody trusts a private benchmark.
            """;

    @Test
    void aLabelNamingSeveralPeopleListsThePanelAndSaysNothing() {
        Analyses a = analyze(PANEL);
        assertThat(a.speakerNames()).doesNotContain("Panelists");
        assertThat(a.claimWith("Tidewater AI")).isEmpty();
        assertThat(a.speakerOf("closing the gap quickly")).isEqualTo("Okada Ren");
    }

    @Test
    void anInterpretersNoteInBracketsIsCutOutOfTheSpeechAroundIt() {
        Analyses a = analyze(PANEL);
        assertThat(a.doc().claims()).map(Claim::text).noneMatch(t -> t.contains("Interpreter") || t.contains("sailing")
                || t.contains("draw the map") || t.contains("speaks Italian"));
        assertThat(a.claimWith("Our own open model now matches").orElseThrow().text()).startsWith("Our own open model");
        assertThat(a.speakerOf("still lead on long reasoning")).isEqualTo("Bruno Carla");
    }

    @Test
    void theModeratorPuttingAPanelistsWordsBackToThemClaimsNothing() {
        Analyses a = analyze(PANEL);
        assertThat(a.claimWith("have lost their lead")).isEmpty();
        assertThat(a.claimWith("the lead is in reasoning only")).isEmpty();
        assertThat(a.speakerOf("publish their evaluation sets")).isEqualTo("Bruno Carla");
    }

    private static Analyses analyze(String text) {
        return new Analyses(Docs.analyzer().analyze(PARSER.parse(new RawDocument(text, null, null, null, null, null, null),
                Instant.EPOCH)));
    }
}
