package io.claimstream.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import io.claimstream.analysis.DocumentAnalyzer;
import io.claimstream.analysis.ReadableText;
import io.claimstream.analysis.eval.GoldFile.GoldDocument;
import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.contracts.Speaker;
import io.claimstream.parse.DocumentParser;

/**
 * One gold set scored as ../shared/eval/score.py scores a running stack: every document is parsed
 * with the parsing module, analyzed, checked for valid output and scored by {@link SeedScorer};
 * the report holds a line per document, every miss and the score.py summary lines. Shared by the
 * seed evaluation and the held-out evaluations so all of them measure the same way.
 */
final class GoldEvaluation {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Set<String> TYPES = Set.of("opinion", "prediction", "recommendation", "fact");
    private static final DocumentParser PARSER = new DocumentParser();
    /**
     * Texts some evaluation in this JVM has analyzed already: the analysis code they run through is compiled then,
     * whichever {@link TopicSetup} ran them (the model adds only its embedding, which has no JIT to warm), so a
     * second setup needs no warm-up run, which with the model would embed every claim twice.
     */
    private static final Set<String> WARMED_UP = ConcurrentHashMap.newKeySet();

    private final DocumentAnalyzer analyzer;

    final Map<String, Integer> totals = new LinkedHashMap<>();
    final List<String> report = new ArrayList<>();
    private long cpuMillis;
    private long chars;

    private GoldEvaluation(DocumentAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Scores every document of {@code goldFile}, reading their texts from {@code docs}; {@code setup} heads the report. */
    static GoldEvaluation run(String setup, DocumentAnalyzer analyzer, Path goldFile, Path docs) throws IOException {
        return run(setup, analyzer, goldFile, docs, UnaryOperator.identity());
    }

    /** As {@link #run(String, DocumentAnalyzer, Path, Path)}, with each text first given another {@code surface}. */
    static GoldEvaluation run(String setup, DocumentAnalyzer analyzer, Path goldFile, Path docs,
                              UnaryOperator<String> surface) throws IOException {
        GoldEvaluation e = new GoldEvaluation(analyzer);
        e.report.add("== " + setup);
        for (GoldDocument gold : GoldFile.read(goldFile)) {
            e.score(gold, surface.apply(Files.readString(docs.resolve(gold.file()))));
        }
        e.summarise();
        return e;
    }

    private void score(GoldDocument gold, String text) {
        RawDocument raw = new RawDocument(text, gold.title() != null ? gold.title() : gold.file(), null, null,
                gold.published(), null, null);
        ParsedDocument parsed = PARSER.parse(raw, Instant.parse("2026-11-01T00:00:00Z"));
        if (WARMED_UP.add(text)) {
            analyzer.analyze(parsed); // warm-up, so the figure below is not class loading and JIT
        }
        long cpuBefore = CPU.getCurrentThreadCpuTime();
        AnalyzedDocument analyzed = analyzer.analyze(parsed);
        long millis = (CPU.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000;
        cpuMillis += millis;
        chars += text.length();
        // spans point into the submission, as score.py reads them, whatever text the parser rendered for the analysis
        assertValid(text, !parsed.text().equals(text), analyzed);
        SeedScorer.Result r = SeedScorer.score(gold, text, analyzed);
        r.counts.forEach((k, v) -> totals.merge(k, v, Integer::sum));
        report.add(String.format("%s: recall %d/%d  speaker %d/%d  type %d/%d  topics %d/%d"
                        + "  non-claims rejected %d/%d  speakers %d/%d  extracted %d  analyzed in %d ms of CPU",
                gold.file(), r.get("covered"), r.get("claims"), r.get("speaker_ok"), r.get("covered"),
                r.get("type_ok"), r.get("covered"), r.get("topic_ok"), r.get("covered"), r.get("rejected"),
                r.get("non_claims"), r.get("speakers_found"), r.get("speakers"), r.get("extracted"), millis));
        r.misses.forEach(m -> report.add("    " + m.why() + ": " + m.snippet()));
        if (Boolean.getBoolean("claimstream.eval.claims")) {
            report.add(ClaimListing.of(text, analyzed));
        }
    }

    private void summarise() {
        report.add(String.format("attribution explicit %d/%d, inferred %d/%d", totals.getOrDefault("explicit_ok", 0),
                totals.getOrDefault("explicit", 0), totals.getOrDefault("inferred_ok", 0),
                totals.getOrDefault("inferred", 0)));
        report.add(String.format("score: recall=%.3f attribution=%.3f type=%.3f topics=%.3f rejection=%.3f speakers=%.3f",
                ratio("covered", "claims"), ratio("speaker_ok", "covered"), ratio("type_ok", "covered"),
                ratio("topic_ok", "covered"), ratio("rejected", "non_claims"), ratio("speakers_found", "speakers")));
        // score.py counts a claim's topics right when one label is in the gold, so more labels can only raise that
        // figure: how many a claim gets and how many of them are right keeps a gain from being label inflation
        report.add(String.format("topic labels: %.2f a claim, %.3f of them in the gold (%d of %d; not asserted)",
                ratio("topic_labels", "covered"), ratio("topic_labels_ok", "topic_labels"),
                totals.getOrDefault("topic_labels_ok", 0), totals.getOrDefault("topic_labels", 0)));
        report.add(String.format("forecasts: %d of %d read as predictions, probability %d/%d, horizon %d/%d (dated %d);"
                        + " quantities %d/%d (not asserted)", totals.getOrDefault("forecasts_read", 0),
                totals.getOrDefault("forecasts", 0), totals.getOrDefault("probabilities_read", 0),
                totals.getOrDefault("probabilities", 0), totals.getOrDefault("horizons_read", 0),
                totals.getOrDefault("horizons", 0), totals.getOrDefault("horizons_dated", 0),
                totals.getOrDefault("quantities_read", 0), totals.getOrDefault("quantities", 0)));
        report.add(String.format("throughput: %.0f KB of text per CPU second on one thread (not asserted)",
                chars / 1024.0 / Math.max(0.001, cpuMillis / 1000.0)));
    }

    double ratio(String num, String den) {
        int d = totals.getOrDefault(den, 0);
        return d == 0 ? 1.0 : (double) totals.getOrDefault(num, 0) / d;
    }

    /** Fails the test when a measure falls below its floor. */
    void assertAtLeast(double recall, double attribution, double type, double topics, double rejection,
                       double speakers) {
        assertThat(ratio("covered", "claims")).as("recall").isGreaterThanOrEqualTo(recall);
        assertThat(ratio("speaker_ok", "covered")).as("attribution").isGreaterThanOrEqualTo(attribution);
        assertThat(ratio("type_ok", "covered")).as("type").isGreaterThanOrEqualTo(type);
        assertThat(ratio("topic_ok", "covered")).as("topics").isGreaterThanOrEqualTo(topics);
        assertThat(ratio("rejected", "non_claims")).as("non-claim rejection").isGreaterThanOrEqualTo(rejection);
        assertThat(ratio("speakers_found", "speakers")).as("speakers").isGreaterThanOrEqualTo(speakers);
    }

    void print() {
        System.out.println(String.join("\n", report));
    }

    /**
     * Output the query-service and score.py rely on: exact spans into the submission (for a file the
     * parser rendered as readable text, a span reads as the claim once markup is dropped), known
     * speakers, contract values.
     */
    private static void assertValid(String text, boolean rendered, AnalyzedDocument analyzed) {
        assertThat(analyzed.text()).isEqualTo(text);
        Set<String> speakerIds = new HashSet<>();
        for (Speaker s : analyzed.speakers()) {
            assertThat(speakerIds.add(s.id())).as("speaker ids are unique: %s", s.id()).isTrue();
        }
        Set<String> claimIds = new HashSet<>();
        for (Claim c : analyzed.claims()) {
            assertThat(claimIds.add(c.id())).as("claim ids are unique: %s", c.id()).isTrue();
            assertThat(c.span().end()).isLessThanOrEqualTo(text.length());
            if (rendered) {
                assertThat(ReadableText.of(c.span().of(text))).isEqualTo(ReadableText.collapse(c.text()));
            } else {
                assertThat(c.text()).isEqualTo(c.span().of(text));
            }
            assertThat(TYPES).contains(c.type());
            assertThat(c.topics()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            assertThat(c.confidence()).isBetween(0.0, 1.0);
            if (c.speakerId() != null) {
                assertThat(speakerIds).contains(c.speakerId());
            }
        }
    }
}
