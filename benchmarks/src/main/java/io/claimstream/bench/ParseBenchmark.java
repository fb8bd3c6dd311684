package io.claimstream.bench;

import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Single-thread parse time of plain transcripts from 1 KB to 10 MB; MB/s = size / time. Cost
 * should grow linearly with size.
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

    @Benchmark
    public ParsedDocument parse() {
        return parser.parse(document, Instant.EPOCH);
    }
}
