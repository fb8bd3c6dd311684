package io.claimstream.analysis.quantities;

import java.util.Locale;

/**
 * The small counts a writer spells out in a rate ("one in five", "two in three", "nine in ten"): shared by the
 * quantity finder, which reports the rate as a share, and the probability reader, which reads it as odds.
 */
public final class WrittenCounts {

    private WrittenCounts() {
    }

    /** The count written as a word or as digits; "a" counts as one, as in "a hundred". */
    public static int count(String written) {
        return switch (written.toLowerCase(Locale.ROOT)) {
            case "one", "a" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "twenty" -> 20;
            case "a hundred" -> 100;
            default -> Math.max(1, Integer.parseInt(written));
        };
    }
}
