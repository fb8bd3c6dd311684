package io.claimstream.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.claimstream.analysis.eval.RerenderedDocuments.Source;
import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Web-page boilerplate: every held-out article copied as a reader copies a page, with the menus, share buttons, cookie
 * banners, related headlines, captions, advertisements, author bios, tags, copyright lines, editors' notes and
 * translation credits of {@link Boilerplate} around and between its paragraphs, its gold following its words, and
 * scored as {@link HeldOutEvaluationTest} scores it. Nothing a page adds is anybody's claim, so each variant also counts
 * the claims read from what was added, which must stay none; a related headline written as a sentence ("Analysts warn
 * the price war will squeeze startups") is the one that looks most like a claim.
 *
 * <p>Each variant prints a line beside the articles as written; the floors sit just under each variant's recall and
 * rejection, so that a regression fails the build. Lexical topics only.
 *
 * <p>Run: {@code mvn -B -o -q -pl analysis-core -am test -Dtest=BoilerplateInvarianceTest
 * -Dsurefire.failIfNoSpecifiedTests=false} (add {@code -Dclaimstream.eval.boilerplate.misses=true} for every claim
 * read from boilerplate and every miss of a document a variant reads worse, {@code
 * -Dclaimstream.eval.boilerplate.dump=true} to keep every variant in target/boilerplate).
 */
class BoilerplateInvarianceTest {

    /** Recall and rejection that each variant keeps at least, over every article. */
    private static final Map<String, double[]> FLOORS = Map.ofEntries(
            Map.entry("as written", new double[] {0.99, 0.98}),
            Map.entry("menu + share on top", new double[] {0.99, 0.98}),
            Map.entry("cookies + paywall", new double[] {0.99, 0.98}),
            Map.entry("ads + captions between", new double[] {0.99, 0.98}),
            Map.entry("related headlines", new double[] {0.99, 0.98}),
            Map.entry("related as sentences", new double[] {0.99, 0.98}),
            Map.entry("read-more lines", new double[] {0.99, 0.98}),
            Map.entry("footer", new double[] {0.99, 0.98}),
            Map.entry("editors' notes", new double[] {0.99, 0.98}),
            Map.entry("everything", new double[] {0.99, 0.98}));

    /** Claims read from boilerplate that each variant may still give (none, once each cause is fixed). */
    private static final Map<String, Integer> LEAKS_ALLOWED = Map.of();

    /** The held-out documents that are articles: a headline, paragraphs of prose, reported speech. */
    private static final Set<String> ARTICLES = Set.of("f02_analysis.txt", "g02_newswire.txt", "h01_wire.txt",
            "i01_launch_wire.txt", "j02_policy_feature.txt", "l03_profile.txt", "l04_press_release.txt",
            "m01_longread.txt", "n03_analyst_note.txt", "q02_forum_report.txt", "q03_wire.txt",
            "s01_british_feature.txt", "s02_longform_profile.txt", "s04_news_analysis.txt", "t02_magazine_feature.txt",
            "v04_cn_techmedia.txt", "w03_scoop.txt", "w04_indian_business_news.txt", "z01_korean_press.txt",
            "z02_pronoun_news.txt");

    private static final List<Source> ARTICLE_TEXTS = RerenderedDocuments.read(d -> ARTICLES.contains(d.gold().file()));
    private static final Map<String, SeedScorer.Result> AS_WRITTEN = new ConcurrentHashMap<>();

    static Stream<Boilerplate.Variant> variants() {
        return Boilerplate.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void boilerplateAroundAnArticleAddsNoClaimAndLosesNone(Boilerplate.Variant variant) {
        RerenderedDocuments.Totals totals = new RerenderedDocuments.Totals();
        int[] leakedClaims = {0};
        RerenderedDocuments.Totals original = new RerenderedDocuments.Totals();
        List<String> notes = new ArrayList<>();
        boolean misses = Boolean.getBoolean("claimstream.eval.boilerplate.misses");
        ARTICLE_TEXTS.parallelStream().forEach(a -> {
            SeedScorer.Result before = AS_WRITTEN.computeIfAbsent(a.gold().file(),
                    f -> SeedScorer.score(a.gold(), a.text(), RerenderedDocuments.analyze(a.gold(), a.text())));
            Boilerplate.Injected injected = variant.apply(a.gold().file(), a.text());
            String text = injected.rendering().text;
            AnalyzedDocument analyzed = RerenderedDocuments.analyze(a.gold(), text);
            SeedScorer.Result after = SeedScorer.score(injected.rendering().rewrite(a.gold(), a.text()), text,
                    analyzed);
            List<Claim> leaked = analyzed.claims().stream()
                    .filter(c -> injected.touches(text, c.span().start(), c.span().end())).toList();
            RerenderedDocuments.dump("claimstream.eval.boilerplate.dump", "boilerplate", variant.name(), a.gold().file(),
                    text);
            synchronized (totals) {
                totals.add(after);
                leakedClaims[0] += leaked.size();
                original.add(before);
                boolean worse = after.get("covered") < before.get("covered")
                        || after.get("rejected") < before.get("rejected");
                if (worse || !leaked.isEmpty()) {
                    notes.add(String.format("    %s: recall %d -> %d, rejected %d -> %d of %d, %d claims from"
                                    + " boilerplate", a.gold().file(), before.get("covered"), after.get("covered"),
                            before.get("rejected"), after.get("rejected"), after.get("non_claims"), leaked.size()));
                    if (misses) {
                        leaked.forEach(c -> notes.add("        leaked: " + c.text().replaceAll("\\s+", " ")));
                        if (worse) {
                            after.misses.stream().filter(m -> m.why().startsWith("missed")
                                    || m.why().startsWith("non-claim")).forEach(m -> notes.add("        " + m.why()
                                    + ": " + m.snippet()));
                        }
                    }
                }
            }
        });
        System.out.printf("boilerplate %-24s %2d articles  recall %.3f  rejection %.3f  claims from boilerplate %3d"
                        + "   (as written %.3f %.3f)%n", variant.name(), totals.documents,
                totals.ratio("covered", "claims"), totals.ratio("rejected", "non_claims"), leakedClaims[0],
                original.ratio("covered", "claims"), original.ratio("rejected", "non_claims"));
        notes.forEach(System.out::println);
        double[] floor = FLOORS.get(variant.name());
        assertThat(totals.ratio("covered", "claims")).as("recall with %s", variant.name())
                .isGreaterThanOrEqualTo(floor[0]);
        assertThat(totals.ratio("rejected", "non_claims")).as("rejection with %s", variant.name())
                .isGreaterThanOrEqualTo(floor[1]);
        assertThat(leakedClaims[0]).as("claims read from boilerplate with %s", variant.name())
                .isLessThanOrEqualTo(LEAKS_ALLOWED.getOrDefault(variant.name(), 0));
    }
}
