package io.claimstream.cli.ingest;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * The live progress line on stderr. On a terminal it is redrawn in place; elsewhere (a log file,
 * a CI job) a line is printed every few seconds instead, so the log shows progress without a
 * carriage-return mess. Notes such as errors are printed above the line as they happen.
 */
public final class ProgressDisplay {

    private static final String CLEAR_TO_END = "\u001B[K";
    private static final long QUIET_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean live;
    private final Supplier<String> line;
    private long lastPrinted = System.nanoTime();
    private boolean drawn;

    public ProgressDisplay(PrintWriter err, boolean live, Supplier<String> line) {
        this.err = err;
        this.live = live;
        this.line = line;
    }

    public synchronized void refresh() {
        if (live) {
            err.print("\r" + line.get() + CLEAR_TO_END);
            err.flush();
            drawn = true;
        } else if (System.nanoTime() - lastPrinted >= QUIET_INTERVAL_NANOS) {
            err.println(line.get());
            err.flush();
            lastPrinted = System.nanoTime();
        }
    }

    public synchronized void note(String text) {
        if (live && drawn) {
            err.print("\r" + CLEAR_TO_END);
        }
        err.println(text);
        if (live) {
            drawn = false;
            refresh();
        }
        err.flush();
    }

    /** The final reading, on a line of its own. */
    public synchronized void finish() {
        if (live) {
            err.print("\r" + line.get() + CLEAR_TO_END);
            err.println();
        } else {
            err.println(line.get());
        }
        err.flush();
    }
}
