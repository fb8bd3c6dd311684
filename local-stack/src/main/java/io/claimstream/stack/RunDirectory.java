package io.claimstream.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one folder that holds a local stack's data, logs and pid files. */
public record RunDirectory(Path root) {

    public RunDirectory {
        root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root.resolve("logs"));
            Files.createDirectories(root.resolve("pids"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run directory " + root, e);
        }
    }

    public Path logFile(String name) {
        return root.resolve("logs").resolve(name + ".log");
    }

    public Path pidFile(String name) {
        return root.resolve("pids").resolve(name + ".pid");
    }

    public Path dataDir(String name) {
        return root.resolve(name);
    }
}
