package io.claimstream.cli.ingest;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One thing to ingest: a file (read only when its turn comes, so a folder of thousands costs no
 * memory up front) or standard input.
 */
public record Source(String label, Optional<Path> path, String title, String mediaType, long size) {

    public static final String STDIN = "-";

    public static Source file(Path path, String label, String mediaType, long size) {
        return new Source(label, Optional.of(path), path.getFileName().toString(), mediaType, size);
    }

    public static Source stdin(String title, String mediaType) {
        return new Source(STDIN, Optional.empty(), title, mediaType, -1);
    }
}
