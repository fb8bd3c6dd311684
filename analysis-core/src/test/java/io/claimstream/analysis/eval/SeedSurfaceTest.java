package io.claimstream.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.claimstream.analysis.DocumentAnalyzer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The same seeds with the surface a real submission picks up on its way here: Windows line ends,
 * a byte-order mark, trailing blanks from a copy out of a web page, indented lines, paragraphs
 * spaced by two blank lines. None of them changes what anyone said, so none may change the score.
 */
class SeedSurfaceTest {

    private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer();

    @Test
    void aSubmissionsSurfaceDoesNotChangeItsScore() throws Exception {
        Path shared = Path.of(System.getProperty("claimstream.repo", "..")).resolve("../shared").normalize();
        Path goldFile = shared.resolve("eval/seeds.gold.json");
        Assumptions.assumeTrue(Files.isRegularFile(goldFile), "no gold file at " + goldFile);

        Map<String, UnaryOperator<String>> surfaces = new LinkedHashMap<>();
        surfaces.put("windows line ends", t -> t.replace("\r\n", "\n").replace("\n", "\r\n"));
        surfaces.put("byte-order mark", t -> "\uFEFF" + t);
        surfaces.put("trailing blanks", t -> t.replaceAll("(?m)$", "  "));
        surfaces.put("indented lines", t -> t.replaceAll("(?m)^(?=.)", "  "));
        surfaces.put("two blank lines between paragraphs", t -> t.replaceAll("\n\n+", "\n\n\n"));
        surfaces.put("straight quotes", t -> t.replaceAll("[“”]", "\"").replaceAll("[‘’]", "'"));

        GoldEvaluation plain = GoldEvaluation.run("seeds as given", ANALYZER, goldFile, shared.resolve("seeds"));
        for (Map.Entry<String, UnaryOperator<String>> surface : surfaces.entrySet()) {
            GoldEvaluation e = GoldEvaluation.run("seeds with " + surface.getKey(), ANALYZER, goldFile,
                    shared.resolve("seeds"), surface.getValue());
            System.out.println(e.report.get(e.report.size() - 2));
            if (Boolean.getBoolean("claimstream.eval.surface")) {
                e.print();
            }
            for (String[] measure : new String[][] {{"covered", "claims"}, {"speaker_ok", "covered"},
                    {"type_ok", "covered"}, {"topic_ok", "covered"}, {"rejected", "non_claims"},
                    {"speakers_found", "speakers"}}) {
                assertThat(e.ratio(measure[0], measure[1])).as("%s with %s", measure[0], surface.getKey())
                        .isCloseTo(plain.ratio(measure[0], measure[1]), org.assertj.core.data.Offset.offset(0.02));
            }
        }
    }
}
