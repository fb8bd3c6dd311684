package io.claimstream.analysis.quantities;

import java.util.Locale;
import java.util.Map;

/** The value of a number written in words as speakers say figures: "forty-five", "eleven", "a hundred", "two thousand". */
public final class WordedNumbers {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12);

    private WordedNumbers() {
    }

    /** "forty-five" 45, "a hundred" 100, "two thousand" 2000; words it does not know add nothing. */
    public static double value(String written) {
        double total = 0;
        for (String word : written.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            Double scale = SCALES.get(word);
            if (scale != null) {
                total = Math.max(1, total) * scale;
            } else {
                total += WORDS.getOrDefault(word, 0);
            }
        }
        return total;
    }
}
