package io.claimstream.cli.output;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayWidthTest {

    @Test
    void wideCharactersTakeTwoColumns() {
        assertThat(DisplayWidth.of("Luo Fuli")).isEqualTo(8);
        assertThat(DisplayWidth.of("罗福莉")).isEqualTo(6);
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1); // e + combining acute
    }

    @Test
    void cutKeepsTheHeadAndAddsAnEllipsisWithinTheWidth() {
        assertThat(DisplayWidth.cut("Compute is the binding constraint", 12)).isEqualTo("Compute is…");
        assertThat(DisplayWidth.of(DisplayWidth.cut("Compute is the binding constraint", 12))).isLessThanOrEqualTo(12);
        assertThat(DisplayWidth.cut("short", 12)).isEqualTo("short");
        assertThat(DisplayWidth.cut("罗福莉说", 5)).isEqualTo("罗福…");
        assertThat(DisplayWidth.cut("anything", 0)).isEmpty();
    }

    @Test
    void cutNeverSplitsASurrogatePair() {
        String text = "ab\uD83D\uDE00cd"; // a, b, grinning face, c, d
        assertThat(DisplayWidth.cut(text, 4)).isEqualTo("ab…");
    }

    @Test
    void oneLineFoldsNewlinesAndTabs() {
        assertThat(DisplayWidth.oneLine("  first\n\tsecond \r\n third  ")).isEqualTo("first second third");
        assertThat(DisplayWidth.oneLine("bell\u0007 gone")).isEqualTo("bell gone");
        assertThat(DisplayWidth.oneLine("█   ▁▃")).isEqualTo("█   ▁▃");
        assertThat(DisplayWidth.oneLine(null)).isEmpty();
    }

    @Test
    void paddingCountsColumnsNotChars() {
        assertThat(DisplayWidth.padRight("罗", 4)).isEqualTo("罗  ");
        assertThat(DisplayWidth.padLeft("7", 3)).isEqualTo("  7");
    }
}
