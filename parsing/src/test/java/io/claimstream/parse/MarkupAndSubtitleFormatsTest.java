package io.claimstream.parse;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Section;
import io.claimstream.contracts.Turn;
import org.junit.jupiter.api.Test;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.speakers;
import static io.claimstream.parse.Samples.spoken;
import static org.assertj.core.api.Assertions.assertThat;

/** Markdown, HTML, WebVTT and SRT. */
class MarkupAndSubtitleFormatsTest {

    @Test
    void markdownHeadingsTablesBulletsAndSections() {
        String text = "# Chip Outlook\n\nIntro *with* emphasis.\n\n## Prices\n\n- fabs expand\n- demand grows\n\n"
                + "| Year | Price |\n|---|---|\n| 2026 | high |\n\n## Risks\n\nExport rules.";
        ParsedDocument doc = parse(text);
        assertThat(doc.format()).isEqualTo("markdown");
        assertThat(doc.paragraphs()).extracting(Paragraph::kind)
                .containsExactly("heading", "text", "heading", "bullet", "bullet", "table", "heading", "text");
        assertThat(doc.sections()).extracting(Section::heading).containsExactly("Chip Outlook", "Prices", "Risks");
        assertThat(doc.sections()).extracting(Section::level).containsExactly(1, 2, 2);
        assertThat(doc.sections().get(1).span().of(text)).startsWith("## Prices").endsWith("| 2026 | high |");
        assertThat(doc.tables()).singleElement().satisfies(t -> {
            assertThat(t.rows()).containsExactly(java.util.List.of("Year", "Price"), java.util.List.of("2026", "high"));
            assertThat(t.span().of(text)).startsWith("| Year").endsWith("high |");
        });
        assertThat(doc.metadata().title()).isEqualTo("Chip Outlook");
        assertWellFormed(doc);
    }

    @Test
    void htmlKeepsTheArticleAndDropsNavigationAndScripts() {
        String html = "<!DOCTYPE html><html><head><title>Panel on chips</title>"
                + "<meta property=\"article:published_time\" content=\"2026-03-04T10:00:00Z\"><script>var x=1;</script></head>"
                + "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
                + "<div class=\"cookie-banner\">We use cookies</div>"
                + "<article><h1>Panel on chips</h1><p>An introduction&nbsp;paragraph.</p>"
                + "<p><strong>Nadia Okafor:</strong> Prices fall.</p><p><strong>Piet Varga:</strong> They rise.</p>"
                + "<p><strong>Nadia Okafor:</strong> We disagree.</p>"
                + "<table><tr><th>Year</th><th>Price</th></tr><tr><td>2026</td><td>high</td></tr></table>"
                + "<ul><li>one</li><li>two</li></ul></article><footer>© Someone</footer></body></html>";
        ParsedDocument doc = parse(html);
        assertThat(doc.format()).isEqualTo("html");
        assertThat(doc.text()).doesNotContain("var x", "Home", "cookies", "©", "<p>");
        assertThat(doc.text()).contains("An introduction paragraph.");
        assertThat(speakers(doc)).containsExactly("Nadia Okafor", "Piet Varga", "Nadia Okafor");
        assertThat(spoken(doc)).containsExactly("Prices fall.", "They rise.", "We disagree.");
        assertThat(doc.tables()).singleElement().satisfies(t -> assertThat(t.rows()).hasSize(2));
        assertThat(doc.metadata().title()).isEqualTo("Panel on chips");
        assertThat(doc.metadata().published()).isEqualTo("2026-03-04");
        assertWellFormed(doc);
    }

    @Test
    void webVttVoicesJoinCueFragmentsAndKeepTimeRanges() {
        String vtt = "WEBVTT\n\nNOTE written for this test\n\n1\n00:00:01.000 --> 00:00:03.500 align:start\n"
                + "<v Nadia Okafor>Chip prices will</v>\n\n2\n00:00:03.500 --> 00:00:06.000\n<v Nadia Okafor>fall next year.</v>\n\n"
                + "00:00:06.500 --> 00:00:08.000\n<v.loud Piet Varga>I doubt <i>that</i> &amp; so do others.\n\n"
                + "00:01:00.000 --> 00:01:02.250\n<v Nadia Okafor>We will see.";
        ParsedDocument doc = parse(vtt);
        assertThat(doc.format()).isEqualTo("webvtt");
        assertThat(speakers(doc)).containsExactly("Nadia Okafor", "Piet Varga", "Nadia Okafor");
        assertThat(spoken(doc)).containsExactly("Chip prices will fall next year.", "I doubt that & so do others.", "We will see.");
        assertThat(doc.turns()).extracting(Turn::startMillis).containsExactly(1_000L, 6_500L, 60_000L);
        assertThat(doc.turns()).extracting(Turn::endMillis).containsExactly(6_000L, 8_000L, 62_250L);
        assertThat(doc.turns().get(0).label().of(doc.text())).isEqualTo("Nadia Okafor");
        assertWellFormed(doc);
    }

    @Test
    void srtWithSpeakerPrefixesAndRollUpRepeats() {
        String srt = "1\n00:00:01,000 --> 00:00:02,000\nNADIA: Prices will\n\n2\n00:00:02,000 --> 00:00:04,000\n"
                + "NADIA: fall soon.\n\n3\n00:00:04,500 --> 00:00:06,000\nPIET: Not so fast.\n";
        ParsedDocument doc = parse(srt);
        assertThat(doc.format()).isEqualTo("srt");
        assertThat(speakers(doc)).containsExactly("Nadia", "Piet"); // a name in capitals as the text writes it
        assertThat(spoken(doc)).containsExactly("Prices will fall soon.", "Not so fast.");

        String unnamed = "1\n00:00:01,000 --> 00:00:03,000\nthe market for chips is growing\n\n"
                + "2\n00:00:03,000 --> 00:00:05,000\nthe market for chips is growing\nfaster than expected\n\n"
                + "3\n00:00:09,000 --> 00:00:10,000\nNew topic.\n";
        ParsedDocument plain = parse(unnamed, "srt");
        assertThat(plain.turns()).isEmpty();
        assertThat(plain.text()).isEqualTo("the market for chips is growing faster than expected\n\nNew topic.");
        assertThat(plain.paragraphs()).hasSize(2);
    }
}
