package io.claimstream.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Participant;
import io.claimstream.contracts.RawDocument;
import io.claimstream.contracts.Turn;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * The contract's spans index the text exactly as submitted, also for HTML and subtitle files,
 * which the analysis reads as extracted text: every claim, turn and participant span, cut from the
 * submission and read as a reader would ({@link ReadableText}), says what the analysis says it does.
 */
class SubmittedSpansTest {

    private static final DocumentParser PARSER = new DocumentParser();

    private static final String HTML = """
            <!DOCTYPE html><html><head><title>Harbour Labs bets on smaller models</title>
            <meta name="date" content="2026-09-14"></head>
            <body><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
            <header class="site-header">The Quay Ledger</header>
            <article>
            <h1>Harbour Labs bets on smaller models</h1>
            <div class="body"><section>
            <p>Harbour Labs chief executive Ines Moreau said the company will double its inference cluster by March&nbsp;2027.</p>
            <p>&#8220;Smaller models are good enough for most customer workloads,&#8221; Moreau said. &#8220;We think R&amp;D money is better spent on <em>evaluation</em> than on <b>bigger</b> pretraining runs.&#8221;</p>
            <div><blockquote><p>Open weights will <em>win</em> in regulated industries within three years, Moreau predicted.</p></blockquote></div>
            <p>Ines Moreau added that R&amp;D teams should <b>measure latency</b> before they buy new GPUs.</p>
            </section></div>
            <script>window.track('Moreau said nothing');</script>
            </article><footer class="footer">Copyright Quay Ledger</footer></body></html>
            """;

    private static final String VTT = """
            WEBVTT

            1
            00:00:01.000 --> 00:00:04.000
            <v Priya Natarajan>Thanks for having me. I think open models will close the gap

            2
            00:00:04.000 --> 00:00:07.500
            <v Priya Natarajan>with closed ones by the end of 2027.

            3
            00:00:08.000 --> 00:00:11.000
            <v Tomas Berg>I disagree. Training costs
            are still rising much faster than research budgets.

            4
            00:00:11.500 --> 00:00:14.000
            <v Tomas Berg><i>Every</i> lab should publish its evaluation data &amp; code.
            """;

    private static final String SRT = """
            1
            00:00:01,000 --> 00:00:04,000
            MAYA OKAFOR: Battery prices will fall below
            eighty dollars per kilowatt hour next year.

            2
            00:00:04,500 --> 00:00:08,000
            DEV SHAH: I think grid storage is still <i>badly</i> underbuilt in Europe.

            3
            00:00:08,500 --> 00:00:12,000
            MAYA OKAFOR: Utilities should sign long contracts for storage now.
            """;

    @Test
    void htmlClaimsSpanTheirSentenceInThePageWithItsEntitiesAndTags() {
        AnalyzedDocument analyzed = checkSpans(HTML);
        assertThat(analyzed.claims()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(analyzed.claims()).anySatisfy(c -> assertThat(c.span().of(HTML)).contains("R&amp;D").contains("<b>"));
        assertThat(analyzed.claims()).anySatisfy(c -> assertThat(c.span().of(HTML)).contains("<em>win</em>"));
        assertThat(analyzed.claims()).anySatisfy(c -> assertThat(c.span().of(HTML)).contains("March&nbsp;2027"));
        assertThat(analyzed.claims()).anySatisfy(c -> assertThat(c.span().of(HTML)).startsWith("&#8220;"));
        int script = HTML.indexOf("<script>");
        int nav = HTML.indexOf("</nav>");
        assertThat(analyzed.claims()).allSatisfy(c -> {
            assertThat(c.span().start()).isGreaterThan(nav);
            assertThat(c.span().end()).isLessThan(script);
        });
    }

    @Test
    void webVttTurnsAndClaimsSpanTheirCuesAcrossTimingLines() {
        AnalyzedDocument analyzed = checkSpans(VTT);
        assertThat(analyzed.claims()).anySatisfy(c -> assertThat(c.span().of(VTT)).contains("-->"));
        assertThat(analyzed.claims()).anySatisfy(c -> assertThat(c.span().of(VTT)).contains("&amp;"));
    }

    @Test
    void srtTurnsAndClaimsSpanTheirCues() {
        AnalyzedDocument analyzed = checkSpans(SRT);
        assertThat(analyzed.claims()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aPlainTextKeepsItsSpansAsTheyWere() {
        String text = "Lena Park, chief economist at Brightline, said inference prices will halve by 2028.\n\n"
                + "\"Labs should share their evaluation data,\" Park said.\n";
        ParsedDocument parsed = parse(text);
        assertThat(parsed.submission()).isNull();
        AnalyzedDocument analyzed = Docs.analyzer().analyze(parsed);
        assertThat(analyzed.text()).isSameAs(parsed.text());
        assertThat(analyzed.claims()).isNotEmpty().allSatisfy(c -> assertThat(c.span().of(text)).isEqualTo(c.text()));
    }

    /** Parses and analyzes the file and checks every span the contract carries against it. */
    private static AnalyzedDocument checkSpans(String submitted) {
        ParsedDocument parsed = parse(submitted);
        assertThat(parsed.text()).isNotEqualTo(submitted);
        for (Turn turn : parsed.turns()) {
            assertThat(ReadableText.of(parsed.toSubmitted(turn.span()).of(submitted)))
                    .isEqualTo(ReadableText.collapse(turn.span().of(parsed.text())));
            assertThat(parsed.toSubmitted(turn.label()).of(submitted)).isEqualTo(turn.label().of(parsed.text()));
        }
        AnalyzedDocument analyzed = Docs.analyzer().analyze(parsed);
        assertThat(analyzed.text()).isEqualTo(submitted);
        assertThat(analyzed.claims()).isNotEmpty();
        for (Claim claim : analyzed.claims()) {
            assertThat(ReadableText.of(claim.span().of(submitted))).as(claim.text())
                    .isEqualTo(ReadableText.collapse(claim.text()));
            claim.quantities().forEach(q -> assertThat(ReadableText.of(q.span().of(submitted))).isEqualTo(ReadableText.collapse(q.text())));
            claim.entities().forEach(e -> assertThat(claim.span().contains(e.span())).isTrue());
        }
        for (Participant p : analyzed.metadata().participants()) {
            // a name a label sets in capitals is the participant's name in mixed case ("MAYA OKAFOR:" is Maya Okafor)
            assertThat(ReadableText.of(p.span().of(submitted))).containsIgnoringCase(p.name());
        }
        return analyzed;
    }

    private static ParsedDocument parse(String text) {
        return PARSER.parse(new RawDocument(text, null, null, null, null, null, null), Instant.parse("2026-11-01T00:00:00Z"));
    }
}
