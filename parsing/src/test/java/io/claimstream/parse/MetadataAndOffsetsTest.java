package io.claimstream.parse;

import io.claimstream.contracts.DocumentMetadata;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.claimstream.parse.Samples.assertWellFormed;
import static io.claimstream.parse.Samples.parse;
import static io.claimstream.parse.Samples.spoken;
import static org.assertj.core.api.Assertions.assertThat;

/** Title, date, outlet and event; offsets through CJK, curly quotes, NBSP and emoji. */
class MetadataAndOffsetsTest {

    private static DocumentMetadata meta(String text) {
        return parse(text).metadata();
    }

    @Test
    void publishedDateFromTheTextWithItsPrecision() {
        assertThat(meta("Chip Outlook for Spring\nTechWire 2026-03-14 08:30\nBody text.").published()).isEqualTo("2026-03-14");
        DocumentMetadata us = meta("Chip Outlook\nPublished March 4, 2026\nBody.");
        assertThat(us.published()).isEqualTo("2026-03-04");
        assertThat(us.datePrecision()).isEqualTo("day");
        assertThat(meta("Chip Outlook\n4 March 2026\nBody.").published()).isEqualTo("2026-03-04");
        DocumentMetadata month = meta("A long talk recorded in early March 2026 about chips.");
        assertThat(month.published()).isEqualTo("2026-03");
        assertThat(month.datePrecision()).isEqualTo("month");
        assertThat(meta("芯片展望\n2026年3月4日\n正文。").published()).isEqualTo("2026-03-04");
        assertThat(meta("In 2026 the fair moved. On March 4th the panel met.").published()).isEqualTo("2026-03-04");
    }

    private static String publishedWhenReceived(String text, Instant receivedAt) {
        return new DocumentParser().parse(new RawDocument(text, null, null, null, null, null, null), receivedAt)
                .metadata().published();
    }

    @Test
    void aDateWithoutAYearInATextWithoutOneIsTheLatestSuchDateBeforeItArrived() {
        String text = "The panel met on June 12. The model had launched on June 9.";
        assertThat(publishedWhenReceived(text, Instant.parse("2026-12-02T10:00:00Z"))).isEqualTo("2026-06-12");
        assertThat(publishedWhenReceived(text, Instant.parse("2026-06-12T23:00:00Z"))).isEqualTo("2026-06-12");
        assertThat(publishedWhenReceived(text, Instant.parse("2026-03-01T00:00:00Z"))).isEqualTo("2025-06-12");
        assertThat(publishedWhenReceived(text, null)).isNull(); // no year to infer
        assertThat(publishedWhenReceived("In 2024 the fair moved. " + text, Instant.parse("2026-12-02T10:00:00Z")))
                .isEqualTo("2024-06-12"); // the text's own year wins
    }

    @Test
    void theRequestWinsOverTheText() {
        ParsedDocument doc = new DocumentParser().parse(new RawDocument("Text of March 4, 2026.", "Given", "Wire", null,
                "2026-05", "en", null), Instant.EPOCH);
        assertThat(doc.metadata().title()).isEqualTo("Given");
        assertThat(doc.metadata().source()).isEqualTo("Wire");
        assertThat(doc.metadata().published()).isEqualTo("2026-05");
        assertThat(doc.metadata().datePrecision()).isEqualTo("month");
    }

    @Test
    void eventOutletAndTitle() {
        DocumentMetadata m = meta("Home\n\nChip makers clash over prices\n\nTechWire2026-03-14 08:30\n\n"
                + "Executives spoke at the 5th Northern Semiconductor Industry (NSI) Summit on Friday.");
        assertThat(m.title()).isEqualTo("Chip makers clash over prices");
        assertThat(m.source()).isEqualTo("TechWire");
        assertThat(m.event()).isEqualTo("5th Northern Semiconductor Industry (NSI) Summit");
        assertThat(meta("She spoke at the annual Harbor AI Forum in Oslo.").event()).isEqualTo("annual Harbor AI Forum");
        assertThat(meta("According to a report by Silicon Ledger, sales rose.").source()).isEqualTo("Silicon Ledger");
        assertThat(meta("The team will meet next week.").event()).isNull();
    }

    @Test
    void offsetsSurviveCjkCurlyQuotesNbspAndEmojiInEveryPosition() {
        String text = "😀 “Intro” line\u00a0with NBSP 中文.\n\n"
                + "Nadia Okafor 🚀: is not a label here.\n\n"
                + "Nadia Okafor: 芯片 prices 📉 will “fall”.\u00a0\n\n"
                + "王小明：我认为价格会下降 👍。\n\n"
                + "Nadia Okafor: 🤝 Agreed.\n\n王小明：好的。";
        ParsedDocument doc = parse(text);
        assertThat(spoken(doc)).containsExactly("芯片 prices 📉 will “fall”.", "我认为价格会下降 👍。", "🤝 Agreed.", "好的。");
        assertWellFormed(doc);
        doc.turns().forEach(t -> {
            assertThat(Character.isLowSurrogate(text.charAt(t.span().start()))).isFalse();
            assertThat(t.span().end() == text.length() || !Character.isLowSurrogate(text.charAt(t.span().end()))).isTrue();
        });
    }

    @Test
    void languageIsGuessedFromTheScript() {
        assertThat(meta("这是一个关于芯片价格的中文段落，讨论未来的趋势。").language()).isEqualTo("zh");
        assertThat(meta("An English paragraph about chip prices.").language()).isEqualTo("en");
    }
}
