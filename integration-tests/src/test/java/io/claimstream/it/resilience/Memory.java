package io.claimstream.it.resilience;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process from /proc: now (VmRSS) and the most it ever held (VmHWM). */
final class Memory {

    private Memory() {
    }

    static long currentKilobytes(long pid) {
        return field(pid, "VmRSS:");
    }

    static long peakKilobytes(long pid) {
        return field(pid, "VmHWM:");
    }

    private static long field(long pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
