package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * A Markdown digest of what people said this week: each item opens on a bold name with its role in parentheses, and
 * the writer adds "**My take:**" under some items. The bold name is the person the item quotes, with that role, and
 * the take is the writer's, whoever the item above it quoted.
 */
class NewsletterDigestTest {

    private static final String DIGEST = """
            # The Friday Tensor #31: what people said this week

            *By Ilona Varga · March 6, 2026*

            ## Labs

            - **Tomas Berglund** (CEO, Skarv Labs) told *Nordic Ledger* that Skarv will stop publishing its largest \
            weights. He argued that open releases of the biggest model "no longer buy us anything."

              - **My take:** This is the second lab this quarter to draw that line, and I think most will follow by \
            summer. Openness was a recruiting strategy.

            - **Farida Nasser** (CFO, Qamar Cloud) said on the earnings call that Qamar will spend about $9 billion on \
            data centres next year.
            """;

    private static Analyses digest() {
        RawDocument raw = new RawDocument(DIGEST, "digest.md", null, null, "2026-03-06", null, null);
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(raw, Instant.parse("2026-03-06T00:00:00Z"))));
    }

    @Test
    void aBoldNameWithItsRoleInParenthesesIsThePersonTheItemQuotes() {
        Analyses a = digest();
        assertThat(a.speakerOf("will stop publishing its largest")).isEqualTo("Tomas Berglund");
        assertThat(a.speakerOf("about $9 billion")).isEqualTo("Farida Nasser");
        assertThat(a.speakerNamed("Farida Nasser").affiliations()).contains("Qamar Cloud");
    }

    @Test
    void aTakeLabelledAsTheWritersOwnIsTheWriters() {
        Analyses a = digest();
        assertThat(a.speakerOf("second lab this quarter")).isEqualTo("Ilona Varga");
        assertThat(a.speakerOf("Openness was a recruiting strategy")).isEqualTo("Ilona Varga");
    }
}
