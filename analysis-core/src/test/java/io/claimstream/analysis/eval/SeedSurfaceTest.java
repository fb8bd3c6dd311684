package io.claimstream.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

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
 * spaced by two blank lines, straight quotes, lines hard-wrapped at a width. None of them changes
 * what anyone said, so none may change the score.
 */
class SeedSurfaceTest {

    private static final DocumentAnalyzer ANALYZER = TopicSetup.LEXICAL.analyzer();
    private static final String WRAPPED = "lines wrapped at 72 columns";
    private static final String[][] ALL_MEASURES = {{"covered", "claims"}, {"speaker_ok", "covered"},
            {"type_ok", "covered"}, {"topic_ok", "covered"}, {"rejected", "non_claims"}, {"speakers_found", "speakers"}};
    /**
     * score.py finds a gold snippet in the text by exact search, which a line break inside the snippet
     * defeats (it then falls back to a claim containing the whole snippet, and an unfound non-claim
     * "overlaps" the document's start): for a wrapped file recall and rejection measure the scorer, so
     * only what is judged of the claims found is compared.
     */
    private static final String[][] OF_COVERED_CLAIMS = {{"speaker_ok", "covered"}, {"type_ok", "covered"},
            {"topic_ok", "covered"}, {"speakers_found", "speakers"}};

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
        surfaces.put(WRAPPED, SeedSurfaceTest::wrapped);

        GoldEvaluation plain = GoldEvaluation.run("seeds as given", ANALYZER, goldFile, shared.resolve("seeds"));
        for (Map.Entry<String, UnaryOperator<String>> surface : surfaces.entrySet()) {
            GoldEvaluation e = GoldEvaluation.run("seeds with " + surface.getKey(), ANALYZER, goldFile,
                    shared.resolve("seeds"), surface.getValue());
            System.out.println(e.report.get(e.report.size() - 2));
            if (Boolean.getBoolean("claimstream.eval.surface")) {
                e.print();
            }
            for (String[] measure : surface.getKey().equals(WRAPPED) ? OF_COVERED_CLAIMS : ALL_MEASURES) {
                assertThat(e.ratio(measure[0], measure[1])).as("%s with %s", measure[0], surface.getKey())
                        .isCloseTo(plain.ratio(measure[0], measure[1]), offset(0.02));
            }
        }
    }

    /**
     * Hard-wrapped like a plain-text e-mail or a PDF's text: a paragraph longer than 72 columns is
     * broken at the last space before column 72 and set off by blank lines, as such files separate
     * paragraphs; short lines (headings) and table rows stay as they are.
     */
    private static String wrapped(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            boolean paragraph = line.length() > 72 && !line.contains("|");
            if (paragraph && out.length() > 0 && !out.toString().endsWith("\n\n")) {
                out.append('\n');
            }
            while (paragraph && line.length() > 72 && line.lastIndexOf(' ', 72) > 0) {
                int cut = line.lastIndexOf(' ', 72);
                out.append(line, 0, cut).append('\n');
                line = line.substring(cut + 1);
            }
            out.append(line).append('\n');
            if (paragraph) {
                out.append('\n');
            }
        }
        return out.toString().stripTrailing() + "\n";
    }
}
