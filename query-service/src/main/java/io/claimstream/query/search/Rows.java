package io.claimstream.query.search;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Converts the values of native-query rows, whose Java types depend on the driver and on
 * Hibernate's type inference, into the types the views use.
 */
public final class Rows {

    private Rows() {
    }

    public static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String[] strings) {
            return List.of(strings);
        }
        if (value instanceof Object[] objects) {
            return Arrays.stream(objects).map(String::valueOf).toList();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        if (value instanceof Array array) {
            try {
                return strings(array.getArray());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read a text[] value", e);
            }
        }
        throw new IllegalArgumentException("not an array: " + value.getClass());
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    public static String isoDate(Object value) {
        LocalDate date = date(value);
        return date == null ? null : date.toString();
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant();
        }
        return Instant.parse(value.toString());
    }

    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
