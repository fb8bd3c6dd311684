package io.claimstream.parse;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static io.claimstream.parse.Samples.spoken;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * A screenplay or documentary script sets each speech under an indented character cue in capitals, and writes what
 * the picture shows against the margin: scene headings, action, transitions and captions are nobody's words, and a
 * cue's parenthesis ({@code (V.O.)}, {@code (CONT'D)}) says how the voice is heard, not who speaks.
 */
class ScreenplayScriptsTest {

    private static final String SCRIPT = """
            HARBOUR LIGHTS

            FADE IN:

            INT. SHIPYARD OFFICE, GDANSK — MORNING

            A cramped office. Rain on the window. MARTA KOWALCZYK (50s) sorts invoices.

                                NARRATOR (V.O.)
                      Nine of the yard's twelve cranes were sold for scrap last winter.

            SUPER: Marta Kowalczyk — Managing Director, Baltic Hulls

                                MARTA KOWALCZYK
                      We build hulls for ferries now, not for tankers.
                      (beat)
                      The tanker market will not come back in my lifetime.

                                REPORTER (O.S.)
                      Why not?

            CUT TO:

            EXT. DRY DOCK — DAY

            Welders at work. MARTA walks the edge of the dock.

                                MARTA (CONT'D)
                      Because the ships are getting bigger and the orders are going to Korea.

            SUPER: Olek Nowicki — Welder

                                OLEK
                      (laughing)
                      I have worked here for thirty years, like my father before me, and I fully expect to retire here too.

            FADE OUT.

            TEXT ON SCREEN:

            The yard delivered its fortieth ferry in May.

            END CREDITS

            Written and narrated by Hanna Lis
            """;

    @Test
    void cuesOpenTheTurnsAndDirectionsAreNobodysWords() {
        ParsedDocument doc = parse(SCRIPT);
        assertThat(speakers(doc)).containsExactly("NARRATOR", "Marta Kowalczyk", "REPORTER", "Marta", "Olek",
                "Narrator");
        assertThat(doc.turns()).allMatch(t -> t.role() == null);
        assertThat(spoken(doc).get(1)).startsWith("We build hulls").endsWith("come back in my lifetime.");
        assertThat(spoken(doc).get(3)).isEqualTo("Because the ships are getting bigger and the orders are going to Korea.");
        assertThat(spoken(doc).get(5)).isEqualTo("The yard delivered its fortieth ferry in May.");
        assertWellFormed(doc);
    }

    @Test
    void sceneHeadingsActionCaptionsAndTheParenthesesInASpeechAreMetadata() {
        ParsedDocument doc = parse(SCRIPT);
        for (String direction : new String[] {"INT. SHIPYARD OFFICE", "A cramped office.", "SUPER: Marta", "CUT TO:",
                "Welders at work.", "SUPER: Olek", "(laughing)", "Written and narrated"}) {
            Paragraph p = paragraphAt(doc, direction);
            assertThat(p.kind()).as(direction).isEqualTo("metadata");
            assertThat(p.turn()).as(direction).isEqualTo(-1);
        }
        assertThat(doc.metadata().title()).isEqualTo("HARBOUR LIGHTS");
    }

    @Test
    void aFewIndentedLinesUnderANameAreNoScript() {
        ParsedDocument doc = parse("""
                The letter ended with a quotation from the founder.

                        ADA PARK
                  We will never sell the company.

                Three years later, it was sold.
                """);
        assertThat(doc.turns()).isEmpty();
    }

    private static Paragraph paragraphAt(ParsedDocument doc, String opening) {
        return doc.paragraphs().stream().filter(p -> p.span().of(doc.text()).strip().startsWith(opening)).findFirst()
                .orElseThrow();
    }
}
