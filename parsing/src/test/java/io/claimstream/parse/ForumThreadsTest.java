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

    @Test
    void anIssueThreadIsItsCommentersTurnsWithoutBadgesEventsReactionsOrBots() {
        ParsedDocument doc = parse("""
                quillhaven / tidepool   Public

                Proposal: switch the default tokenizer to byte-level #312
                Open   marta-vek opened this issue on Jun 9 · 4 comments

                marta-vek commented on Jun 9 • edited
                Member

                ## Why

                Byte-level tokenizers cut our unknown-token rate to zero on the Welsh corpus.

                ```python
                tok = ByteTokenizer(vocab=260)
                ```

                The change touches only the loader.

                👍 6  🎉 2

                olu_dare commented on Jun 10
                Contributor

                > cut our unknown-token rate to zero

                The sequences also got 30% longer, which costs more than it saves.

                marta-vek added the proposal label on Jun 10

                tidepool-bot commented on Jun 11

                This issue has been linked to pull request #318.

                olu_dare commented 2 days ago

                Fine by me now that the longer sequences are cached.
                """);
        assertThat(speakers(doc)).containsExactly("marta-vek", "olu_dare", "olu_dare");
        assertThat(spoken(doc).get(0)).startsWith("Byte-level tokenizers cut").endsWith("only the loader.")
                .doesNotContain("Member").doesNotContain("👍");
        assertThat(spoken(doc).get(1)).contains("The sequences also got").doesNotContain("Contributor");
        String text = doc.text();
        assertThat(doc.paragraphs().stream().filter(p -> p.kind().equals("text")).map(p -> p.span().of(text)))
                .noneMatch(p -> p.contains("Member") || p.contains("Contributor") || p.contains("👍")
                        || p.contains("added the proposal label") || p.contains("linked to pull request")
                        || p.contains("opened this issue") || p.startsWith(">") || p.contains("ByteTokenizer")
                        || p.contains("```"));
    }
}
