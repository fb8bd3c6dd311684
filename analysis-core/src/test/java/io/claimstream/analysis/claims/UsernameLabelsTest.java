package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * In a recap of a Reddit AMA, a reader's line labelled with a username ({@code > **u/someone:** …})
 * is the reader's, even without a question mark and even where the parser ran it into the guest's
 * turn: never a claim of the guest who answers it.
 */
class UsernameLabelsTest {

    private static final String RECAP = """
            # AMA recap: Tova Brandt on open weights

            Tova Brandt, head of research at Fernleaf, answered questions on Reddit for two hours.

            > **u/gradient_goblin:** Will the next model be open?

            **Tova Brandt (u/fernleaf_tova):** Yes. We plan to release Fernleaf-2 in the spring.

            > **u/gradient_goblin:** ok but when does Fernleaf-2 ship

            **Tova Brandt (u/fernleaf_tova):** Spring, as I said.

            > **u/tensor_tim:** open weights are a security risk and everyone knows it

            **Tova Brandt (u/fernleaf_tova):** I disagree, most misuse comes from closed APIs.
            """;

    @Test
    void aReadersLineIsNotTheGuestsClaim() {
        Analyses a = new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
                new RawDocument(RECAP, "AMA recap", null, null, null, null, null), Instant.parse("2026-11-01T00:00:00Z"))));
        assertThat(a.claimWith("when does Fernleaf-2 ship")).isEmpty();
        assertThat(a.claimWith("security risk")).isEmpty();
        assertThat(a.speakerOf("release Fernleaf-2 in the spring")).isEqualTo("Tova Brandt");
        assertThat(a.speakerOf("most misuse comes from closed APIs")).isEqualTo("Tova Brandt");
    }
}
