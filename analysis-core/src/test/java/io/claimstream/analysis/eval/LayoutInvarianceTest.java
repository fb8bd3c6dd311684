package io.claimstream.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.claimstream.analysis.DocumentAnalyzer;
import io.claimstream.analysis.eval.GoldFile.GoldClaim;
import io.claimstream.analysis.eval.GoldFile.GoldDocument;
import io.claimstream.analysis.eval.GoldFile.GoldNonClaim;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.parse.DocumentParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Format invariance: every held-out transcript whose turns carry a label (see {@link TurnLayouts}) re-laid out in each
 * common layout, its gold following its words, and scored as {@link HeldOutEvaluationTest} scores it. A layout the
 * parser does not know is what made recall collapse at first contact with each new set (".743", ".650": a symposium
 * under "## Name, role" headings gave 1 claim of 31); here a new layout is tried before a reader sends one.
 *
 * <p>Each layout prints a line beside the transcripts as written and the documents it read worse; the floors sit
 * just under each layout's figures so that a regression in any of them fails the build. Lexical topics only: the
 * layout changes who said what, not what it is about.
 *
 * <p>Run: {@code mvn -B -o -q -pl analysis-core -am test -Dtest=LayoutInvarianceTest
 * -Dsurefire.failIfNoSpecifiedTests=false} (add {@code -Dclaimstream.eval.layouts.misses=true} for every miss of a
 * document a layout reads worse, {@code -Dclaimstream.eval.layouts.dump=true} to keep every rendering in
 * target/layouts).
 */
class LayoutInvarianceTest {

    private static final DocumentAnalyzer ANALYZER = TopicSetup.LEXICAL.analyzer();
    private static final DocumentParser PARSER = new DocumentParser();

    /** Recall, attribution and speakers found that each layout keeps at least, over every transcript it fits. */
    private static final Map<String, double[]> FLOORS = Map.ofEntries(
            Map.entry("as written", new double[] {0.98, 1.00, 1.00}),
            Map.entry("Name:", new double[] {0.98, 1.00, 1.00}),
            Map.entry("NAME:", new double[] {0.98, 0.99, 1.00}),
            Map.entry("**Name:**", new double[] {0.98, 1.00, 1.00}),
            Map.entry("**Name**:", new double[] {0.98, 1.00, 1.00}),
            Map.entry("Name —", new double[] {0.94, 0.99, 0.90}),
            Map.entry("[00:12:03] Name:", new double[] {0.98, 1.00, 1.00}),
            Map.entry("Name (00:12):", new double[] {0.98, 1.00, 1.00}),
            Map.entry("## Name heading", new double[] {0.97, 0.91, 0.98}),
            Map.entry("Name on its own line", new double[] {0.97, 0.91, 0.98}),
            Map.entry("> quoted turns", new double[] {0.98, 0.99, 1.00}),
            Map.entry("Q:/A: after an intro", new double[] {0.89, 0.68, 0.82}),
            Map.entry("HTML <p><b>Name:</b>", new double[] {0.98, 0.96, 0.97}),
            Map.entry("wrapped at 72", new double[] {0.98, 0.97, 0.98}),
            Map.entry("CRLF", new double[] {0.98, 1.00, 1.00}),
            Map.entry("straight quotes", new double[] {0.98, 1.00, 1.00}),
            Map.entry("smart quotes", new double[] {0.98, 1.00, 1.00}),
            Map.entry("nbsp + zero-width", new double[] {0.98, 1.00, 1.00}));

    private static final List<String> SETS = List.of("heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
            "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
            "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21");

    private record Transcript(GoldDocument gold, String text) {
    }

    private static final List<Transcript> TRANSCRIPTS = transcripts();
    private static final Map<String, SeedScorer.Result> AS_WRITTEN = new ConcurrentHashMap<>();

    static Stream<TurnLayouts.Layout> layouts() {
        return TurnLayouts.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void theSameTurnsInAnotherLayoutGiveTheSameClaimsAndSpeakers(TurnLayouts.Layout layout) {
        Totals totals = new Totals();
        Totals original = new Totals();
        List<String> worse = new ArrayList<>();
        TRANSCRIPTS.parallelStream().forEach(t -> {
            SeedScorer.Result before = AS_WRITTEN.computeIfAbsent(t.gold().file(), f -> score(t.gold(), t.text()));
            Rendering r = layout.render().apply(t.text());
            if (r == null) {
                return;
            }
            SeedScorer.Result after = score(rewritten(t.gold(), t.text(), r), r.text);
            dump(layout, t, r);
            synchronized (totals) {
                totals.add(after);
                original.add(before);
                if (after.get("covered") < before.get("covered") || after.get("speaker_ok") < before.get("speaker_ok")
                        || after.get("speakers_found") < before.get("speakers_found")) {
                    worse.add(String.format("    %s: recall %d -> %d, attribution %d -> %d, speakers %d -> %d of %d",
                            t.gold().file(), before.get("covered"), after.get("covered"), before.get("speaker_ok"),
                            after.get("speaker_ok"), before.get("speakers_found"), after.get("speakers_found"),
                            after.get("speakers")));
                    if (Boolean.getBoolean("claimstream.eval.layouts.misses")) {
                        after.misses.forEach(m -> worse.add("        " + m.why() + ": " + m.snippet()));
                    }
                }
            }
        });
        System.out.printf("layout %-22s %2d transcripts  recall %.3f  attribution %.3f  speakers %.3f"
                        + "   (as written %.3f %.3f %.3f)%n", layout.name(), totals.documents,
                totals.ratio("covered", "claims"), totals.ratio("speaker_ok", "covered"),
                totals.ratio("speakers_found", "speakers"), original.ratio("covered", "claims"),
                original.ratio("speaker_ok", "covered"), original.ratio("speakers_found", "speakers"));
        worse.forEach(System.out::println);
        double[] floor = FLOORS.get(layout.name());
        assertThat(totals.ratio("covered", "claims")).as("recall in layout %s", layout).isGreaterThanOrEqualTo(floor[0]);
        assertThat(totals.ratio("speaker_ok", "covered")).as("attribution in layout %s", layout)
                .isGreaterThanOrEqualTo(floor[1]);
        assertThat(totals.ratio("speakers_found", "speakers")).as("speakers in layout %s", layout)
                .isGreaterThanOrEqualTo(floor[2]);
    }

    /** With {@code -Dclaimstream.eval.layouts.dump=true}, each rendering in target/layouts, to read what was scored. */
    private static void dump(TurnLayouts.Layout layout, Transcript t, Rendering r) {
        if (!Boolean.getBoolean("claimstream.eval.layouts.dump")) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of("target/layouts", layout.name().replaceAll("[^A-Za-z0-9]+", "_")));
            Files.writeString(dir.resolve(t.gold().file()), r.text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SeedScorer.Result score(GoldDocument gold, String text) {
        RawDocument raw = new RawDocument(text, gold.title() != null ? gold.title() : gold.file(), null, null,
                gold.published(), null, null);
        ParsedDocument parsed = PARSER.parse(raw, Instant.parse("2026-11-01T00:00:00Z"));
        return SeedScorer.score(gold, text, ANALYZER.analyze(parsed));
    }

    /** The gold with every snippet as it reads in the new layout. */
    private static GoldDocument rewritten(GoldDocument gold, String text, Rendering r) {
        List<GoldClaim> claims = gold.claims().stream().map(c -> new GoldClaim(r.rewrite(text, c.snippet()),
                c.speaker(), c.type(), c.topics(), c.attribution())).toList();
        List<GoldNonClaim> nonClaims = gold.non_claims().stream()
                .map(n -> new GoldNonClaim(r.rewrite(text, n.snippet()), n.why())).toList();
        return new GoldDocument(gold.file(), gold.title(), gold.published(), gold.speakers(), claims, nonClaims);
    }

    /**
     * Every document of the sets the floors were set on that {@link TurnLayouts} finds turns in: a set added later
     * joins the table when its floors are set again, so that its first score stays an honest figure.
     */
    private static List<Transcript> transcripts() {
        try {
            Path dir = Path.of(LayoutInvarianceTest.class.getResource("/heldout").toURI());
            List<Transcript> found = new ArrayList<>();
            for (String set : SETS) {
                for (GoldDocument doc : GoldFile.read(dir.resolve(set + ".gold.json"))) {
                    String text = Files.readString(dir.resolve(doc.file()));
                    if (!TurnLayouts.turns(text).isEmpty()) {
                        found.add(new Transcript(doc, text));
                    }
                }
            }
            return found;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Totals {
        int documents;
        final Map<String, Integer> counts = new HashMap<>();

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
