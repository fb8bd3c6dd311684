package io.claimstream.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.claimstream.analysis.AnalysisSettings;
import io.claimstream.analysis.Deadline;
import io.claimstream.analysis.DocumentAnalyzer;
import io.claimstream.analysis.sentences.BlockReader;
import io.claimstream.analysis.sentences.SentenceSplitter;
import io.claimstream.analysis.text.Nlp;
import io.claimstream.analysis.text.NlpModels;
import io.claimstream.analysis.topics.TextEmbedder;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.embeddings.MiniLmEmbedder;
import io.claimstream.parse.DocumentParser;

/** What the analysis benchmarks run on, and the analyzers they compare. */
final class Inputs {

    private Inputs() {
    }

    /**
     * A parsed document: a synthetic transcript of {@code input} characters, or for {@code seed}
     * the document named by {@code -Dclaimstream.seed} (else the largest of ../shared/seeds, read
     * at run time: the project never ships seed text), else a 60 KB synthetic transcript.
     */
    static ParsedDocument document(String input) throws IOException {
        String text;
        if (input.equals("seed")) {
            Path seed = seedFile();
            text = seed != null ? Files.readString(seed) : SyntheticTranscript.ofSize(61440);
        } else {
            text = SyntheticTranscript.ofSize(Integer.parseInt(input));
        }
        return new DocumentParser().parse(new RawDocument(text, "bench", null, null, "2026-01-10", "en", null), Instant.EPOCH);
    }

    private static Path seedFile() throws IOException {
        String named = System.getProperty("claimstream.seed");
        if (named != null && !named.isBlank() && Files.exists(Path.of(named))) {
            return Path.of(named);
        }
        Path seeds = Path.of("../shared/seeds");
        if (!Files.isDirectory(seeds)) {
            return null;
        }
        try (var files = Files.list(seeds)) {
            return files.filter(f -> f.toString().endsWith(".txt")).max((a, b) -> Long.compare(size(a), size(b))).orElse(null);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** {@code none}: lexical topics, no vectors; {@code minilm}: the embedding model, as analysis-service runs it. */
    static DocumentAnalyzer analyzer(String model) {
        AnalysisSettings settings = AnalysisSettings.defaults();
        if (model.equals("minilm")) {
            MiniLmEmbedder miniLm = MiniLmEmbedder.shared();
            settings = settings.withEmbedder(new TextEmbedder() {
                public String modelId() {
                    return miniLm.modelId();
                }

                public int dimensions() {
                    return miniLm.dimensions();
                }

                public List<float[]> embedAll(List<String> texts) {
                    return miniLm.embedAll(texts);
                }
            });
        }
        return new DocumentAnalyzer(settings, Clock.systemUTC());
    }

    /** How many sentences the analysis reads in the document (its sentence splitter's count). */
    static int sentences(ParsedDocument doc) {
        return new SentenceSplitter(new Nlp(NlpModels.load())).split(doc.text(), BlockReader.read(doc), Deadline.NONE).size();
    }
}
