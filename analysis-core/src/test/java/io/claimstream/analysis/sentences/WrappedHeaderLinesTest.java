package io.claimstream.analysis.sentences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.analysis.Analyses;
import io.claimstream.analysis.Docs;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * A text hard-wrapped at a width (a mail, a PDF's text) breaks a long header line where the next word would not fit,
 * so a name in a list of the panel can end one line and start the next ("… HOLM" / "Sigrid (CTO, …)"): the two lines
 * are one line of text, and the name is read whole, as it is when the file is not wrapped. Header lines the writer
 * ended, short of the width, stay lines of their own.
 */
class WrappedHeaderLinesTest {

    private static final String WRAPPED = """
            Panel transcript: the Nordic compute forum, Oslo, 3 October 2026

            Moderator: BERG Anders (editor, Fjord Data Weekly)
            Panelists: LUND Mikkel (professor, Trondheim Institute of Computing); HOLM
            Sigrid (CTO, Polaris Models); VIK Emil (head of research, Skagen Robotics)

            BERG: Welcome. Professor Lund, is the data centre boom in Norway real, or is
            it a story the operators tell investors?

            LUND: It is real. We have cheap hydro power and a cold climate, and the
            demand for compute grows every quarter.

            HOLM: I agree with Professor Lund. Our company will double its training
            cluster next year, and we will run every job on renewable power.

            BERG: Ms Holm, what worries you most?

            HOLM: The grid. Without new transmission lines the new data centres will sit
            idle for years.

            VIK: For robots the picture is different; we need factories, not data
            centres, and Norway has too few of them.
            """;

    /** Parsed as the service parses a submission, which sets each line of the header as a paragraph of its own. */
    private static Analyses analyse(String text) {
        return new Analyses(Docs.analyzer().analyze(new DocumentParser().parse(
                new RawDocument(text, null, null, null, null, null, null), Instant.parse("2026-11-01T00:00:00Z"))));
    }

    @Test
    void aNameBrokenAcrossTheWrapOfAHeaderLineIsOneName() {
        Analyses a = analyse(WRAPPED);
        assertThat(a.speakerNames()).contains("Holm Sigrid").doesNotContain("Holm");
        assertThat(a.speakerOf("double its training")).isEqualTo("Holm Sigrid");
        assertThat(a.speakerOf("Without new transmission lines")).isEqualTo("Holm Sigrid");
    }

    @Test
    void theSameHeaderUnwrappedGivesTheSameName() {
        Analyses a = analyse(WRAPPED.replace("HOLM\nSigrid", "HOLM Sigrid"));
        assertThat(a.speakerOf("double its training")).isEqualTo("Holm Sigrid");
    }

    @Test
    void theWidthIsTheLongestLineWhenTheLinesBreakWhereTheNextWordWouldNotFit() {
        assertThat(LineBreaks.wrapWidth(WRAPPED)).isEqualTo(76);
        assertThat(LineBreaks.wrapWidth("Title\n\nShort line one.\nShort line two.\n")).isEqualTo(-1);
    }
}
