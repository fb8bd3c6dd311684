package io.claimstream.query.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One timed scenario driven by wrk (Debian's {@code wrk}): {@code clients} keep-alive connections
 * on two threads cycle through the scenario's request paths for as long as the Java generator would
 * take at most. wrk's event loop costs a small fraction of a millisecond of CPU per request, where
 * the Java client costs one to two, so on a 2-core machine more of the CPU is left to the service
 * and the database. Latency percentiles are wrk's (exact to its microsecond histogram).
 */
final class WrkRun {

    private static final Pattern RESULT = Pattern.compile(
            "RESULT requests=(\\d+) errors=(\\d+) micros=(\\d+) p50=([\\d.]+) p90=([\\d.]+) p99=([\\d.]+) max=([\\d.]+)");

    private final Path wrk;
    private final String base;
    private final int clients;

    WrkRun(Path wrk, String base, int clients) {
        this.wrk = wrk;
        this.base = base;
        this.clients = clients;
    }

    LoadRun.Result run(String name, int paths, Duration limit, IntFunction<String> path) throws Exception {
        Path script = Files.createTempFile("claimstream-wrk-", ".lua");
        try {
            Files.writeString(script, script(paths, path), StandardCharsets.UTF_8);
            Duration duration = duration(limit);
            List<String> command = List.of(wrk.toString(), "-t", "2", "-c", Integer.toString(clients),
                    "-d", duration.toSeconds() + "s", "--timeout", "60s", "-s", script.toString(), base);
            ProcessCpu before = ProcessCpu.now();
            long childrenBefore = ProcessCpu.waitedForChildrenNanos();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(duration.toSeconds() + 120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("wrk failed: " + output);
            }
            // wrk is a child of this JVM: its CPU, once it has been waited for, is the generator's
            ProcessCpu used = ProcessCpu.now().minus(before)
                    .plusGenerator(ProcessCpu.waitedForChildrenNanos() - childrenBefore);
            Matcher m = RESULT.matcher(output);
            if (!m.find()) {
                throw new IOException("no result line from wrk: " + output);
            }
            int requests = Integer.parseInt(m.group(1));
            double seconds = Long.parseLong(m.group(3)) / 1e6;
            return new LoadRun.Result(name + " (wrk)", requests, Integer.parseInt(m.group(2)),
                    ms(m.group(4)), ms(m.group(5)), ms(m.group(6)), ms(m.group(7)), requests / seconds,
                    used.perRequest(requests));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** Sends the scenario's requests for {@code duration}, measuring nothing: a warm-up. */
    void drive(int paths, Duration duration, IntFunction<String> path) throws Exception {
        Path script = Files.createTempFile("claimstream-wrk-", ".lua");
        try {
            Files.writeString(script, script(paths, path), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(wrk.toString(), "-t", "2", "-c", Integer.toString(clients),
                    "-d", duration.toSeconds() + "s", "--timeout", "60s", "-s", script.toString(), base)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("wrk did not end");
            }
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** As long as the scenario would be let run, but no more than 30 s: enough for stable percentiles. */
    private static Duration duration(Duration limit) {
        long seconds = Math.max(5, Math.min(30, limit.toSeconds()));
        return Duration.ofSeconds(Long.getLong("bench.wrk-seconds", seconds));
    }

    private static double ms(String micros) {
        return Double.parseDouble(micros) / 1000;
    }

    /** A wrk script cycling through {@code paths} request paths; each thread starts at its own offset. */
    static String script(int paths, IntFunction<String> path) {
        List<String> quoted = new ArrayList<>();
        for (int i = 0; i < paths; i++) {
            quoted.add('"' + path.apply(i).replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return "local paths = {" + String.join(",\n", quoted) + "}\n"
                + "local i = math.random(#paths)\n"
                + "request = function()\n"
                + "  i = i % #paths + 1\n"
                + "  return wrk.format(\"GET\", paths[i])\n"
                + "end\n"
                + "done = function(summary, latency, requests)\n"
                + "  local e = summary.errors\n"
                + "  io.write(string.format(\"RESULT requests=%d errors=%d micros=%d p50=%.1f p90=%.1f p99=%.1f max=%.1f\\n\",\n"
                + "    summary.requests, e.connect + e.read + e.write + e.status + e.timeout, summary.duration,\n"
                + "    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))\n"
                + "end\n";
    }
}
