package io.claimstream.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.claimstream.analysis.eval.GoldFile.GoldDocument;
import io.claimstream.analysis.eval.RerenderedDocuments.Source;
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

    /** Recall, attribution and speakers found that each layout keeps at least, over every transcript it fits. */
    private static final Map<String, double[]> FLOORS = Map.ofEntries(
            Map.entry("as written", new double[] {0.98, 1.00, 1.00}),
            Map.entry("Name:", new double[] {0.98, 1.00, 1.00}),
            Map.entry("NAME:", new double[] {0.98, 0.99, 1.00}),
            Map.entry("**Name:**", new double[] {0.98, 1.00, 1.00}),
            Map.entry("**Name**:", new double[] {0.98, 1.00, 1.00}),
            Map.entry("Name —", new double[] {0.98, 1.00, 1.00}),
            Map.entry("[00:12:03] Name:", new double[] {0.98, 1.00, 1.00}),
            Map.entry("Name (00:12):", new double[] {0.98, 1.00, 1.00}),
            Map.entry("Name: (00:12) above", new double[] {0.98, 1.00, 1.00}),
            Map.entry("## Name heading", new double[] {0.98, 1.00, 1.00}),
            Map.entry("Name on its own line", new double[] {0.98, 1.00, 1.00}),
            Map.entry("> quoted turns", new double[] {0.98, 0.99, 1.00}),
            Map.entry("Q:/A: after an intro", new double[] {0.96, 0.98, 0.97}),
            Map.entry("Q —/A — after an intro", new double[] {0.96, 0.98, 0.97}),
            Map.entry("initials JW:", new double[] {0.98, 1.00, 1.00}),
            Map.entry("HTML <p><b>Name:</b>", new double[] {0.98, 1.00, 1.00}),
            Map.entry("wrapped at 72", new double[] {0.98, 1.00, 1.00}),
            Map.entry("CRLF", new double[] {0.98, 1.00, 1.00}),
            Map.entry("straight quotes", new double[] {0.98, 1.00, 1.00}),
            Map.entry("smart quotes", new double[] {0.98, 1.00, 1.00}),
            Map.entry("nbsp + zero-width", new double[] {0.98, 1.00, 1.00}));

    /** Every document whose turns {@link TurnLayouts} finds a label for. */
    private static final List<Source> TRANSCRIPTS =
            RerenderedDocuments.read(d -> !TurnLayouts.turns(d.text()).isEmpty());
    private static final Map<String, SeedScorer.Result> AS_WRITTEN = new ConcurrentHashMap<>();

    static Stream<TurnLayouts.Layout> layouts() {
        return TurnLayouts.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void theSameTurnsInAnotherLayoutGiveTheSameClaimsAndSpeakers(TurnLayouts.Layout layout) {
        RerenderedDocuments.Totals totals = new RerenderedDocuments.Totals();
        RerenderedDocuments.Totals original = new RerenderedDocuments.Totals();
        List<String> worse = new ArrayList<>();
        TRANSCRIPTS.parallelStream().forEach(t -> {
            SeedScorer.Result before = AS_WRITTEN.computeIfAbsent(t.gold().file(), f -> score(t.gold(), t.text()));
            Rendering r = layout.render().apply(t.text());
            if (r == null) {
                return;
            }
            SeedScorer.Result after = score(r.rewrite(t.gold(), t.text()), r.text);
            RerenderedDocuments.dump("claimstream.eval.layouts.dump", "layouts", layout.name(), t.gold().file(), r.text);
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

    private static SeedScorer.Result score(GoldDocument gold, String text) {
        return SeedScorer.score(gold, text, RerenderedDocuments.analyze(gold, text));
    }
}
