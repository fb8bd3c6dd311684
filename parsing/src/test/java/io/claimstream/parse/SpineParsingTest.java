package io.claimstream.parse;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.contracts.Turn;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Paragraphs and {@code Name:} / {@code Name (Role):} turns, with exact offsets. */
class SpineParsingTest {

    private final DocumentParser parser = new DocumentParser();

    static ParsedDocument parse(String text) {
        return new DocumentParser().parse(new RawDocument(text, null, null, null, null, null, null), Instant.EPOCH);
    }

    @Test
    void storesTheSubmittedTextExactlyAndDerivesTheId() {
        String text = "  Mara Quill: Hello.\r\n\r\nTobin Ash: Hi there.  \n";
        ParsedDocument doc = parser.parse(new RawDocument(text, "T", null, null, null, null, null), Instant.EPOCH);
        assertThat(doc.text()).isEqualTo(text);
        assertThat(doc.id()).isEqualTo(DocumentIds.of(text));
        assertThat(doc.schemaVersion()).isEqualTo(1);
        assertThat(doc.metadata().title()).isEqualTo("T");
        assertThat(doc.receivedAt()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void turnsHaveExactLabelAndTextSpans() {
        String text = "Mara Quill: Chips will get cheaper.\n\nTobin Ash (Host): Why?\n\nMara Quill: Supply grows.";
        ParsedDocument doc = parse(text);
        List<Turn> turns = doc.turns();
        assertThat(turns).hasSize(3);
        assertThat(turns.get(0).speaker()).isEqualTo("Mara Quill");
        assertThat(turns.get(0).label().of(text)).isEqualTo("Mara Quill");
        assertThat(turns.get(0).span().of(text)).isEqualTo("Chips will get cheaper.");
        assertThat(turns.get(1).speaker()).isEqualTo("Tobin Ash");
        assertThat(turns.get(1).role()).isEqualTo("Host");
        assertThat(turns.get(1).label().of(text)).isEqualTo("Tobin Ash");
        assertThat(turns.get(1).span().of(text)).isEqualTo("Why?");
        assertThat(turns.get(2).span().of(text)).isEqualTo("Supply grows.");
        assertThat(doc.paragraphs()).extracting(Paragraph::turn).containsExactly(0, 1, 2);
        assertThat(doc.format()).isEqualTo("transcript");
    }

    @Test
    void aTurnContinuesAcrossParagraphsUntilTheNextLabel() {
        String text = "Intro line about the talk.\n\nMara Quill: First point.\n\nSecond point.\n\nThird point.\n\n"
                + "Tobin Ash: Thanks.\n\nMara Quill: Welcome.";
        ParsedDocument doc = parse(text);
        assertThat(doc.turns()).hasSize(3);
        Turn first = doc.turns().get(0);
        assertThat(first.span().of(text)).isEqualTo("First point.\n\nSecond point.\n\nThird point.");
        assertThat(doc.paragraphs()).extracting(Paragraph::turn).containsExactly(-1, 0, 0, 0, 1, 2);
    }

    @Test
    void linePerParagraphTextStartsATurnAtEveryLabelLine() {
        String text = "Panel notes\nMara Quill (Moderator): Welcome to the panel.\nIt is a big day.\n"
                + "Tobin Ash: Glad to be here.\nMara Quill (Moderator): Let us start.";
        ParsedDocument doc = parse(text);
        assertThat(doc.turns()).extracting(Turn::speaker).containsExactly("Mara Quill", "Tobin Ash", "Mara Quill");
        assertThat(doc.turns().get(0).span().of(text)).isEqualTo("Welcome to the panel.\nIt is a big day.");
        assertThat(doc.turns().get(0).role()).isEqualTo("Moderator");
    }

    @Test
    void notesSourcesAndUpdatesAreNotSpeakers() {
        String text = "Mara Quill: Prices fall.\n\nNote: figures are estimates.\n\nTobin Ash: Agreed.\n\n"
                + "Source: company filings.\n\nUpdate: corrected a date.\n\nEditor's Note: trimmed.\n\nMara Quill: Good.";
        ParsedDocument doc = parse(text);
        assertThat(doc.turns()).extracting(Turn::speaker).containsExactly("Mara Quill", "Tobin Ash", "Mara Quill");
        assertThat(doc.paragraphs()).filteredOn(p -> p.kind().equals("metadata")).hasSize(4)
                .allSatisfy(p -> assertThat(p.turn()).isEqualTo(-1));
    }

    @Test
    void aHeadlineWithAColonIsNotATurnWhenTheNameNeverSpeaksAgain() {
        String text = "Kestrel Labs: Growth Is Only A Phase\n\nSome article text follows here.\n\n"
                + "Mara Quill: One.\n\nTobin Ash: Two.\n\nMara Quill: Three.\n\nTobin Ash: Four.";
        ParsedDocument doc = parse(text);
        assertThat(doc.turns()).extracting(Turn::speaker).containsExactly("Mara Quill", "Tobin Ash", "Mara Quill", "Tobin Ash");
    }

    @Test
    void numberedHeadingsAndBulletsAreNotTurnsAndHeadingsCloseATurn() {
        String text = "Mara Quill: Opening.\n\n1. Costs And Margins\n\nNarration under a heading.\n\n"
                + "- Bullet: not a speaker\n\nTobin Ash: Closing.\n\nMara Quill: Done.";
        ParsedDocument doc = parse(text);
        assertThat(doc.turns()).extracting(Turn::speaker).containsExactly("Mara Quill", "Tobin Ash", "Mara Quill");
        assertThat(doc.paragraphs()).extracting(Paragraph::kind)
                .containsExactly("text", "heading", "text", "bullet", "text", "text");
        assertThat(doc.paragraphs()).extracting(Paragraph::turn).containsExactly(0, -1, -1, -1, 1, 2);
        assertThat(doc.sections()).singleElement().satisfies(s -> assertThat(s.heading()).isEqualTo("1. Costs And Margins"));
    }

    @Test
    void aNumberedHeadingMayQuoteItsTitleAndNumberAPartOfASection() {
        String text = "Ola Brant: Opening.\n\n02. \"Why the queue got longer\"\n\nOla Brant: Middle.\n\n"
                + "02b. Hiring: \"who will review the robots?\"\n\nOla Brant: End.\n\n"
                + "3. He told me \"we are done.\"\n\nOla Brant: After.";
        ParsedDocument doc = parse(text);
        assertThat(doc.sections()).extracting(s -> s.heading())
                .containsExactly("02. \"Why the queue got longer\"", "02b. Hiring: \"who will review the robots?\"");
    }

    @Test
    void hardWrappedProseIsOneParagraph() {
        String text = "The committee met on Tuesday to discuss the budget for the coming\n"
                + "year, and after a long debate it agreed to raise spending on research\n"
                + "by a modest amount.\n\nA second paragraph.";
        ParsedDocument doc = parse(text);
        assertThat(doc.paragraphs()).hasSize(2);
        assertThat(doc.paragraphs().get(0).span().of(text)).endsWith("modest amount.");
        assertThat(doc.format()).isEqualTo("plain");
        assertThat(doc.turns()).isEmpty();
    }

    @Test
    void offsetsSurviveSurrogatePairsCjkNbspAndCurlyQuotes() {
        String text = "🤖🚀 Intro\u00a0line “quoted” 中文.\n\nMara Quill: 芯片 prices 📉 will fall.\n\nTobin Ash: “Really?”\n\nMara Quill: Yes 👍.";
        ParsedDocument doc = parse(text);
        assertThat(doc.turns()).hasSize(3);
        assertThat(doc.turns().get(0).span().of(text)).isEqualTo("芯片 prices 📉 will fall.");
        assertThat(doc.turns().get(1).span().of(text)).isEqualTo("“Really?”");
        assertThat(doc.turns().get(2).span().of(text)).isEqualTo("Yes 👍.");
    }

    @Test
    void emptyAndBlankTextParseToAnEmptyDocument() {
        assertThat(parse("").paragraphs()).isEmpty();
        assertThat(parse("  \n\n ").turns()).isEmpty();
    }
}
