package io.claimstream.bench;

import io.claimstream.analysis.DocumentAnalyzer;
import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.ParsedDocument;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

/**
 * Analysis throughput of one thread, as JMH secondary results: {@code kilobytes} (KB of text per
 * second) and {@code sentences} (sentences per second), without and with the embedding model.
 * Each iteration also prints the same rates per second of the benchmark thread's CPU (one core's
 * work: the embedding model runs on that thread too) and of process CPU (JIT and GC included):
 * on a shared machine the wall-clock rates measure the machine's load as much as the code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
public class AnalysisThroughputBenchmark {

    /** Characters of synthetic transcript, or {@code seed} for the seed transcript. */
    @Param({"61440", "seed"})
    public String input;

    @Param({"none", "minilm"})
    public String model;

    private DocumentAnalyzer analyzer;
    private ParsedDocument document;
    private double kilobytes;
    private int sentences;
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long cpuAtStart;
    private long threadCpuNanos;
    private int operations;

    /** Work done, counted per operation: JMH divides by time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Work {
        public double kilobytes;
        public long sentences;

        @Setup(Level.Iteration)
        public void reset() {
            kilobytes = 0;
            sentences = 0;
        }
    }

    @Setup
    public void setUp() throws IOException {
        analyzer = Inputs.analyzer(model);
        document = Inputs.document(input);
        kilobytes = document.text().length() / 1024.0;
        sentences = Inputs.sentences(document);
    }

    @Setup(Level.Iteration)
    public void startCounting() {
        cpuAtStart = processCpuNanos();
        threadCpuNanos = 0;
        operations = 0;
    }

    @TearDown(Level.Iteration)
    public void printPerCpuSecond() {
        double seconds = (processCpuNanos() - cpuAtStart) / 1e9;
        double threadSeconds = threadCpuNanos / 1e9;
        System.out.printf(" [per CPU second of the thread: %.1f KB, %.0f sentences, %.0f ms/op; of the process: %.1f KB,"
                        + " %.0f sentences, %.0f ms/op]", operations * kilobytes / threadSeconds,
                operations * sentences / threadSeconds, threadSeconds * 1000 / Math.max(1, operations),
                operations * kilobytes / seconds, operations * sentences / seconds, seconds * 1000 / Math.max(1, operations));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @Benchmark
    public AnalyzedDocument analyze(Work work) {
        operations++;
        long start = THREADS.getCurrentThreadCpuTime();
        AnalyzedDocument result = analyzer.analyze(document);
        threadCpuNanos += THREADS.getCurrentThreadCpuTime() - start;
        work.kilobytes += kilobytes;
        work.sentences += sentences;
        return result;
    }
}
