package io.claimstream.bench;

import io.claimstream.analysis.DocumentAnalyzer;
import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.ParsedDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

/**
 * Single-thread analysis time (latency) of parsed documents: synthetic transcripts of growing
 * size (for linearity) and {@code seed}, the 60 KB seed transcript read at run time (see
 * {@link Inputs#document}); each without an embedding model ({@code none}: lexical topics) and
 * with it ({@code minilm}: topics by meaning, claim vectors in the output). Pin the JVM to one
 * core ({@code taskset -c 1}) for a per-core figure: the ONNX runtime would otherwise use threads
 * of its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class AnalyzeBenchmark {

    /** Characters of synthetic transcript, or {@code seed} for the seed transcript. */
    @Param({"10240", "61440", "245760", "seed"})
    public String input;

    /** {@code none} or {@code minilm}. */
    @Param({"none", "minilm"})
    public String model;

    private DocumentAnalyzer analyzer;
    private ParsedDocument document;
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long cpuAtStart;
    private long threadCpuNanos;
    private int operations;

    @Setup
    public void setUp() throws IOException {
        analyzer = Inputs.analyzer(model);
        document = Inputs.document(input);
        AnalyzedDocument once = analyzer.analyze(document);
        System.out.printf("%n%s/%s: %d chars, %d turns, %d sentences, %d claims%n", input, model, document.text().length(),
                document.turns().size(), Inputs.sentences(document), once.claims().size());
    }

    /**
     * Process CPU time per analysis (every thread, the ONNX runtime's included): on a shared
     * machine wall time includes waiting for a core, CPU time does not.
     */
    @Setup(Level.Iteration)
    public void startCounting() {
        cpuAtStart = processCpuNanos();
        threadCpuNanos = 0;
        operations = 0;
    }

    @TearDown(Level.Iteration)
    public void printCpuPerOperation() {
        System.out.printf(" [thread CPU %.1f ms/op, process CPU %.1f ms/op over %d ops]",
                threadCpuNanos / 1e6 / Math.max(1, operations),
                (processCpuNanos() - cpuAtStart) / 1e6 / Math.max(1, operations), operations);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The benchmark thread's own CPU time is the per-core figure: it leaves out the JIT compiler
     * and the garbage collector, which process CPU counts while a short run is still warming up.
     * (The embedding model runs on this thread too: one runtime thread per embedding.)
     */
    @Benchmark
    public AnalyzedDocument analyze() {
        operations++;
        long start = THREADS.getCurrentThreadCpuTime();
        AnalyzedDocument result = analyzer.analyze(document);
        threadCpuNanos += THREADS.getCurrentThreadCpuTime() - start;
        return result;
    }
}
