package io.claimstream.parse;

import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static io.claimstream.parse.Samples.spoken;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.contracts.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * An e-mail thread: each message belongs to the author its header or its "wrote:" line names, however deep it is
 * quoted, and the header fields, the quote marks and the signatures are nobody's words.
 */
class MailThreadsTest {

    private static final String THREAD = """
            From: Odile Marchetti <odile@corvane.example>
            To: Piet Hagen <piet@corvane.example>
            Date: Thu, 12 Nov 2026 08:05:00 +0000
            Subject: Re: GPU lease renewal

            Piet,

            I agree with the renewal. Spot capacity has been unreliable since the summer.

            --
            Odile Marchetti | Head of Research | Corvane
            This message is confidential.

            On Wed, Nov 11, 2026 at 6:40 PM Piet Hagen <piet@corvane.example> wrote:
            > Odile,
            >
            > The lease ends in January. Renewing costs 12% more than last year.
            >
            > On Wed, Nov 11, 2026 at 9:02 AM Odile Marchetti <odile@corvane.example> wrote:
            >> Can you check what the renewal costs?
            >>
            >> Thanks, Odile
            """;

    @Test
    void eachMessageIsItsAuthorsTurnHoweverDeepItIsQuoted() {
        ParsedDocument doc = parse(THREAD);
        assertThat(speakers(doc)).containsExactly("Odile Marchetti", "Piet Hagen", "Odile Marchetti");
        assertThat(spoken(doc).get(0)).contains("Spot capacity has been unreliable").doesNotContain("Head of Research")
                .doesNotContain("confidential").doesNotContain("Subject");
        assertThat(spoken(doc).get(1)).contains("Renewing costs 12% more").doesNotStartWith(">");
        assertThat(spoken(doc).get(2)).startsWith("Can you check");
    }

    @Test
    void captionChevronsStillChangeTheSpeakerWhereNoMessageHasAnAuthor() {
        ParsedDocument doc = parse("""
                >> welcome back. prices for chips fell again this month.
                >> they did, by about a tenth.
                >> and will they keep falling?
                >> i think so, for another year.
                >> what about memory?
                >> memory is the exception.
                >> thanks for coming in.
                """);
        assertThat(doc.turns()).hasSizeGreaterThan(1);
    }
}
