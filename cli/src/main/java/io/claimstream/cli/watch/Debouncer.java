package io.claimstream.cli.watch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides when a file in a watched folder is ready to send: once its size and modification time
 * have stayed the same for the quiet period, so that a transcript still being written or copied
 * is sent once, complete, and not in pieces. A file is offered again only after it changes.
 */
public final class Debouncer {

    /** What a scan sees of a file. */
    public record Stamp(long size, long modifiedMillis) {
    }

    private record State(Stamp stamp, long changedAt, boolean offered) {
    }

    private final long quietMillis;
    private final Map<Path, State> states = new HashMap<>();

    public Debouncer(long quietMillis) {
        this.quietMillis = quietMillis;
    }

    /** Marks what is there now as already offered: {@code watch --new-only} ignores files present at the start. */
    public void baseline(Map<Path, Stamp> scan, long now) {
        scan.forEach((path, stamp) -> states.put(path, new State(stamp, now, true)));
    }

    /** Files that have settled since the last call, in path order. */
    public List<Path> observe(Map<Path, Stamp> scan, long now) {
        states.keySet().retainAll(scan.keySet());
        List<Path> ready = new ArrayList<>();
        scan.forEach((path, stamp) -> {
            State state = states.get(path);
            if (state == null || !state.stamp().equals(stamp)) {
                states.put(path, new State(stamp, now, false));
            } else if (!state.offered() && now - state.changedAt() >= quietMillis) {
                states.put(path, new State(stamp, state.changedAt(), true));
                ready.add(path);
            }
        });
        ready.sort(null);
        return ready;
    }
}
