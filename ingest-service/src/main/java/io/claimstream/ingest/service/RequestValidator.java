package io.claimstream.ingest.service;

import io.claimstream.common.errors.ApiException;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.Format;
import io.claimstream.parse.text.Chars;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Checks a submitted document before anything is published, and normalises the metadata that has
 * a fixed form ({@code published} becomes an ISO date or month). Plain Java so it is unit-tested
 * without a server.
 */
public final class RequestValidator {

    public static final String EMPTY_TEXT = "empty_text";
    public static final String TOO_LARGE = "payload_too_large";
    public static final String TOO_MANY_TURNS = "too_many_turns";
    public static final String INVALID_PUBLISHED = "invalid_published";
    public static final String INVALID_FORMAT = "invalid_format";

    private final int maxTextBytes;
    private final int maxTurns;

    public RequestValidator(int maxTextBytes, int maxTurns) {
        this.maxTextBytes = maxTextBytes;
        this.maxTurns = maxTurns;
    }

    public int maxTextBytes() {
        return maxTextBytes;
    }

    /** The document with normalised metadata, or an {@link ApiException} saying what to fix. */
    public RawDocument validate(RawDocument raw) {
        if (raw == null || raw.text() == null || isBlank(raw.text())) {
            throw ApiException.badRequest(EMPTY_TEXT, "'text' is required and must contain more than whitespace");
        }
        long bytes = utf8Length(raw.text());
        if (bytes > maxTextBytes) {
            throw tooLarge(bytes);
        }
        if (Format.named(raw.format()).isEmpty()) {
            throw ApiException.badRequest(INVALID_FORMAT, "unknown format '" + raw.format() + "'; use one of "
                    + Arrays.stream(Format.values()).map(Format::wireName).collect(Collectors.joining(", ")));
        }
        return new RawDocument(raw.text(), trim(raw.title()), trim(raw.source()), trim(raw.url()),
                published(raw.published()), trim(raw.language()), trim(raw.format()));
    }

    /** Refuses a parsed document with more turns than the configured limit. */
    public void checkStructure(ParsedDocument parsed) {
        if (parsed.turns().size() > maxTurns) {
            throw new ApiException(413, TOO_MANY_TURNS, "the document has " + parsed.turns().size()
                    + " speaker turns; the limit is " + maxTurns);
        }
    }

    public ApiException tooLarge(long bytes) {
        return new ApiException(413, TOO_LARGE, "the text is " + (bytes < 0 ? "more than " + maxTextBytes : bytes)
                + " bytes of UTF-8; the limit is " + maxTextBytes + " bytes");
    }

    /** {@code 2026-06-12}, {@code 2026-06}, or a date-time whose date is kept. */
    static String published(String value) {
        String s = trim(value);
        if (s == null) {
            return null;
        }
        try {
            if (s.length() == 7) {
                return YearMonth.parse(s).toString();
            }
            if (s.length() == 10) {
                return LocalDate.parse(s).toString();
            }
            try {
                return OffsetDateTime.parse(s).toLocalDate().toString();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(s).toLocalDate().toString();
            }
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(INVALID_PUBLISHED, "'published' must be an ISO date (2026-06-12) or month"
                    + " (2026-06); got '" + s + "'");
        }
    }

    /** Bytes the text takes as UTF-8, without encoding it. */
    public static long utf8Length(CharSequence text) {
        long bytes = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** Blank including no-break and zero-width spaces, which pasted web text may consist of. */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Chars.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
