package io.claimstream.cli.output;

import java.util.List;

/** A row of block characters, one per value, scaled to the largest: a trend readable at a glance. */
public final class Sparkline {

    private static final char[] BARS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private Sparkline() {
    }

    public static String of(List<Long> values) {
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        StringBuilder line = new StringBuilder(values.size());
        for (long value : values) {
            if (value <= 0 || max == 0) {
                line.append(value <= 0 ? ' ' : BARS[0]);
            } else {
                int level = (int) Math.round((double) value / max * (BARS.length - 1));
                line.append(BARS[Math.max(0, Math.min(BARS.length - 1, level))]);
            }
        }
        return line.toString();
    }
}
