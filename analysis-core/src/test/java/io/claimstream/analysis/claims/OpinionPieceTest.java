package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/** An op-ed that quotes one outside voice and closes with the usual disclaimer. */
class OpinionPieceTest {

    @Test
    void aPronounAfterASentenceWhoseOnlyFrameIsTheWritersOwnFindsTheNamedSubject() {
        Analyses a = Analyses.of("""
                By Ines Calder

                I have run a solar installer for a decade. I think the grid queue is the real bottleneck.

                Yusuf Demir, who runs permitting at the utility Kestrel Power, said as much when we spoke in May. "Half the projects in our queue will never be built," he said.

                The views expressed are the author's own.
                """);
        assertThat(a.speakerOf("Half the projects in our queue")).isEqualTo("Yusuf Demir");
        assertThat(a.doc().claims()).extracting(Claim::text).noneMatch(t -> t.contains("views expressed"));
    }
}
