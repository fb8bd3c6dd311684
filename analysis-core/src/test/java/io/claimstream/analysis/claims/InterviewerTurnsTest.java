package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/** What the asking side of an interview says around its questions. */
class InterviewerTurnsTest {

    private static final DocumentParser PARSER = new DocumentParser();

    /**
     * "Last week you raised $2 billion. What will you do with it?": what the host tells the guest about the
     * guest before asking is the question's premise, after an opening phrase too; the host's marked view and
     * advice stay the host's claims.
     */
    @Test
    void aLeadInAboutTheGuestBeforeAQuestionIsNoClaimOfTheHost() {
        Analyses a = analyze("""
                Irene Vos: Last week you raised $2 billion. What will you do with it?

                Pavel Ruiz: Most of it goes to compute, because rented GPUs cost us twice as much.

                Irene Vos: In 2024, your company nearly ran out of cash. How close was it?

                Pavel Ruiz: We had four months of runway left.

                Irene Vos: I think you are underpricing your API. Why not charge more?

                Pavel Ruiz: Cheap access wins developers, and developers bring the enterprise deals.

                Irene Vos: Your rivals should worry about that. Who is next?
                """);
        assertThat(a.claimWith("you raised $2 billion")).isEmpty();
        assertThat(a.claimWith("nearly ran out of cash")).isEmpty();
        assertThat(a.speakerOf("underpricing your API")).isEqualTo("Irene Vos");
        assertThat(a.speakerOf("Your rivals should worry")).isEqualTo("Irene Vos");
        assertThat(a.speakerOf("rented GPUs cost us")).isEqualTo("Pavel Ruiz");
        assertThat(a.speakerOf("four months of runway")).isEqualTo("Pavel Ruiz");
    }

    private static Analyses analyze(String text) {
        return new Analyses(Docs.analyzer().analyze(PARSER.parse(new RawDocument(text, null, null, null, null, null, null),
                Instant.EPOCH)));
    }
}
