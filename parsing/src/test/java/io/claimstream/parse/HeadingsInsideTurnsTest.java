package io.claimstream.parse;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.contracts.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * Edited podcast transcripts put Markdown headings between turns ("## Pricing") and inside an
 * answer ("### On reliability"): a heading inside an answer is no label and no end of the answer.
 */
class HeadingsInsideTurnsTest {

    private static final String PODCAST = """
            # Signals, episode 9

            **Ruth Anand:** [00:00:04] Welcome back. What went wrong with voice assistants?

            **Kofi Mensah:** [00:00:09] Latency, mostly. Users hang up after two seconds of silence.

            ### On latency

            We cut our response time to 700 milliseconds by streaming the first words before the answer is done.

            ## Money

            **Ruth Anand:** [00:01:10] And the cost?

            **Kofi Mensah:** [00:01:13] Speech models cost a tenth of what they did last year.

            ## Show notes

            Kofi Mensah leads voice products at Tallis Audio. Music by Harbour Sound.
            """;

    @Test
    void theParagraphAfterAHeadingInsideAnAnswerIsStillTheAnswer() {
        ParsedDocument doc = parse(PODCAST, "markdown");
        assertThat(speakers(doc)).containsExactly("Ruth Anand", "Kofi Mensah", "Ruth Anand", "Kofi Mensah");
        String text = doc.text();
        assertThat(doc.turns().get(1).span().of(text)).startsWith("Latency").endsWith("before the answer is done.");
        assertThat(doc.paragraphs()).filteredOn(p -> p.span().of(text).contains("On latency")).singleElement()
                .satisfies(p -> assertThat(p.turn()).isEqualTo(-1));
        assertWellFormed(doc);
    }

    @Test
    void aHeadingFollowedByProseAndNoMoreLabelsEndsTheTranscript() {
        ParsedDocument doc = parse(PODCAST, "markdown");
        String text = doc.text();
        assertThat(doc.turns().get(3).span().of(text)).endsWith("what they did last year.");
        assertThat(doc.paragraphs()).filteredOn(p -> p.span().of(text).contains("Harbour Sound")).singleElement()
                .satisfies(p -> assertThat(p.turn()).isEqualTo(-1));
    }
}
