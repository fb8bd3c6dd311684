package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.analysis.speakers.Byline;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * The writer of a memo or of a newsletter that presents a transcript speaks in it too: named by a memo's "From:" line
 * or by a name on its own line over the post's date, in bracketed notes signed with their initials, after the line that
 * ends the transcript and under a heading of their own ("Our take").
 */
class AuthorsOwnVoiceTest {

    @Test
    void aMemoIsItsSendersAndAPostIsTheNameOverItsDate() {
        assertThat(Byline.author("MEMO\nTo: Partners\nFrom: Odile Ferrant, Infrastructure desk, Pell & Co\nRe: Batteries\n"))
                .isEqualTo("Odile Ferrant");
        assertThat(Byline.author("Subject: Notes\nFrom: Odile Ferrant <odile@pell.example>\n")).isEqualTo("Odile Ferrant");
        // a "From:" with no other header field is a line of prose, and "From: Team" names nobody
        assertThat(Byline.author("Notes\n\nFrom: Odile Ferrant we heard nothing.\n")).isNull();
        assertThat(Byline.author("To: Partners\nFrom: Research Team\n")).isNull();
        assertThat(Byline.author("Why grids stall\nA column on storage.\n\nTARIQ OSEI-BANNERMAN\nNOV 3, 2026\n\nText."))
                .isEqualTo("Tariq Osei-Bannerman");
        assertThat(Byline.author("Why grids stall\n\nMarta Lind\n\n4 November 2026\n\nText.")).isEqualTo("Marta Lind");
        // a publication's name over the date is no writer
        assertThat(Byline.author("Why grids stall\n\nGRID WEEKLY\nNOV 3, 2026\n\nText.")).isNull();
        assertThat(Byline.noteMarks("Tariq Osei-Bannerman")).containsExactly("TO");
    }

    private static final String POST = """
            Three Grid Builders on Storage

            TARIQ OSEI
            NOV 3, 2026

            I translated this panel from a Rotterdam forum. My notes are in square brackets and marked TO.

            Vos: Storage prices fell by a third this year, and I expect them to fall again next year.

            [TO: I think Vos is too cheerful here. Cell prices have risen in two of the last three quarters.]

            Dekker: Lithium supply will tighten by 2028, and prices will climb back.

            [Translator's note: Dekker used the Dutch word for "squeeze".]

            Vos: Long-duration storage still has no business model in most of Europe. Thank you all.

            (End of transcript.)

            Sodium cells are the story the panel missed, and I expect a sodium plant in the Netherlands by 2029.
            """;

    @Test
    void notesSignedWithTheWritersInitialsAreTheWritersAndAnEditorsNoteStaysOut() {
        Analyses a = parsed(POST);
        assertThat(a.speakerOf("Vos is too cheerful")).isEqualTo("Tariq Osei");
        assertThat(a.speakerOf("Cell prices have risen in two")).isEqualTo("Tariq Osei");
        assertThat(a.claimWith("[TO:")).isEmpty();
        assertThat(a.claimWith("Dutch word")).isEmpty();
        // near miss: the turns around the note stay their speakers'
        assertThat(a.speakerOf("I expect them to fall again")).isEqualTo("Vos");
        assertThat(a.speakerOf("Lithium supply will tighten")).isEqualTo("Dekker");
    }

    @Test
    void whatFollowsTheEndOfTheTranscriptIsTheWritersNotTheLastSpeakers() {
        Analyses a = parsed(POST);
        assertThat(a.speakerOf("Sodium cells are the story the panel missed")).isEqualTo("Tariq Osei");
        assertThat(a.speakerOf("no business model in most of Europe")).isEqualTo("Vos");
    }

    @Test
    void theWritersNotesOnTheirOwnPieceClaimNothingWhileTheirViewsDo() {
        Analyses a = parsed("""
                Three Grid Builders on Storage

                TARIQ OSEI
                NOV 3, 2026

                Every month I choose one European panel to translate, and every month it runs long.
                I think this one is the best storage discussion of the year. I explain why at the end.
                The transcript is labelled by surname, as the forum's own was. The translation is mine, lightly cut.
                Disclosures: the writer holds no shares in the companies named.

                §1 Prices

                Vos: Storage prices fell by a third this year, and I expect them to fall again next year.

                Dekker: Lithium supply will tighten by 2028, and prices will climb back.

                (End of transcript.)

                I said at the top that this was the best storage discussion of the year. Here is why.
                Sodium cells are the story the panel missed.
                """);
        assertThat(a.speakerOf("the best storage discussion of the year.")).isEqualTo("Tariq Osei");
        assertThat(a.speakerOf("Sodium cells are the story")).isEqualTo("Tariq Osei");
        for (String said : new String[] {"Every month I choose", "I explain why", "labelled by surname",
                "The translation is mine", "holds no shares", "§1 Prices", "I said at the top", "Here is why"}) {
            assertThat(a.claimWith(said)).as(said).isEmpty();
        }
    }

    @Test
    void aSectionUnderTheWritersOwnHeadingIsTheirs() {
        Analyses a = parsed("""
                MEMO
                To: Partners
                From: Odile Ferrant, Infrastructure desk, Pell & Co
                Re: Notes on a storage founder's talk

                What she said
                Ines Moreau spent the talk arguing that grid storage will be won on financing, not on chemistry.
                She said long-duration storage has no business model in most of Europe.

                Our take
                The financing argument is the strongest part of the talk.
                Pell should meet two storage developers in Lyon before March.

                Next steps
                Ask Moreau for her cost model.
                """);
        assertThat(a.speakerOf("The financing argument is the strongest")).isEqualTo("Odile Ferrant");
        assertThat(a.speakerOf("meet two storage developers in Lyon")).isEqualTo("Odile Ferrant");
        // near miss: the section above the heading reports the speaker
        assertThat(a.speakerOf("no business model in most of Europe")).isEqualTo("Ines Moreau");
    }

    @Test
    void aNoteReadOutForAnAbsentPanellistIsTheirs() {
        Analyses a = parsed("""
                Vos: Before we go on, I have a note to read. Professor Marit Aalders of Delft could not travel today. \
                She sent me a few lines this morning. These are Professor Aalders's words, not mine:

                "Storage will not be short of cells by 2028. It will be short of grid connections, and no chemistry fixes that."

                Vos: That's the end of her note. Anke, do you agree?

                Dekker: Partly. Connections are slow, but cell prices will climb back by 2028.
                """);
        assertThat(a.speakerOf("short of grid connections")).isEqualTo("Marit Aalders");
        assertThat(a.speakerOf("will not be short of cells by 2028")).isEqualTo("Marit Aalders");
        // near miss: the turn after the note is its own speaker's
        assertThat(a.speakerOf("cell prices will climb back")).isEqualTo("Dekker");
    }

    @Test
    void aTableWithAColumnOfTheWritersOwnIsTheWriters() {
        Analyses a = parsed("""
                MEMO
                To: Partners
                From: Odile Ferrant, Infrastructure desk, Pell & Co
                Re: Notes on a storage founder's talk

                What she said
                Ines Moreau spent the talk arguing that grid storage will be won on financing, not on chemistry.

                Where she was sure, and where we are not
                | Her claim | How sure she sounded | Our read |
                |---|---|---|
                | Financing is most of the cost | Very | Right for Lyon, too high for the rest of France |
                | Debt will get cheaper | Somewhat | Unlikely while rates stay where they are |
                """);
        assertThat(a.speakerOf("Right for Lyon, too high")).isEqualTo("Odile Ferrant");
        assertThat(a.speakerOf("Unlikely while rates stay")).isEqualTo("Odile Ferrant");
    }

    /** Parsed as the ingest service parses it: a memo's header fields are no speakers' labels. */
    private static Analyses parsed(String text) {
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
                new RawDocument(text, "Notes", null, null, "2026-11-03T00:00:00Z", null, null),
                Instant.parse("2026-11-03T12:00:00Z"))));
    }
}
