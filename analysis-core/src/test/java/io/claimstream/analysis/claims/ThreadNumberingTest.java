package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.api.Test;

/**
 * A thread's numbering ("2/", "3/7") says where a post sits in the thread: the claim starts after
 * it, and its span still points at exactly the claim's words in the document.
 */
class ThreadNumberingTest {

    private static final String RECAP = """
            # What the linker team promised

            Sven Hollis, who leads the tooling group at Brightkite, posted a thread on X after the meetup:

            1/ Thanks to everyone who came out tonight.

            2/ Our linker will ship with an incremental mode by September.

            3/7 I still think monorepos are overrated for small teams.
            """;

    @Test
    void theClaimStartsAfterTheNumbering() {
        Analyses a = Analyses.of(RECAP);
        Claim linker = a.claimWith("incremental mode").orElseThrow();
        assertThat(linker.text()).isEqualTo("Our linker will ship with an incremental mode by September.");
        assertThat(RECAP.substring(linker.span().start(), linker.span().end())).isEqualTo(linker.text());
        Claim monorepos = a.claimWith("monorepos").orElseThrow();
        assertThat(monorepos.text()).startsWith("I still think");
        assertThat(RECAP.substring(monorepos.span().start(), monorepos.span().end())).isEqualTo(monorepos.text());
        assertThat(a.speakerOf("monorepos")).isEqualTo("Sven Hollis");
    }
}
