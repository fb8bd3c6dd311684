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
 * A results call where the chief executive speaks in Mandarin: the transcript writes "[Foreign Language]" under his
 * name and gives the English under whoever renders it. The words are his; the reader and the interpreter lend a voice.
 * Around the figures, the call's housekeeping claims nothing.
 */
class InterpretedCallTest {

    private static final String CALL = """
            Operator

            Welcome to the Tallis Grid results call. I would now like to turn the conference over to Nora Vance.

            Nora Vance

            Thank you. Mr. Bao will speak in Mandarin and I will read the translation afterwards.

            Bao Lianfeng

            [Foreign Language]

            Nora Vance

            The following is the English translation of Mr. Bao's remarks.

            Storage orders tripled in the quarter. We expect them to double again next year. I will now turn the call over to our CFO, Ada Lind.

            Ada Lind

            Unless otherwise noted, all figures are in euros. Revenue rose 31% to 2.1 billion euros. This outlook reflects our current and preliminary view, which is subject to change. With that, operator, we are now ready to take questions.

            Operator

            Our first question comes from Ines Ruiz with Keel Research.

            Ines Ruiz

            [Foreign Language]

            Let me translate my question myself. Will prices keep falling?

            Bao Lianfeng

            [Foreign Language]

            Unidentified Company Representative

            [Interpreted] Thank you for the question. Prices will fall as our costs fall, and not faster.

            Ada Lind

            And maybe I can add one thing. Grid customers now sign five-year contracts.

            Nora Vance

            If you have any further questions, please feel free to contact our investor relations team.
            """;

    @Test
    void theEnglishOfAForeignLanguageTurnIsTheSpeakersOwn() {
        Analyses a = parsed(CALL);
        assertThat(a.speakerOf("Storage orders tripled")).isEqualTo("Bao Lianfeng");
        assertThat(a.speakerOf("Prices will fall as our costs fall")).isEqualTo("Bao Lianfeng");
        assertThat(a.speakerOf("five-year contracts")).isEqualTo("Ada Lind");
        assertThat(a.speakerNames()).doesNotContain("Foreign Language", "Unidentified Company Representative");
    }

    @Test
    void theCallsHousekeepingIsNoClaim() {
        Analyses a = parsed(CALL);
        assertThat(a.doc().claims()).extracting(Claim::text).containsExactly(
                "Storage orders tripled in the quarter.",
                "We expect them to double again next year.",
                "Revenue rose 31% to 2.1 billion euros.",
                "Prices will fall as our costs fall, and not faster.",
                "Grid customers now sign five-year contracts.");
    }

    @Test
    void aNumberedAskerFromTheFloorIsNobodysClaim() {
        Analyses a = parsed("""
                Moderator: We have a few minutes. Please say who you are.

                Q1 (a nurse from a hospital in Leeds): Thank you. My question is for Dr. Adebayo. Will these tools reach the wards this year?

                Adebayo: Some will. The triage tools are already in three hospital trusts.
                """);
        assertThat(a.doc().claims()).extracting(Claim::text)
                .containsExactly("The triage tools are already in three hospital trusts.");
        assertThat(a.speakerNames()).doesNotContain("Q1");
    }

    private static Analyses parsed(String text) {
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
                new RawDocument(text, null, null, null, null, null, null), Instant.parse("2026-11-01T00:00:00Z"))));
    }
}
