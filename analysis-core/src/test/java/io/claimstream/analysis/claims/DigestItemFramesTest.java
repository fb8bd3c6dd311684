package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * Digests and recaps say who said each line by the line's layout more than by a verb: a short item opening on a
 * known person's name, a note of the occasion or the subject and a colon ("Lindqvist, on pricing, in the same call:
 * …") is that person's, and the claim is the whole line the writer wrote.
 */
class DigestItemFramesTest {

    private static final String DIGEST = """
            # The Monday Kernel #12: who said what

            *By Ilona Varga · March 9, 2026*

            ## Labs

            - **Henrik Lindqvist** (CEO, Borealis Compute) told *Nordic Ledger* that Borealis will double its \
            cluster in Oslo next year. "We have the power contracts signed," Lindqvist said.

            - **Adaeze Okafor** (partner, Brightline Capital) said on a podcast that seed rounds for chip startups \
            have nearly vanished.

            ## Quick hits

            - Lindqvist (again), on pricing, in the same *Nordic Ledger* interview: "Our rental price per GPU hour \
            will fall by a third before the summer."
            - Okafor on her portfolio: most hardware startups "will be bought by a cloud within three years".
            - Lindqvist, in a blog post of his own this week (still online): founders should "rent before they build."
            """;

    private static Analyses digest() {
        RawDocument raw = new RawDocument(DIGEST, "digest.md", null, null, "2026-03-09", null, null);
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(raw, Instant.parse("2026-03-09T00:00:00Z"))));
    }

    @Test
    void aKnownNameWithTheOccasionOrSubjectBeforeAColonIsTheItemsSpeaker() {
        Analyses a = digest();
        assertThat(a.speakerOf("will fall by a third")).isEqualTo("Henrik Lindqvist");
        assertThat(a.speakerOf("bought by a cloud")).isEqualTo("Adaeze Okafor");
        assertThat(a.speakerOf("rent before they build")).isEqualTo("Henrik Lindqvist");
        assertThat(a.claimWith("bought by a cloud").orElseThrow().text()).startsWith("Okafor on her portfolio:");
    }
}
