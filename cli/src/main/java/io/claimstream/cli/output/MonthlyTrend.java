package io.claimstream.cli.output;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per month ({@code 2026-01 → 5}) as a continuous series: the API lists only months that
 * have claims, and a sparkline of those alone would draw January and June side by side.
 */
public record MonthlyTrend(YearMonth first, YearMonth last, List<Long> counts) {

    /** The last {@code maxMonths} months up to the latest one with a count; empty when nothing parses. */
    public static MonthlyTrend of(Map<String, Long> byMonth, int maxMonths) {
        TreeMap<YearMonth, Long> months = new TreeMap<>();
        byMonth.forEach((month, count) -> {
            try {
                months.merge(YearMonth.parse(month), count, Long::sum);
            } catch (DateTimeParseException ignored) {
                // an unknown month ("unknown", "") has no place on a time line
            }
        });
        if (months.isEmpty()) {
            return new MonthlyTrend(null, null, List.of());
        }
        YearMonth last = months.lastKey();
        YearMonth first = months.firstKey();
        if (first.plusMonths(maxMonths - 1L).isBefore(last)) {
            first = last.minusMonths(maxMonths - 1L);
        }
        List<Long> counts = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            counts.add(months.getOrDefault(m, 0L));
        }
        return new MonthlyTrend(first, last, counts);
    }

    public String range() {
        if (first == null) {
            return "";
        }
        return first.equals(last) ? first.toString() : first + ".." + last;
    }

    public String sparkline() {
        return Sparkline.of(counts);
    }
}
