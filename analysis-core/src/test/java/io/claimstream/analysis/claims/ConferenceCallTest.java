package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Turn;
import org.junit.jupiter.api.Test;

/**
 * A conference call: an operator who admits callers, executives whose label lines carry their
 * titles, the procedural sentences around the figures (safe-harbour notice, hand-offs).
 */
class ConferenceCallTest {

    @Test
    void theOperatorClaimsNothingAndIsNoSpeaker() {
        Analyses a = Analyses.of("""
                Operator: Good morning and welcome to the Tallis Grid results call. Lines are muted until the question session. The first question today comes from Rosa Vint at Keel Research.
                Mara Olsen (Chief Executive Officer): Grid storage orders tripled this year.
                Operator: That ends the question session.
                """);
        assertThat(a.doc().claims()).extracting(Claim::text).containsExactly("Grid storage orders tripled this year.");
        assertThat(a.speakerNames()).containsExactly("Mara Olsen");
    }

    @Test
    void proceduresAroundTheFiguresAreNoClaims() {
        Analyses a = Analyses.of("""
                Mara Olsen (Chief Executive Officer): With me on the call are our finance chief and our head of sales. This call contains forward-looking statements, and actual results may differ materially. Storage margins widened to 31% in the year. With that, Jonas will take you through the balance sheet.
                Jonas Pell (Chief Financial Officer): Operator, we're ready for questions.
                Rosa Vint (Analyst, Keel Research): And Mara, a question on storage. How large is the backlog?
                """);
        assertThat(a.doc().claims()).extracting(Claim::text)
                .containsExactly("Storage margins widened to 31% in the year.");
    }

    @Test
    void aLabelOnItsOwnLineIsNotSpeech() {
        String text = "Mara Olsen -- Chief Executive Officer\n\nGrid storage orders tripled this year.\n";
        int label = text.indexOf(" --");
        int speech = text.indexOf("Grid");
        List<Turn> turns = List.of(new Turn("Mara Olsen", "Chief Executive Officer", new Span(0, label),
                new Span(speech, text.length() - 1), null, null));
        List<Paragraph> paragraphs = new ArrayList<>(List.of(new Paragraph(new Span(0, text.indexOf('\n')), 0, "text"),
                new Paragraph(new Span(speech, text.length() - 1), 0, "text")));
        ParsedDocument doc = new ParsedDocument(ParsedDocument.SCHEMA_VERSION, "call-1", text, "test",
                new DocumentMetadata("test", null, null, null, null, "en", null), List.of(), turns, paragraphs,
                List.of(), Instant.parse("2026-01-01T00:00:00Z"));
        Analyses a = new Analyses(Docs.analyzer().analyze(doc));
        assertThat(a.doc().claims()).extracting(Claim::text).containsExactly("Grid storage orders tripled this year.");
        assertThat(a.speakerNamed("Mara Olsen").role()).isEqualTo("Chief Executive Officer");
    }
}
