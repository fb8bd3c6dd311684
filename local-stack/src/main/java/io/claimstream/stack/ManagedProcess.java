package io.claimstream.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A server process this tool started: its log goes to a file, and its pid is written to a file
 * so that a later {@code down} (another JVM) can stop it.
 */
public final class ManagedProcess {

    private static final Duration GRACE = Duration.ofSeconds(20);

    private final String name;
    private final ProcessHandle handle;
    private final Path pidFile;

    private ManagedProcess(String name, ProcessHandle handle, Path pidFile) {
        this.name = name;
        this.handle = handle;
        this.pidFile = pidFile;
    }

    public static ManagedProcess start(String name, List<String> command, Map<String, String> env,
                                       RunDirectory run) throws IOException {
        Path log = run.logFile(name);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        Process process = builder.start();
        Path pidFile = run.pidFile(name);
        Files.writeString(pidFile, Long.toString(process.pid()));
        return new ManagedProcess(name, process.toHandle(), pidFile);
    }

    /** The process recorded under {@code name} in the run directory, if it is still alive. */
    public static Optional<ManagedProcess> find(String name, RunDirectory run) {
        Path pidFile = run.pidFile(name);
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .map(handle -> new ManagedProcess(name, handle, pidFile));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return handle.pid();
    }

    public boolean isAlive() {
        return handle.isAlive();
    }

    /** SIGTERM, then SIGKILL if it has not ended within the grace period. */
    public void stop() {
        terminate(false);
    }

    /** SIGKILL at once, as a crash would: for fault tests. */
    public void kill() {
        terminate(true);
    }

    private void terminate(boolean force) {
        if (handle.isAlive()) {
            if (force) {
                handle.destroyForcibly();
            } else {
                handle.destroy();
            }
            try {
                handle.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception timeout) {
                handle.destroyForcibly();
                handle.onExit().join();
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is re-checked for liveness before use
        }
    }
}
