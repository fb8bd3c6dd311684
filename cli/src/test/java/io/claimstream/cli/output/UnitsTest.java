package io.claimstream.cli.output;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnitsTest {

    @Test
    void bytesInBinaryUnits() {
        assertThat(Units.bytes(0)).isEqualTo("0 B");
        assertThat(Units.bytes(1023)).isEqualTo("1023 B");
        assertThat(Units.bytes(1536)).isEqualTo("1.5 KiB");
        assertThat(Units.bytes(10L * 1024 * 1024)).isEqualTo("10.0 MiB");
        assertThat(Units.bytes(300L * 1024 * 1024)).isEqualTo("300 MiB");
    }

    @Test
    void durations() {
        assertThat(Units.duration(Duration.ofMillis(7300))).isEqualTo("7.3 s");
        assertThat(Units.duration(Duration.ofSeconds(125))).isEqualTo("2:05");
        assertThat(Units.duration(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
    }

    @Test
    void countsAgreeInNumber() {
        assertThat(Units.count(1, "file", "files")).isEqualTo("1 file");
        assertThat(Units.count(0, "file", "files")).isEqualTo("0 files");
    }

    @Test
    void monthlyTrendFillsTheMonthsWithoutClaims() {
        MonthlyTrend trend = MonthlyTrend.of(java.util.Map.of("2026-01", 8L, "2026-04", 4L, "unknown", 3L), 24);

        assertThat(trend.counts()).containsExactly(8L, 0L, 0L, 4L);
        assertThat(trend.range()).isEqualTo("2026-01..2026-04");
        assertThat(trend.sparkline()).isEqualTo("█  ▅");
    }

    @Test
    void monthlyTrendKeepsTheLatestMonths() {
        MonthlyTrend trend = MonthlyTrend.of(java.util.Map.of("2020-01", 1L, "2026-06", 2L), 3);

        assertThat(trend.range()).isEqualTo("2026-04..2026-06");
        assertThat(trend.counts()).containsExactly(0L, 0L, 2L);
        assertThat(MonthlyTrend.of(java.util.Map.of(), 3).range()).isEmpty();
    }

    @Test
    void sparklineScalesToTheLargestValue() {
        assertThat(Sparkline.of(List.of(0L, 1L, 4L, 8L))).isEqualTo(" ▂▅█");
        assertThat(Sparkline.of(List.of())).isEmpty();
    }
}
