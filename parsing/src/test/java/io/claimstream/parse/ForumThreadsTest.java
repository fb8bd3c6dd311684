package io.claimstream.parse;

import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static io.claimstream.parse.Samples.spoken;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.contracts.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * A comment thread: each post belongs to the handle on the line that heads it, the parent's words a reply quotes
 * are not the replier's, and the thread's buttons and link bars are nobody's.
 */
class ForumThreadsTest {

    @Test
    void eachPostIsItsPostersTurnAndAQuotedParentIsNotTheirs() {
        ParsedDocument doc = parse("""
                Lobsters | Active | Recent | Comments | Search | Login

                Ask: is anyone still training on rented GPUs?
                58 points by halyard_ops 6 hours ago | 23 comments

                We rent 64 GPUs by the month. The bill doubled since March.

                  corvid9 5 hours ago | parent | next [–]

                  Renting only pays below about a year of use. Past that, buy.

                  reply

                      halyard_ops 5 hours ago | parent | next [–]

                      > Renting only pays below about a year of use.

                      Our runs are short, so renting still wins for us.

                      reply
                """);
        assertThat(speakers(doc)).containsExactly("halyard_ops", "corvid9", "halyard_ops");
        assertThat(spoken(doc).get(0)).startsWith("We rent 64 GPUs");
        assertThat(spoken(doc).get(1)).startsWith("Renting only pays").doesNotContain("reply");
        assertThat(spoken(doc).get(2)).startsWith("Our runs are short").doesNotContain("Renting only pays");
    }

    @Test
    void oneLineThatLooksLikeAPostHeaderMakesNoThread() {
        ParsedDocument doc = parse("""
                Kim 3 hours ago

                Prices fell again this week, and nobody expected it.
                """);
        assertThat(doc.turns()).isEmpty();
    }
}
