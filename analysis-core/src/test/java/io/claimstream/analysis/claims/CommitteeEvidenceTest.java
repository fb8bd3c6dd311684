package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * A parliamentary committee's oral evidence: every question a member asks carries its number before the member's
 * label ("Q41 Chair:", "Q42 Tomas Quill:"), and the record lists its members with the chair's office in parentheses,
 * so the "Chair" who asks is the member listed as such, and what a witness says ends where the next question starts.
 */
class CommitteeEvidenceTest {

    private static final DocumentParser PARSER = new DocumentParser();

    private static final String EVIDENCE = """
            Energy Committee
            Oral evidence: Grid capacity for computing, HC 97

            Members present: Sir Alan Pennick (Chair); Tomas Quill; Rhian Dobbs.

            Q41 Chair: Good afternoon. Dr Osei, how long will the grid hold?

            Ama Osei: Two winters at most. Demand from data centres doubled in our region last year.

            Q42 Tomas Quill: And what should the Government do first?

            Ama Osei: It should give data centres that serve hospitals a place at the front of the connection queue.

            Q43 Chair: We will write to you about the costs.
            """;

    @Test
    void theChairIsTheMemberListedAsChairAndEachQuestionEndsTheAnswerBeforeIt() {
        Analyses a = new Analyses(Docs.analyzer().analyze(PARSER.parse(
                new RawDocument(EVIDENCE, null, null, null, null, null, null), Instant.EPOCH)));
        assertThat(a.speakerOf("Demand from data centres doubled")).isEqualTo("Ama Osei");
        assertThat(a.speakerOf("front of the connection queue")).isEqualTo("Ama Osei");
        assertThat(a.speakerNames()).contains("Alan Pennick").doesNotContain("Chair");
        assertThat(a.doc().claims()).noneMatch(c -> c.text().contains("Q42") || c.text().contains("Q43"));
    }
}
