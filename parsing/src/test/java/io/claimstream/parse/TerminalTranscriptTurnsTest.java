package io.claimstream.parse;

import io.claimstream.contracts.ParsedDocument;
import io.claimstream.parse.turns.LabelReader;
import org.junit.jupiter.api.Test;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static io.claimstream.parse.Samples.spoken;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A financial terminal's event transcript: each turn under a line with the side that speaks and the name, the link to
 * the speaker's biography after it ({@code Q - Name {BIO 123 <GO>}}), the speech in the paragraphs below.
 */
class TerminalTranscriptTurnsTest {

    private static final String CALL = """
            Corvid Glass (CRVG LN Equity)
            Market Cap: 2,118.40
            Date: 2026-03-02

            Presentation

            Tamsin Reyes {BIO 1234567 <GO>}

            Welcome, everyone. Ines is here with us today.

            Questions And Answers

            Q - Tamsin Reyes {BIO 1234567 <GO>}

            Furnace costs rose again. How long can you absorb that?

            A - Ines Marlow {BIO 7654321 <GO>}

            Another year at most. We will raise prices in the spring.

            Q - Oskar Lind {BIO 5550001 <GO>}

            Oskar Lind, Fenmore Capital. Do you hedge gas?

            A - Ines Marlow {BIO 7654321 <GO>}

            We hedge about half of it.

            Q - Unidentified Participant

            What about the Leeds plant?

            A - Ines Marlow {BIO 7654321 <GO>}

            It closes in June.
            """;

    @Test
    void theNameBetweenTheSideAndTheBiographyLinkHeadsTheTurn() {
        ParsedDocument doc = parse(CALL);
        assertThat(speakers(doc)).containsExactly("Tamsin Reyes", "Tamsin Reyes", "Ines Marlow", "Oskar Lind",
                "Ines Marlow", "Unidentified Participant", "Ines Marlow");
        assertThat(spoken(doc).get(2)).isEqualTo("Another year at most. We will raise prices in the spring.");
        assertWellFormed(doc);
    }

    @Test
    void aHeaderFieldWithAFigureIsNoLabel() {
        String field = "Market Cap: 2,118.40";
        assertThat(LabelReader.read(field, 0, field.length())).isNull();
        String speech = "Ines Marlow: Another year at most.";
        assertThat(LabelReader.read(speech, 0, speech.length())).isNotNull();
        // a side before a sentence is still the question's label, as before
        ParsedDocument doc = parse("Q - How long can you absorb the furnace costs?\n\nA - Another year at most.\n\n"
                + "Q - And then?\n\nA - We raise prices in the spring.");
        assertThat(doc.turns()).hasSize(4);
    }
}
