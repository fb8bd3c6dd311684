package io.claimstream.parse;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static io.claimstream.parse.Samples.spoken;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Turn;
import org.junit.jupiter.api.Test;

/**
 * A call transcript where an executive speaks another language: the transcriber writes "[Foreign Language]" under the
 * executive's name, and the English follows under whoever gives it, an investor-relations head reading a translation
 * or an interpreter's "[Interpreted]"; an analyst may ask in both. And askers from the floor numbered "Q1 (…):".
 */
class InterpretedCallsTest {

    @Test
    void theTranscribersBracketsAreNoSpeakersAndATranslationReadOutStaysInItsTurn() {
        ParsedDocument doc = parse("""
                Operator

                Welcome to the Tallis Grid results call. I will now hand over to Nora Vance.

                Nora Vance

                Thank you. Mr. Bao will speak in Mandarin and I will read the translation.

                Bao Lianfeng

                [Foreign Language]

                Nora Vance

                The following is the English translation of Mr. Bao's remarks.

                Storage orders tripled in the quarter. We expect them to double again next year.

                Operator

                Our first question comes from Ines Ruiz with Keel Research.

                Ines Ruiz

                [Foreign Language]

                Let me translate my question myself. Will prices keep falling?

                Bao Lianfeng

                [Foreign Language]

                Unidentified Company Representative

                [Interpreted] Prices will fall as our costs fall, and not faster.

                Ines Ruiz

                Thank you. And will margins hold?
                """);
        assertThat(speakers(doc)).containsExactly("Operator", "Nora Vance", "Bao Lianfeng", "Nora Vance", "Operator",
                "Ines Ruiz", "Bao Lianfeng", "Unidentified Company Representative", "Ines Ruiz");
        assertThat(spoken(doc).get(3)).startsWith("The following is the English translation")
                .contains("Storage orders tripled in the quarter.");
        assertWellFormed(doc);
    }

    @Test
    void numberedAskersFromTheFloorAreUnnamedLabels() {
        ParsedDocument doc = parse("""
                Moderator: We have a few minutes. Please say who you are.

                Q1 (a nurse from a hospital in Leeds): Thank you. Will these tools reach the wards this year?

                Adebayo: Some will. The triage tools are already in three trusts.

                Q2 (an investor, did not give a name): For Dr. Adebayo. What does a licence cost?

                Adebayo: Less than one nurse's salary a year.
                """);
        assertThat(speakers(doc)).containsExactly("Moderator", "Q1", "Adebayo", "Q2", "Adebayo");
        assertThat(doc.turns()).extracting(Turn::role).containsExactly(null, "a nurse from a hospital in Leeds", null,
                "an investor, did not give a name", null);
        assertWellFormed(doc);
    }
}
