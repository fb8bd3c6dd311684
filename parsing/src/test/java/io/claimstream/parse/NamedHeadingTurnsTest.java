package io.claimstream.parse;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.contracts.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * A written roundtable or symposium gives each contributor a heading with their name and role, and their answer in
 * the first person below it: the paragraphs under such a heading, up to the next heading of its level or above, are
 * that person's turn; headings that name no one, and the editor's italic bridges between answers, are nobody's turn.
 */
class NamedHeadingTurnsTest {

    private static final String ROUNDTABLE = """
            # Will small models win?

            We asked three people who build them. Their answers, lightly edited, follow.

            ## Tomasz Kowalczyk, head of research at Brightfield

            I think the small model wins on the phone. We ship a three-billion-parameter model to every handset now.

            ### Where it breaks

            My worry is long documents, where we still call the large model.

            *Kowalczyk's point about handsets came up again in the next answer.*

            ## Ingrid Solberg (Nordvik Bank)

            Solberg chairs the technology committee of the bank, which answered through her.

            Our bank will not send customer data to anyone else's servers, so we run everything in house.

            ## Priya Venkataraman - founder, Lantern AI

            We grew from four to forty engineers this year and I expect we will double again.

            ## Further reading

            The report by the Brightfield team is linked below.
            """;

    @Test
    void eachPersonHeadingOpensTheTurnOfThePersonItNames() {
        ParsedDocument doc = parse(ROUNDTABLE, "markdown");
        assertThat(speakers(doc)).containsExactly("Tomasz Kowalczyk", "Ingrid Solberg", "Priya Venkataraman");
        assertThat(doc.turns()).extracting(t -> t.role())
                .containsExactly("head of research at Brightfield", "Nordvik Bank", "founder, Lantern AI");
        assertWellFormed(doc);
    }

    @Test
    void theTurnRunsAcrossLowerHeadingsAndEndsAtAHeadingOfItsLevel() {
        ParsedDocument doc = parse(ROUNDTABLE, "markdown");
        String text = doc.text();
        assertThat(doc.turns().get(0).span().of(text)).startsWith("I think the small model")
                .contains("My worry is long documents");
        assertThat(doc.paragraphs()).filteredOn(p -> p.span().of(text).contains("My worry")).singleElement()
                .satisfies(p -> assertThat(p.turn()).isEqualTo(0));
        assertThat(doc.paragraphs()).filteredOn(p -> p.span().of(text).contains("linked below")).singleElement()
                .satisfies(p -> assertThat(p.turn()).isEqualTo(-1));
        assertThat(doc.paragraphs()).filteredOn(p -> p.span().of(text).contains("lightly edited")).singleElement()
                .satisfies(p -> assertThat(p.turn()).isEqualTo(-1));
    }

    @Test
    void theEditorsItalicBridgeBelongsToNoTurn() {
        ParsedDocument doc = parse(ROUNDTABLE, "markdown");
        String text = doc.text();
        assertThat(doc.paragraphs()).filteredOn(p -> p.span().of(text).contains("came up again")).singleElement()
                .satisfies(p -> assertThat(p.turn()).isEqualTo(-1));
    }

    @Test
    void theEditorPresentingTheContributorInTheThirdPersonIsNotTheirTurn() {
        ParsedDocument doc = parse(ROUNDTABLE, "markdown");
        String text = doc.text();
        assertThat(doc.paragraphs()).filteredOn(p -> p.span().of(text).contains("chairs the technology")).singleElement()
                .satisfies(p -> assertThat(p.turn()).isEqualTo(-1));
        assertThat(doc.turns().get(1).span().of(text)).startsWith("Our bank will not send");
    }

    @Test
    void topicHeadingsOverThirdPersonProseOpenNoTurn() {
        ParsedDocument doc = parse("""
                # Notes from the chip conference

                ## Morning Keynote

                The keynote covered packaging and said supply would stay tight through 2027.

                ## Nadia Farouk

                Nadia Farouk runs the foundry business. She said prices would rise.

                ## Closing Panel

                The panel agreed that memory is the bottleneck.
                """, "markdown");
        assertThat(doc.turns()).isEmpty();
    }
}
