package io.claimstream.cli.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The media type ingest expects for each kind of file people keep transcripts in. */
public final class ContentTypes {

    public static final String PLAIN = "text/plain";

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "txt", PLAIN,
            "md", "text/markdown",
            "markdown", "text/markdown",
            "html", "text/html",
            "htm", "text/html",
            "vtt", "text/vtt",
            "srt", "application/x-subrip");

    /** Extensions a folder walk picks up; anything else in a folder (images, PDFs, notes to self) is left alone. */
    public static final Set<String> FOLDER_EXTENSIONS = Set.of("txt", "md", "html", "htm", "vtt", "srt");

    private ContentTypes() {
    }

    public static Optional<String> forFileName(String fileName) {
        return extension(fileName).map(BY_EXTENSION::get);
    }

    public static boolean pickedUpInFolders(String fileName) {
        return extension(fileName).filter(FOLDER_EXTENSIONS::contains).isPresent();
    }

    /** The header value: every payload is sent as UTF-8 (see {@link Payload}). */
    public static String header(String mediaType) {
        return mediaType + "; charset=utf-8";
    }

    static Optional<String> extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
