package io.claimstream.analysis.predictions;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The probability a prediction states: a percentage ({@code below 20%}, {@code a 70% chance}) or
 * words ({@code definitely} 0.95, {@code quite high} 0.7, {@code likely} 0.7, {@code might} 0.4,
 * {@code unlikely} 0.25). Null when the claim states none.
 */
public final class ProbabilityReader {

    private static final Pattern PERCENT = Pattern.compile(
            "(?i)\\b(below|under|less than|more than|over|above|at least|at most|about|around|roughly)?\\s*(an? )?"
                    + "(\\d{1,3}(?:\\.\\d+)?)\\s*(%|percent)(\\s+(chance|probability|likelihood|odds))?");
    private static final Pattern PROBABILITY_CONTEXT = Pattern.compile(
            "(?i).*\\b(chance|probability|likelihood|odds|likely|optimistic|predict|bet|percentage)\\b.*");

    public Double read(String claim) {
        String lower = claim.toLowerCase(Locale.ROOT);
        Matcher m = PERCENT.matcher(claim);
        if (m.find() && (m.group(6) != null || m.group(1) != null || PROBABILITY_CONTEXT.matcher(lower).matches())) {
            return Math.min(1.0, Double.parseDouble(m.group(3)) / 100.0);
        }
        if (lower.matches("(?s).*\\b(very|extremely) (high|likely)\\b.*|.*\\bhighly likely\\b.*")) {
            return 0.85;
        }
        if (lower.matches("(?s).*\\b(very|extremely) (low|unlikely)\\b.*|.*\\bhighly unlikely\\b.*")) {
            return 0.1;
        }
        if (lower.matches("(?s).*\\b(definitely|certainly|surely|for sure|no doubt|inevitabl[ey]|guaranteed)\\b.*")) {
            return 0.95;
        }
        if (lower.matches("(?s).*\\b(unlikely|low (chance|probability|odds)|(probability|chance|odds|likelihood)"
                + "( \\w+){0,2} (is|are) (quite |rather |pretty |fairly )?low|(isn['’]t|is not) that high)\\b.*")) {
            return 0.25;
        }
        if (lower.matches("(?s).*\\b((quite |rather |pretty |fairly )?high (chance|probability|odds)|(probability|chance|"
                + "odds|likelihood)( \\w+){0,2} (is|are) (quite |rather |pretty |fairly )?high|likely|probably)\\b.*")) {
            return 0.7;
        }
        if (lower.matches("(?s).*\\b(might|may|maybe|could|possibl[ey]|perhaps)\\b.*")) {
            return 0.4;
        }
        return null;
    }
}
