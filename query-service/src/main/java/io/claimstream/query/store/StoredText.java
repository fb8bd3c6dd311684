package io.claimstream.query.store;

/**
 * Text as PostgreSQL can hold it. A {@code text} value may not contain NUL; replacing it with
 * U+FFFD keeps every UTF-16 offset, so spans still point at the same characters.
 */
public final class StoredText {

    private StoredText() {
    }

    public static String of(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }

    public static String[] array(java.util.List<String> values) {
        return values == null ? new String[0]
                : values.stream().filter(v -> v != null && !v.isBlank()).map(StoredText::of).distinct().toArray(String[]::new);
    }
}
