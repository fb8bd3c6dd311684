package io.claimstream.parse;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.structure.TextStructure;
import io.claimstream.parse.turns.LabelVetting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Instant;
import java.util.Random;

import static io.claimstream.parse.Samples.assertWellFormed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Random, truncated and mutated documents, generated from a fixed seed so a failure reproduces:
 * the parser never throws, every offset is inside the text, turns are ordered and disjoint,
 * and text formats keep the submitted text unchanged.
 */
class RobustnessTest {

    private static final String[] FRAGMENTS = {
            "Nadia Okafor: ", "Piet Varga (Host): ", "Q: ", "A: ", "Note: ", "“Undercurrent”: ", "王小明：", "Name : ",
            "**Ana Ruiz:** ", "[00:01:05] ", "0:01 ", "(00:00:03) ", "# Heading\n", "## Sub\n", "1. Numbered Heading\n",
            "- bullet\n", "* item: value\n", "| a | b |\n", "|---|---|\n", "\n", "\n\n", "\r\n", "\r", "   ", "\t",
            "The following is the transcript of the talk.", "Prices will fall by 20% in 2026.", "中文句子。", "😀", "🚀🚀",
            "\u00a0", "\u200b", "\uFEFF", "“", "”", "(", ")", ":", "::", "|", "WEBVTT\n", "00:00:01.000 --> 00:00:02.000\n",
            "<v Nadia>", "</v>", "1\n00:00:01,000 --> 00:00:02,000\n", "<p>", "</p>", "<b>", "<html><body>", "</body>",
            "January 10, 2026", "late April 2026", "June 12th", "the 8th Harbor AI Summit", "http://x.test/a:b",
            "\uD83D", "\uDE00", "Lex Fridman\n", "Lex Fridman  00:01:02\n", "Speaker 1\n", ">> PIET: ", "&amp;", "—"};

    private static final String[] FORMATS = {null, "auto", "plain", "markdown", "transcript", "qa", "html", "webvtt", "srt"};

    @Test
    @Timeout(120) // a hang is a failure here, not a stalled build
    void randomDocumentsNeverBreakTheParser() {
        Random random = new Random(20260612L);
        DocumentParser parser = new DocumentParser();
        for (int round = 0; round < 2_000; round++) {
            String text = randomDocument(random);
            String format = FORMATS[random.nextInt(FORMATS.length)];
            ParsedDocument doc = parser.parse(new RawDocument(text, null, null, null, null, null, format), Instant.EPOCH);
            assertWellFormed(doc);
            assertParagraphsOrdered(doc);
            boolean converted = doc.format().equals("html") || doc.format().equals("webvtt") || doc.format().equals("srt");
            assertThat(doc.submittedText()).isEqualTo(text);
            if (!converted) {
                assertThat(doc.text()).isEqualTo(asRead(text));
            }
            for (LabelVetting.Mode mode : LabelVetting.Mode.values()) {
                // the structure pass itself must not throw: the parser's fallback would hide it
                assertThatCode(() -> TextStructure.of(text, mode)).as("round %d", round).doesNotThrowAnyException();
            }
        }
    }

    @Test
    @Timeout(60)
    void truncatedDocumentsAtEveryCutStayWellFormed() {
        String sample = "Title Line\n\nNadia Okafor (Host): Welcome 😀 to the “show”.\n\nPiet Varga: 芯片 prices — fall.\r\n\r\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n\n[00:01] Nadia Okafor: Bye.";
        for (int cut = 0; cut <= sample.length(); cut++) {
            String text = sample.substring(0, cut);
            ParsedDocument doc = Samples.parse(text);
            assertWellFormed(doc);
            assertThat(doc.text()).isEqualTo(text);
        }
    }

    /** A text file as the parser reads it: no-break spaces as spaces, no zero-width space inside it. */
    private static String asRead(String text) {
        return text.substring(0, Math.min(1, text.length()))
                .replaceAll("[\u00a0\u202F\u2007]", " ").replaceAll("[\u200b\u2060\u00AD]", "")
                + text.substring(Math.min(1, text.length())).replaceAll("[\u00a0\u202F\u2007]", " ")
                .replaceAll("[\u200b\u2060\u00AD\uFEFF]", "");
    }

    private static void assertParagraphsOrdered(ParsedDocument doc) {
        int previous = 0;
        for (Paragraph paragraph : doc.paragraphs()) {
            assertThat(paragraph.span().start()).isGreaterThanOrEqualTo(previous);
            previous = paragraph.span().end();
        }
    }

    private static String randomDocument(Random random) {
        StringBuilder out = new StringBuilder();
        int parts = random.nextInt(60);
        for (int i = 0; i < parts; i++) {
            int choice = random.nextInt(10);
            if (choice < 7) {
                out.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            } else if (choice < 9) {
                out.append("word ".repeat(random.nextInt(5)));
            } else {
                out.append((char) random.nextInt(0x3000));
            }
        }
        if (out.length() > 0 && random.nextBoolean()) {
            int a = random.nextInt(out.length());
            int b = random.nextInt(out.length());
            out.delete(Math.min(a, b), Math.max(a, b)); // mutate: cut a random stretch
        }
        return out.toString();
    }
}
