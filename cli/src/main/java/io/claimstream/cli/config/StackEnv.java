package io.claimstream.cli.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code claimstream up} left in its run directory: {@code stack.env} (KEY=VALUE lines with
 * the URLs it started) and {@code api-key} (the write credential). Absent files mean "no local
 * stack", not an error: the command then falls back to the default ports.
 */
public record StackEnv(Map<String, String> values, Optional<String> apiKey) {

    public static final String ENV_FILE = "stack.env";
    public static final String API_KEY_FILE = "api-key";

    public StackEnv {
        values = Map.copyOf(values);
    }

    public static StackEnv read(Path runDir) {
        return new StackEnv(parse(lines(runDir.resolve(ENV_FILE))),
                lines(runDir.resolve(API_KEY_FILE)).stream().map(String::trim).filter(s -> !s.isEmpty()).findFirst());
    }

    /** KEY=VALUE per line; blank lines and {@code #} comments skipped; an optional {@code export } prefix and quotes tolerated. */
    static Map<String, String> parse(List<String> lines) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String value = line.substring(eq + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            values.put(line.substring(0, eq).strip(), value);
        }
        return values;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
