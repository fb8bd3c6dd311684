package io.claimstream.query.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A document's publication date as a day to sort and filter on. A month ({@code 2026-06}) or a
 * year counts as its first day; anything else is kept only as written.
 */
public final class PublishedDate {

    private PublishedDate() {
    }

    /** The first day of the period written. */
    public static Optional<LocalDate> parse(String published) {
        return parse(published, false);
    }

    /** The last day of the period written: a horizon of {@code 2026} ends on 31 December 2026. */
    public static Optional<LocalDate> parseEnd(String written) {
        return parse(written, true);
    }

    /** {@code day}, {@code month} or {@code year}, by how the date is written; null when it is not a date. */
    public static String precision(String written) {
        if (parse(written).isEmpty()) {
            return null;
        }
        return switch (written.strip().length()) {
            case 4 -> "year";
            case 7 -> "month";
            default -> "day";
        };
    }

    private static Optional<LocalDate> parse(String written, boolean end) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String value = written.strip();
        try {
            if (value.length() > 10 && value.charAt(10) == 'T') {
                value = value.substring(0, 10);
            }
            return switch (value.length()) {
                case 10 -> Optional.of(LocalDate.parse(value));
                case 7 -> Optional.of(end ? YearMonth.parse(value).atEndOfMonth() : YearMonth.parse(value).atDay(1));
                case 4 -> Optional.of(end ? LocalDate.of(Integer.parseInt(value), 12, 31)
                        : LocalDate.of(Integer.parseInt(value), 1, 1));
                default -> Optional.empty();
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
