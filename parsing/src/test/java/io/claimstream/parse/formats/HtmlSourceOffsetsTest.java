package io.claimstream.parse.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.claimstream.contracts.SourceMap;
import io.claimstream.contracts.Span;
import org.junit.jupiter.api.Test;

/**
 * The offset map of extracted HTML over generated pages: every word is numbered so it occurs once,
 * and the generator knows where it wrote it (entities, tags around and inside sentences, nested
 * blocks, runs of white space, dropped scripts and navigation), so each word found in the
 * extracted text must map back to exactly that source range.
 */
class HtmlSourceOffsetsTest {

    private static final int TRIES = Integer.getInteger("properties.tries", 1_000) / 4;
    private static final String[][] ENTITIES = {{"&amp;", "&"}, {"&#8217;", "\u2019"}, {"&#x2014;", "\u2014"},
            {"&eacute;", "\u00e9"}, {"&lt;", "<"}, {"&quot;", "\""}, {"&nbsp;", " "}};
    private static final String[] INLINE = {"b", "em", "span class=\"k\"", "a href=\"/x?a=1&amp;b=2\"", "i"};
    private static final String[] SPACE = {" ", "  ", "\n", "\n    ", "\t", "\r\n"};

    /** A generated page and where each of its words is written. */
    private record Page(String html, List<Word> words, List<String> dropped) {
    }

    private record Word(String extracted, Span source) {
    }

    @Test
    void everyWordOfAGeneratedPageMapsBackToWhereItIsWritten() {
        Random seeds = new Random(20261202L);
        for (int t = 0; t < TRIES; t++) {
            long seed = seeds.nextLong();
            Page page = page(new Random(seed));
            HtmlText.Extracted extracted = HtmlText.extract(page.html());
            SourceMap map = extracted.offsets();
            assertThat(map.extractedLength()).isEqualTo(extracted.text().length());
            for (Word word : page.words()) {
                int at = extracted.text().indexOf(word.extracted());
                assertThat(at).as("seed %d: %s in %s", seed, word.extracted(), extracted.text()).isGreaterThanOrEqualTo(0);
                Span source = map.toSource(new Span(at, at + word.extracted().length()));
                assertThat(source).as("seed %d: %s written as %s, mapped to %s", seed, word.extracted(),
                        word.source().of(page.html()), source.of(page.html())).isEqualTo(word.source());
            }
            for (String gone : page.dropped()) {
                assertThat(extracted.text()).as("seed %d", seed).doesNotContain(gone);
            }
            Span all = map.toSource(new Span(0, extracted.text().length()));
            assertThat(all.end()).isLessThanOrEqualTo(page.html().length());
        }
    }

    @Test
    void aSentenceWithInlineTagsAndEntitiesSpansItsMarkup() {
        String html = "<html><body><nav><a href=\"/\">Home</a></nav><article><div><p>Vessel&#8217;s  <b>chips</b>\n"
                + "   ship <em>by&nbsp;May</em> &amp; not later.</p></div><script>var x = 1;</script></article></body></html>";
        HtmlText.Extracted page = HtmlText.extract(html);
        assertThat(page.text()).isEqualTo("Vessel\u2019s chips ship by May & not later."); // a line break of the source only wraps it
        Span sentence = page.offsets().toSource(new Span(0, page.text().length()));
        assertThat(sentence.of(html)).isEqualTo("Vessel&#8217;s  <b>chips</b>\n   ship <em>by&nbsp;May</em> &amp; not later.");
        int by = page.text().indexOf("by May");
        assertThat(page.offsets().toSource(new Span(by, by + 6)).of(html)).isEqualTo("by&nbsp;May");
    }

    @Test
    void theOffsetMapOfAHardWrappedPageCostsALineNotACharacterAndRoundTrips() {
        StringBuilder html = new StringBuilder("<html><body><article>\n");
        for (int p = 0; p < 40; p++) {
            html.append("  <p>\n");
            for (int line = 0; line < 5; line++) {
                html.append("    Rosa Lind said the Quarry lab would ship its new model in May, ahead of plan").append(p)
                        .append(line).append(line == 2 ? " &amp; <a href=\"/q\">budget</a>" : "").append('\n');
            }
            html.append("  </p>\n");
        }
        html.append("</article></body></html>");
        HtmlText.Extracted page = HtmlText.extract(html.toString());
        int segments = page.offsets().segments().length / 3;
        // per paragraph: its separator, its first line, two per wrapped line (the collapsed indentation and
        // the copied line after it), three for the entity and the link (each one and what follows it)
        assertThat(segments).isLessThanOrEqualTo(40 * (1 + 1 + 4 * 2 + 3));
        assertThat(segments * 20).isLessThan(page.text().length());
        assertThat(io.claimstream.contracts.EventCodec.decode(io.claimstream.contracts.EventCodec.encode(page.offsets()),
                SourceMap.class)).isEqualTo(page.offsets());
    }

    private static Page page(Random r) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>T</title></head><body>");
        List<Word> words = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        int[] counter = {0};
        int blocks = 1 + r.nextInt(6);
        for (int b = 0; b < blocks; b++) {
            switch (r.nextInt(8)) {
                case 0 -> {
                    String gone = "gone" + counter[0]++ + "z";
                    html.append(r.nextBoolean() ? "<script>var " + gone + " = 1;</script>" : "<nav><a href=\"#\">" + gone + "</a></nav>");
                    dropped.add(gone);
                }
                case 1 -> {
                    html.append("<div class=\"body\">").append(pick(r, SPACE)).append("<p>");
                    sentence(r, html, words, counter);
                    html.append("</p>").append(pick(r, SPACE)).append("<blockquote><p>");
                    sentence(r, html, words, counter);
                    html.append("</p></blockquote></div>");
                }
                case 2 -> {
                    html.append("<ul><li>");
                    sentence(r, html, words, counter);
                    html.append("</li></ul>");
                }
                case 3 -> {
                    html.append("<h2>");
                    sentence(r, html, words, counter);
                    html.append("</h2>");
                }
                default -> {
                    html.append("<p>");
                    sentence(r, html, words, counter);
                    html.append("</p>");
                }
            }
            html.append(pick(r, SPACE));
        }
        html.append("</body></html>");
        return new Page(html.toString(), words, dropped);
    }

    /** Words with white space, entities and inline tags between and inside them, never at a sentence's edge. */
    private static void sentence(Random r, StringBuilder html, List<Word> words, int[] counter) {
        int n = 1 + r.nextInt(8);
        for (int w = 0; w < n; w++) {
            if (w > 0) {
                html.append(pick(r, SPACE));
            }
            String open = r.nextInt(4) == 0 ? pick(r, INLINE) : null;
            if (open != null) {
                html.append('<').append(open).append('>');
            }
            String stem = "w" + counter[0]++ + "z";
            int start = html.length();
            html.append(stem);
            String extracted = stem;
            if (r.nextInt(3) == 0) {
                String[] entity = ENTITIES[r.nextInt(ENTITIES.length)];
                html.append(entity[0]).append('q');
                extracted += entity[1] + "q";
            } else if (r.nextInt(5) == 0) {
                html.append("&q"); // a literal ampersand, no reference
                extracted += "&q";
            }
            words.add(new Word(extracted, new Span(start, html.length())));
            if (open != null) {
                html.append("</").append(open.split(" ")[0]).append('>');
            }
        }
        html.append('.');
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
