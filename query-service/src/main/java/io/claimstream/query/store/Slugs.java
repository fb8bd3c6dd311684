package io.claimstream.query.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable, URL-safe ids for people: {@code Luo Fuli} becomes {@code luo-fuli}. */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    public static String of(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)).replaceAll("");
        String slug = SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimDashes(slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH) : slug);
        return slug.isEmpty() ? "speaker" : slug;
    }

    /** The id to try after {@code attempt} earlier candidates were taken by other people. */
    public static String candidate(String slug, int attempt) {
        return attempt == 0 ? slug : slug + "-" + (attempt + 1);
    }

    private static String trimDashes(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) == '-') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == '-') {
            end--;
        }
        return value.substring(start, end);
    }
}
