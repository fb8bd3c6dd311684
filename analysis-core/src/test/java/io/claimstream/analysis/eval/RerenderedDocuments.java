package io.claimstream.analysis.eval;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.claimstream.analysis.DocumentAnalyzer;
import io.claimstream.analysis.eval.GoldFile.GoldDocument;
import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;

/**
 * What the metamorphic tables ({@link LayoutInvarianceTest}, {@link BoilerplateInvarianceTest}) share: the held-out
 * documents they re-render, the analysis each rendering gets (lexical topics: a new surface changes who said what
 * and what is a claim, not what it is about), and the totals each table line prints.
 */
final class RerenderedDocuments {

    /**
     * The sets the tables' floors were set on. A set added later joins when the floors are set again, so that its
     * first score in {@link HeldOutEvaluationTest} stays an honest figure for unseen text.
     */
    static final List<String> TUNED_SETS = List.of("heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
            "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
            "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21");

    private static final DocumentAnalyzer ANALYZER = TopicSetup.LEXICAL.analyzer();
    private static final DocumentParser PARSER = new DocumentParser();

    record Source(GoldDocument gold, String text) {
    }

    private RerenderedDocuments() {
    }

    /** Every document of {@link #TUNED_SETS} that {@code wanted} keeps, with its text as written. */
    static List<Source> read(Predicate<Source> wanted) {
        try {
            Path dir = Path.of(RerenderedDocuments.class.getResource("/heldout").toURI());
            List<Source> found = new ArrayList<>();
            for (String set : TUNED_SETS) {
                for (GoldDocument doc : GoldFile.read(dir.resolve(set + ".gold.json"))) {
                    Source source = new Source(doc, Files.readString(dir.resolve(doc.file())));
                    if (wanted.test(source)) {
                        found.add(source);
                    }
                }
            }
            return found;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code text}, a rendering of the gold's document, parsed and analysed as the service would. */
    static AnalyzedDocument analyze(GoldDocument gold, String text) {
        RawDocument raw = new RawDocument(text, gold.title() != null ? gold.title() : gold.file(), null, null,
                gold.published(), null, null);
        ParsedDocument parsed = PARSER.parse(raw, Instant.parse("2026-11-01T00:00:00Z"));
        return ANALYZER.analyze(parsed);
    }

    /** With the system property {@code flag} true, the rendering in target/{folder}/{variant}/, to read what was scored. */
    static void dump(String flag, String folder, String variant, String file, String text) {
        if (!Boolean.getBoolean(flag)) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of("target", folder, variant.replaceAll("[^A-Za-z0-9]+", "_")));
            Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A table line's counts summed over its documents. */
    static final class Totals {
        int documents;
        private final Map<String, Integer> counts = new HashMap<>();

        void add(SeedScorer.Result r) {
            documents++;
            r.counts.forEach((k, v) -> counts.merge(k, v, Integer::sum));
        }

        double ratio(String num, String den) {
            int d = counts.getOrDefault(den, 0);
            return d == 0 ? 1.0 : (double) counts.getOrDefault(num, 0) / d;
        }
    }
}
