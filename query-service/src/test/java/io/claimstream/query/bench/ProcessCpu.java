package io.claimstream.query.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time used so far by the service, the database and this load generator. Latency on a shared
 * 2-core machine mostly measures the other work; CPU time per request is what a change to the
 * read path moves. The service's pid and the postmaster's pid come from the launching script
 * (bench.service-pid, bench.db-pid); the database's time is the postmaster's and all its
 * backends' (and of those that exited). Linux only: without the pids, or without /proc, zero.
 */
record ProcessCpu(long serviceNanos, long databaseNanos, long generatorNanos) {

    /** USER_HZ: 100 on every Linux architecture the JDK runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    static ProcessCpu now() {
        long service = Long.getLong("bench.service-pid", -1);
        long database = Long.getLong("bench.db-pid", -1);
        Map<Long, long[]> table = service < 0 && database < 0 ? Map.of() : processTable();
        return new ProcessCpu(tree(table, service), tree(table, database), generator());
    }

    ProcessCpu minus(ProcessCpu before) {
        return new ProcessCpu(serviceNanos - before.serviceNanos, databaseNanos - before.databaseNanos,
                generatorNanos - before.generatorNanos);
    }

    ProcessCpu plusGenerator(long nanos) {
        return new ProcessCpu(serviceNanos, databaseNanos, generatorNanos + nanos);
    }

    /**
     * CPU time the service's JIT compiler threads ("C1 CompilerThre", "C2 CompilerThre" in /proc) have
     * used so far; -1 without the service's pid or /proc.
     */
    static long serviceCompilerNanos() {
        long service = Long.getLong("bench.service-pid", -1);
        if (service < 0) {
            return -1;
        }
        long ticks = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc", Long.toString(service), "task"))) {
            for (Path thread : threads) {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.contains("CompilerThre")) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while it was read
                }
            }
        } catch (IOException noProc) {
            return -1;
        }
        return ticks * NANOS_PER_TICK;
    }

    /** CPU time of this JVM's child processes that have ended and been waited for (cutime + cstime). */
    static long waitedForChildrenNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException noProc) {
            return 0;
        }
    }

    /** CPU milliseconds per request of the service, the database and the generator. */
    double[] perRequest(int requests) {
        double n = Math.max(1, requests) * 1e6;
        return new double[] {serviceNanos / n, databaseNanos / n, generatorNanos / n};
    }

    private static long generator() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long tree(Map<Long, long[]> table, long root) {
        if (root < 0) {
            return 0;
        }
        long ticks = 0;
        List<Long> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            long pid = pending.remove(pending.size() - 1);
            long[] entry = table.get(pid);
            if (entry != null) {
                ticks += entry[1];
            }
            table.forEach((child, e) -> {
                if (e[0] == pid) {
                    pending.add(child);
                }
            });
        }
        return ticks * NANOS_PER_TICK;
    }

    /** pid to {parent pid, utime + stime + cutime + cstime in ticks}. */
    private static Map<Long, long[]> processTable() {
        Map<Long, long[]> table = new HashMap<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    // after the command name, which may hold spaces and parentheses
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // f[0] is field 3 (state): ppid is field 4, utime..cstime fields 14..17
                    table.put(Long.parseLong(process.getFileName().toString()), new long[] {Long.parseLong(f[1]),
                            Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14])});
                } catch (IOException | RuntimeException gone) {
                    // the process ended while the table was read
                }
            }
        } catch (IOException noProc) {
            return Map.of();
        }
        return table;
    }
}
