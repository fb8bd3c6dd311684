package io.claimstream.parse;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats the parser knows. A request may name one to override detection; the parsed
 * document reports the one that was used, by its {@link #wireName()}.
 */
public enum Format {
    AUTO("auto"),
    /** An article or any prose without speaker turns. */
    PLAIN("plain"),
    MARKDOWN("markdown"),
    /** Speaker turns ({@code Name: text}) from the start, perhaps after a short introduction. */
    TRANSCRIPT("transcript"),
    /** Interview in question-and-answer form ({@code Q:} / {@code A:}, {@code Interviewer:}). */
    QA("qa"),
    /** An article or summary followed by a transcript. */
    MIXED("mixed"),
    /** Lines starting with recording times ({@code [00:02]}, {@code 00:01:05}). */
    TIMESTAMPED("timestamped"),
    HTML("html"),
    WEBVTT("webvtt"),
    SRT("srt");

    private final String wireName;

    Format(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The format a request names; empty for an unknown name. Null or blank means {@link #AUTO}. */
    public static Optional<Format> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(AUTO);
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "text", "txt", "article", "text/plain" -> Optional.of(PLAIN);
            case "md", "text/markdown" -> Optional.of(MARKDOWN);
            case "vtt", "text/vtt" -> Optional.of(WEBVTT);
            case "subrip", "application/x-subrip" -> Optional.of(SRT);
            case "htm", "text/html" -> Optional.of(HTML);
            case "interview", "q&a" -> Optional.of(QA);
            default -> {
                for (Format format : values()) {
                    if (format.wireName.equals(key)) {
                        yield Optional.of(format);
                    }
                }
                yield Optional.empty();
            }
        };
    }
}
