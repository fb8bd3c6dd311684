package io.claimstream.bench;

import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Single-thread parse time of plain transcripts from 1 KB to 10 MB; MB/s = size / time. Cost
 * should grow linearly with size. Each iteration also prints MB per second of the benchmark
 * thread's own CPU time, and the trial its median: on a shared machine wall time includes
 * waiting for a core, thread CPU time does not. On a loaded machine the JIT needs more warm-up
 * than the default here: add {@code -wi 12}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ParseBenchmark {

    @Param({"1024", "10240", "102400", "1048576", "10485760"})
    public int bytes;

    private final DocumentParser parser = new DocumentParser();
    private RawDocument document;

    @Setup
    public void setUp() {
        document = new RawDocument(SyntheticTranscript.ofSize(bytes), "bench", null, null, "2026-09-14", "en", null);
    }

    /** The benchmark thread's CPU time, read on that thread at each iteration's ends. */
    @State(Scope.Thread)
    public static class ThreadCpu {
        private final List<Double> megabytesPerCpuSecond = new ArrayList<>();
        private long cpuAtStart;
        private long operations;

        private boolean measuring;

        @Setup(Level.Iteration)
        public void start(IterationParams iteration) {
            measuring = iteration.getType() == IterationType.MEASUREMENT;
            operations = 0;
            cpuAtStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }

        private int chars;

        void record(int parsedChars) {
            operations++;
            chars = parsedChars;
        }

        @TearDown(Level.Iteration)
        public void stop() {
            double seconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuAtStart) / 1e9;
            double rate = operations * (chars / 1e6) / seconds;
            if (measuring) {
                megabytesPerCpuSecond.add(rate); // warm-up iterations run before the JIT is done
            }
            System.out.printf(" [thread CPU: %.1f MB/s over %d ops]", rate, operations);
        }

        @TearDown(Level.Trial)
        public void summary() {
            List<Double> sorted = megabytesPerCpuSecond.stream().sorted().toList();
            if (!sorted.isEmpty()) {
                System.out.printf("%n[thread CPU median %.1f MB/s, min %.1f, max %.1f]%n", sorted.get(sorted.size() / 2),
                        sorted.get(0), sorted.get(sorted.size() - 1));
            }
        }
    }

    @Benchmark
    public ParsedDocument parse(ThreadCpu cpu) {
        cpu.record(document.text().length());
        return parser.parse(document, Instant.EPOCH);
    }
}
