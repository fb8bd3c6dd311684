package io.claimstream.parse.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.contracts.SourceMap;
import io.claimstream.contracts.Span;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * A line break that only wraps the source (HTML written at 80 columns, a hard-wrapped Markdown
 * paragraph, a cue written on two lines) is not a break in what is read, so that a sentence is
 * never cut at it; a deliberate one ({@code <br>}, {@code <pre>}, a blank line) is kept. Every
 * character of the extracted text still maps to exactly what it was read from.
 */
class SoftLineBreaksTest {

    @Test
    void aHardWrappedHtmlParagraphReadsAsOneLine() {
        String html = "<html><body><article>\n  <p>Rosa Lind, who leads the Quarry lab, said the\n"
                + "     team would ship its&nbsp;new model\r\n\tin May.</p>\n"
                + "  <p>Two\n\n   paragraphs\n  stay two.</p>\n</article></body></html>";
        HtmlText.Extracted page = HtmlText.extract(html);
        assertThat(page.text()).isEqualTo(
                "Rosa Lind, who leads the Quarry lab, said the team would ship its new model in May.\n\nTwo paragraphs stay two.");
        assertEveryCharacterReadsAsItsSource(html, page);
        int the = page.text().indexOf("the team");
        assertThat(page.offsets().toSource(new Span(the + 3, the + 4)).of(html)).isEqualTo("\n     ");
        int sentenceEnd = page.text().indexOf("May.") + 4;
        assertThat(page.offsets().toSource(new Span(0, sentenceEnd)).of(html))
                .startsWith("Rosa Lind").endsWith("\tin May.").contains("its&nbsp;new");
    }

    @Test
    void aLineBreakTagStaysABreakAndWhiteSpaceAroundItGoes() {
        String html = "<html><body><p>Rosa Lind: The lab will ship in May.<br>\n   Costs will fall\n   next year.<br/>"
                + "Ivo Marsh: I doubt it.</p></body></html>";
        HtmlText.Extracted page = HtmlText.extract(html);
        assertThat(page.text()).isEqualTo("Rosa Lind: The lab will ship in May.\nCosts will fall next year.\nIvo Marsh: I doubt it.");
        assertEveryCharacterReadsAsItsSource(html, page);
    }

    @Test
    void preformattedTextKeepsItsWhiteSpace() {
        String html = "<html><body><p>The exchange,\n as logged:</p><pre>\nQ:  Will it ship?\n"
                + "A:  In May,   we think.\n\n    (end)</pre><p>After\n it.</p></body></html>";
        HtmlText.Extracted page = HtmlText.extract(html);
        String pre = "Q:  Will it ship?\nA:  In May,   we think.\n\n    (end)";
        assertThat(page.text()).isEqualTo("The exchange, as logged:\n\n" + pre + "\n\nAfter it.");
        int at = page.text().indexOf(pre);
        assertThat(page.offsets().toSource(new Span(at, at + pre.length())).of(html)).isEqualTo(pre);
        assertEveryCharacterReadsAsItsSource(html, page);
    }

    @Test
    void aHardWrappedMarkdownParagraphIsOneParagraphOfTheSubmittedText() {
        String md = "# Quarry notes\n\nRosa Lind, who leads the Quarry lab, said on Monday that the team\n"
                + "would ship its new model in May, well ahead of the schedule it gave\n"
                + "investors last year.\n\n- a bullet that wraps onto\n  a second line\n";
        ParsedDocument doc = new DocumentParser().parse(new RawDocument(md, null, null, null, null, null, null), Instant.EPOCH);
        assertThat(doc.text()).isSameAs(md);
        assertThat(doc.submission()).isNull();
        assertThat(doc.paragraphs()).extracting(Paragraph::kind).containsExactly("heading", "text", "bullet");
        assertThat(doc.paragraphs().get(1).span().of(md)).startsWith("Rosa Lind").endsWith("investors last year.");
        assertThat(doc.paragraphs().get(2).span().of(md)).endsWith("a second line");
    }

    @Test
    void aCueWrittenOnTwoLinesIsOneUtterance() {
        String vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Rosa Lind>The lab will ship\n"
                + "   its new model in May.\n\n00:00:04.000 --> 00:00:06.000\n<v Ivo Marsh>I doubt\r\nit.\n";
        SubtitleDocument subtitles = SubtitleDocument.of(vtt);
        assertThat(subtitles.text()).isEqualTo("Rosa Lind: The lab will ship its new model in May.\n\nIvo Marsh: I doubt it.");
        Span first = subtitles.turns().get(0).span();
        assertThat(subtitles.offsets().toSource(first).of(vtt)).isEqualTo("The lab will ship\n   its new model in May.");
        String srt = "1\n00:00:01,000 --> 00:00:04,000\nROSA: The lab will ship\nits new model in May.\n";
        SubtitleDocument numbered = SubtitleDocument.of(srt);
        assertThat(numbered.turns().get(0).span().of(numbered.text())).isEqualTo("The lab will ship its new model in May.");
    }

    /**
     * Each character maps to a source range that reads as it: itself, white space for a space that
     * stands for collapsed white space, a reference for a decoded character, nothing for an
     * inserted separator or marker.
     */
    private static void assertEveryCharacterReadsAsItsSource(String html, HtmlText.Extracted page) {
        SourceMap map = page.offsets();
        String text = page.text();
        assertThat(map.extractedLength()).isEqualTo(text.length());
        int previousEnd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Span source = map.toSource(new Span(i, i + 1));
            String written = source.of(html);
            assertThat(source.start()).as("character %d '%s' in order", i, c).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = source.end();
            if (written.length() == 1) {
                assertThat(written.charAt(0)).as("character %d", i).isEqualTo(c);
            } else if (written.isEmpty()) {
                assertThat(c).as("character %d is inserted", i).isIn('\n', ' ');
            } else if (written.startsWith("&")) {
                assertThat(org.jsoup.parser.Parser.unescapeEntities(written, false).replace('\u00A0', ' '))
                        .isEqualTo(String.valueOf(c));
            } else {
                assertThat(c).as("character %d", i).isEqualTo(' ');
                assertThat(written).as("character %d stands for white space", i).isBlank();
            }
        }
    }
}
