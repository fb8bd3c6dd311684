package io.claimstream.query.search;

import io.claimstream.common.errors.ApiException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks query parameters and says exactly what to fix when one is wrong. */
public final class RequestParams {

    public static final Set<String> CLAIM_TYPES = Set.of("opinion", "prediction", "recommendation", "fact");
    public static final Set<String> OUTCOMES = Set.of("true", "false", "partly");
    private static final String INVALID = "invalid_parameter";

    private RequestParams() {
    }

    public record Paging(int page, int size) {
        public long offset() {
            return (long) page * size;
        }
    }

    /** Page and size as sent: absent means the default, anything but an integer is refused. */
    public static Paging paging(String page, String size, int defaultSize, int maxSize) {
        int p = integer("page", page, 0);
        int s = integer("size", size, defaultSize);
        if (p < 0) {
            throw ApiException.badRequest(INVALID, "page must be 0 or more (got " + p + ")");
        }
        if (s < 1 || s > maxSize) {
            throw ApiException.badRequest(INVALID, "size must be between 1 and " + maxSize + " (got " + s + ")");
        }
        if ((long) p * s > Integer.MAX_VALUE) {
            throw ApiException.badRequest(INVALID, "page " + p + " is beyond any result; use a smaller page");
        }
        return new Paging(p, s);
    }

    /** A bound such as a list's length: absent means the default, else a whole number from 1 to {@code max}. */
    public static int limit(String name, String value, int fallback, int max) {
        int n = integer(name, value, fallback);
        if (n < 1 || n > max) {
            throw ApiException.badRequest(INVALID, name + " must be between 1 and " + max + " (got " + n + ")");
        }
        return n;
    }

    public static Boolean bool(String name, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.badRequest(INVALID, name + " must be true or false (got '" + value + "')");
        };
    }

    private static int integer(String name, String value, int fallback) {
        String v = blankToNull(value);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(INVALID, name + " must be a whole number (got '" + value + "')");
        }
    }

    /** A {@code from} date: {@code 2026-06-12}, or a month or year meaning its first day. */
    public static LocalDate from(String name, String value) {
        return date(name, value, false);
    }

    /** A {@code to} date: {@code 2026-06-12}, or a month or year meaning its last day. */
    public static LocalDate to(String name, String value) {
        return date(name, value, true);
    }

    public static void order(String fromName, LocalDate from, String toName, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest(INVALID, fromName + " (" + from + ") is after " + toName + " (" + to + ")");
        }
    }

    public static String type(String value) {
        String type = blankToNull(value);
        if (type == null) {
            return null;
        }
        type = type.toLowerCase(Locale.ROOT);
        if (!CLAIM_TYPES.contains(type)) {
            throw ApiException.badRequest(INVALID, "type must be one of opinion, prediction, recommendation, fact (got '"
                    + value + "')");
        }
        return type;
    }

    /** The search mode: false for {@code fulltext} (the default), true for {@code semantic}. */
    public static boolean semantic(String value) {
        String mode = blankToNull(value);
        if (mode == null) {
            return false;
        }
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "fulltext" -> false;
            case "semantic" -> true;
            default -> throw ApiException.badRequest(INVALID, "mode must be fulltext or semantic (got '" + value + "')");
        };
    }

    public static String outcome(String value) {
        String outcome = blankToNull(value);
        if (outcome == null) {
            return null;
        }
        outcome = outcome.toLowerCase(Locale.ROOT);
        if (!OUTCOMES.contains(outcome)) {
            throw ApiException.badRequest(INVALID, "outcome must be true, false or partly (got '" + value + "')");
        }
        return outcome;
    }

    /** A comma-separated list: blanks dropped, at least {@code min} and at most {@code max} entries. */
    public static List<String> list(String name, String value, int min, int max) {
        List<String> items = value == null ? List.of()
                : java.util.Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (items.size() < min || items.size() > max) {
            throw ApiException.badRequest(INVALID, name + " must list between " + min + " and " + max
                    + " comma-separated values (got " + items.size() + ")");
        }
        return items;
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String name, String value, boolean end) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return switch (v.length()) {
                case 10 -> LocalDate.parse(v);
                case 7 -> end ? YearMonth.parse(v).atEndOfMonth() : YearMonth.parse(v).atDay(1);
                case 4 -> end ? LocalDate.of(Integer.parseInt(v), 12, 31) : LocalDate.of(Integer.parseInt(v), 1, 1);
                default -> throw new DateTimeParseException("unexpected length", v, 0);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw ApiException.badRequest(INVALID, name + " must be a date like 2026-06-12 (or 2026-06, or 2026); got '"
                    + value + "'");
        }
    }
}
