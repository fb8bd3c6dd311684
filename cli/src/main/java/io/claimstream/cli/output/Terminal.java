package io.claimstream.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** What the command knows about where its output goes. */
public record Terminal(int width, boolean stdoutIsTerminal, boolean stderrIsTerminal, boolean noColour) {

    public static final int DEFAULT_WIDTH = 120;
    private static final int NARROWEST = 40;

    public static Terminal detect(Map<String, String> env) {
        boolean stdoutTty = System.console() != null;
        return new Terminal(width(env), stdoutTty, stdoutTty || isTerminal(2), env.containsKey("NO_COLOR"));
    }

    /** {@code COLUMNS} when the shell exports it, else 120. */
    public static int width(Map<String, String> env) {
        String columns = env.get("COLUMNS");
        if (columns != null) {
            try {
                return Math.max(NARROWEST, Integer.parseInt(columns.trim()));
            } catch (NumberFormatException ignored) {
                // a malformed COLUMNS is as good as none
            }
        }
        return DEFAULT_WIDTH;
    }

    /** Colours only on a terminal: escape codes in a file or a pipe are noise. */
    public Style style() {
        return new Style(stdoutIsTerminal && !noColour);
    }

    public Style errStyle() {
        return new Style(stderrIsTerminal && !noColour);
    }

    /**
     * Java 17 can only tell whether both stdin and stdout are terminals; progress goes to stderr,
     * which stays a terminal when stdout is redirected to a file. On Linux the descriptor's link
     * says so.
     */
    private static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
