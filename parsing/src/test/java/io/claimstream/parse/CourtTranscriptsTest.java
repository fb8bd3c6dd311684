package io.claimstream.parse;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.ParsedDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A court reporter's transcript: Q. is the lawyer the last "BY MR. …:" names, A. and "THE WITNESS:" the witness the
 * caption names, counsel in colloquy are named in full from the appearances, and the margin's numbers, page headers,
 * parentheticals and the officers' notices are nobody's words.
 */
class CourtTranscriptsTest {

    private static final String TRANSCRIPT = """
                                                                  Page 1
             1          DEPOSITION OF IVO BRANDT
             2   APPEARANCES:
             3   For Plaintiff:   LUCIA FERNE, ESQ.
             4   For Defendant:   OSCAR DALE, ESQ.
             5
                                                                  Page 9
             1   BY MS. FERNE:
             2        Q.   Where did you work in 2025?
             3        A.   At a cloud provider, running the GPU
             4   fleet for external customers.
             5        Q.   How large was the fleet?
             6             MR. DALE:  Objection.  Vague.
             7             THE WITNESS:  About nine thousand cards
             8   by the end of that year.
             9   BY MS. FERNE:
            10        Q.   Were they fully used?
            11        A.   Rarely.  Most nights half of them sat idle.
            12             THE VIDEOGRAPHER:  Off the record at 3:10 p.m.
            13                  (Recess taken.)
            """;

    @Test
    void questionsAreTheExaminersAndAnswersTheWitnessesByName() {
        ParsedDocument doc = parse(TRANSCRIPT);
        assertThat(speakers(doc)).containsExactly("Lucia Ferne", "Ivo Brandt", "Lucia Ferne", "Oscar Dale", "Ivo Brandt",
                "Lucia Ferne", "Ivo Brandt");
        // an answer over two numbered lines is one paragraph, the second line's number inside it
        assertThat(said(doc, 1)).containsExactly("At a cloud provider, running the GPU\n 4   fleet for external customers.");
        assertThat(said(doc, 4)).containsExactly("About nine thousand cards\n 8   by the end of that year.");
        assertThat(said(doc, 6)).containsExactly("Rarely.  Most nights half of them sat idle.");
        assertWellFormed(doc);
    }

    /** The text paragraphs of one turn from where its words start: what its speaker said. */
    private static List<String> said(ParsedDocument doc, int turn) {
        int from = doc.turns().get(turn).span().start();
        return doc.paragraphs().stream().filter(p -> p.turn() == turn && p.kind().equals("text"))
                .map(Paragraph::span).filter(s -> s.end() > from)
                .map(s -> doc.text().substring(Math.max(s.start(), from), s.end())).toList();
    }
}
