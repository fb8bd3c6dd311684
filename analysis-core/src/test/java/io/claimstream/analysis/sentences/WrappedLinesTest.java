package io.claimstream.analysis.sentences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.claimstream.analysis.Deadline;
import io.claimstream.analysis.Docs;
import io.claimstream.analysis.ReadableText;
import io.claimstream.analysis.text.Nlp;
import io.claimstream.analysis.text.NlpModels;
import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * A sentence wrapped over lines of the source (an HTML page written at 80 columns, a hard-wrapped
 * Markdown paragraph, a two-line cue) is one sentence; a line break the writer meant ({@code <br>},
 * one utterance per line) still ends one.
 */
class WrappedLinesTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter(new Nlp(NlpModels.load()));
    private static final DocumentParser PARSER = new DocumentParser();

    private static ParsedDocument parse(String submitted) {
        return PARSER.parse(new RawDocument(submitted, null, null, null, null, null, null), Instant.parse("2026-11-01T00:00:00Z"));
    }

    private static List<String> sentences(ParsedDocument doc) {
        return SPLITTER.split(doc.text(), BlockReader.read(doc), Deadline.NONE).stream()
                .map(s -> ReadableText.collapse(s.text(doc.text()))).toList();
    }

    @Test
    void aHardWrappedMarkdownParagraphIsReadAcrossItsLines() {
        String md = "# Quarry notes\n\nRosa Lind, who leads the Quarry lab, said on Monday that the team\n"
                + "would ship its new model in May, well ahead of the schedule it gave\n"
                + "investors last year. Costs will fall by a third.\n";
        assertThat(sentences(parse(md))).containsExactly("# Quarry notes",
                "Rosa Lind, who leads the Quarry lab, said on Monday that the team would ship its new model in May, "
                        + "well ahead of the schedule it gave investors last year.",
                "Costs will fall by a third.");
    }

    @Test
    void aFootnoteMarkAfterAStopEndsTheSentence() {
        String text = "Lease terms shrank to 14 months in 2026, down from 36 a year earlier.\u00b2 Buyers now renew twice\n"
                + "as often as they did.[3] The change hit small clouds hardest.\n";
        assertThat(sentences(parse(text))).containsExactly(
                "Lease terms shrank to 14 months in 2026, down from 36 a year earlier.\u00b2",
                "Buyers now renew twice as often as they did.[3]", "The change hit small clouds hardest.");
    }

    @Test
    void aHardWrappedTurnIsReadAcrossItsLines() {
        String transcript = "Rosa Lind: I think the lab will ship its new model in May, and\n"
                + "that costs for our customers will fall by a third next year.\n\n"
                + "Ivo Marsh: I doubt it.\n\nRosa Lind: We will see.\n\nIvo Marsh: We will.\n";
        assertThat(sentences(parse(transcript))).containsExactly(
                "I think the lab will ship its new model in May, and that costs for our customers will fall by a third next year.",
                "I doubt it.", "We will see.", "We will.");
    }

    @Test
    void oneUtterancePerLineStaysOneSentencePerLine() {
        String lines = "Rosa Lind: The lab ships in May\nIvo Marsh: Not before June\nRosa Lind: We will see\n";
        assertThat(sentences(parse(lines))).containsExactly("The lab ships in May", "Not before June", "We will see");
    }

    @Test
    void aHardWrappedHtmlParagraphIsOneSentenceAndALineBreakTagEndsOne() {
        String html = "<html><body><article><h1>Quarry</h1>\n<p>Rosa Lind, who leads the Quarry lab, said on Monday that the team\n"
                + "    would ship its new model in May, well ahead of the schedule it gave\n"
                + "    investors last year.</p>\n"
                + "<p>Our lab will ship the new model in May this year<br>\nCosts for customers will fall by a third soon</p>"
                + "</article></body></html>";
        assertThat(sentences(parse(html))).containsExactly("# Quarry",
                "Rosa Lind, who leads the Quarry lab, said on Monday that the team would ship its new model in May, "
                        + "well ahead of the schedule it gave investors last year.",
                "Our lab will ship the new model in May this year", "Costs for customers will fall by a third soon");
    }

    @Test
    void aClaimWrappedInThePageSpansItsWholeSentenceThere() {
        String html = "<!DOCTYPE html><html><head><title>Quarry ships early</title></head><body><article>\n"
                + "<p>Rosa Lind, who leads the Quarry lab, said on Monday that the team\n"
                + "    would ship its new model in May, well ahead of the schedule it gave\n"
                + "    investors last year.</p>\n</article></body></html>";
        AnalyzedDocument analyzed = Docs.analyzer().analyze(parse(html));
        assertThat(analyzed.claims()).anySatisfy(c -> {
            assertThat(ReadableText.of(c.span().of(html))).contains("the team would ship its new model in May")
                    .endsWith("investors last year.");
            assertThat(ReadableText.of(c.span().of(html))).isEqualTo(ReadableText.collapse(c.text()));
        });
    }

    @Test
    void aClaimWrappedInMarkdownSpansItsWholeSentence() {
        String md = "# Quarry notes\n\nRosa Lind, who leads the Quarry lab, said on Monday that the team\n"
                + "would ship its new model in May, well ahead of the schedule it gave\n"
                + "investors last year.\n";
        AnalyzedDocument analyzed = Docs.analyzer().analyze(parse(md));
        assertThat(analyzed.claims()).anySatisfy(c -> {
            assertThat(c.span().of(md)).isEqualTo(c.text()).contains("the team\nwould ship").endsWith("investors last year.");
        });
    }

    /** A line break inside a sentence reads as the space it stands for: "will\ndefinitely" is a forecast's words. */
    @Test
    void aWrappedSentenceIsTypedAsIfItWereOnOneLine() {
        String wrapped = "Tomas Ek, who runs the Fernhill lab, spoke to reporters on Friday.\n\n"
                + "Ek said that open models will\ndefinitely overtake closed ones within\nthree years. He added that "
                + "labs should\npublish their evaluation data.\n";
        AnalyzedDocument analyzed = Docs.analyzer().analyze(parse(wrapped));
        assertThat(analyzed.claims()).anySatisfy(c -> {
            assertThat(c.text()).contains("will\ndefinitely overtake");
            assertThat(c.type()).isEqualTo("prediction");
            assertThat(c.prediction()).isNotNull();
            assertThat(c.prediction().horizon()).isNotNull();
        });
    }
}
