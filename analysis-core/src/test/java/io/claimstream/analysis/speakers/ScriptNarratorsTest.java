package io.claimstream.analysis.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * A documentary script's NARRATOR is a voice, not a person: the end credits say whose voice it is ("Written, directed
 * and narrated by …", "Narrator: …"), and what the narration and the film's on-screen text state is that person's.
 */
class ScriptNarratorsTest {

    private static final String SCRIPT = """
            THE LAST FOUNDRY

            EXT. RIVERSIDE WORKS, SHEFFIELD — DAWN

            Smoke over the river. A furnace door opens.

                                NARRATOR (V.O.)
                      The works has cast steel on this bank since 1871, and it now employs ninety people.

                                GWEN ASHDOWN
                      Our order book is full until the end of 2027, mostly with parts for wind turbines.

                                REPORTER (O.S.)
                      And after that?

                                GWEN ASHDOWN
                      I expect offshore wind to keep us busy for another decade at least.

            FADE OUT.

            TEXT ON SCREEN:

            The works signed a contract with a Danish turbine maker in March.

            END CREDITS

            Produced by Ironbridge Pictures
            Written, directed and narrated by Tomasz Wierzbicki
            """;

    @Test
    void theNarratorIsWhoeverTheCreditsSayNarrates() {
        Analyses a = parsed(SCRIPT);
        assertThat(a.speakerOf("employs ninety people")).isEqualTo("Tomasz Wierzbicki");
        assertThat(a.speakerOf("signed a contract with a Danish turbine maker")).isEqualTo("Tomasz Wierzbicki");
        assertThat(a.speakerOf("offshore wind to keep us busy")).isEqualTo("Gwen Ashdown");
    }

    @Test
    void aCreditLineNamingTheNarrator() {
        Analyses a = parsed(SCRIPT.replace("Written, directed and narrated by Tomasz Wierzbicki",
                "Director: Ana Ruiz\nNarrator: Tomasz Wierzbicki"));
        assertThat(a.speakerOf("employs ninety people")).isEqualTo("Tomasz Wierzbicki");
    }

    /** Through the document parser, which reads the script's layout. */
    private static Analyses parsed(String text) {
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
                new RawDocument(text, null, null, null, "2026-09-01", null, null), Instant.parse("2026-09-02T00:00:00Z"))));
    }
}
