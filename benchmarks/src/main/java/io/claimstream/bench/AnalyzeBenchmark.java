package io.claimstream.bench;

import io.claimstream.analysis.DocumentAnalyzer;
import io.claimstream.contracts.AnalyzedDocument;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Single-thread analysis time of parsed documents: synthetic transcripts of growing size (for
 * linearity; KB/s = size / time) and, when {@code -Dclaimstream.seed=PATH} names one, a real
 * document read at run time (the 60 KB seed), which the project does not ship.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class AnalyzeBenchmark {

    /** Characters of synthetic transcript, or {@code seed} for the document named by -Dclaimstream.seed. */
    @Param({"10240", "61440", "245760", "seed"})
    public String input;

    private final DocumentAnalyzer analyzer = new DocumentAnalyzer();
    private ParsedDocument document;

    @Setup
    public void setUp() throws IOException {
        String text;
        if (input.equals("seed")) {
            String seed = System.getProperty("claimstream.seed");
            text = seed != null && Files.exists(Path.of(seed)) ? Files.readString(Path.of(seed)) : SyntheticTranscript.ofSize(61440);
        } else {
            text = SyntheticTranscript.ofSize(Integer.parseInt(input));
        }
        document = new DocumentParser().parse(new RawDocument(text, "bench", null, null, "2026-01-10", "en", null), Instant.EPOCH);
        System.out.printf("%n%s: %d chars, %d turns%n", input, text.length(), document.turns().size());
    }

    @Benchmark
    public AnalyzedDocument analyze() {
        return analyzer.analyze(document);
    }
}
