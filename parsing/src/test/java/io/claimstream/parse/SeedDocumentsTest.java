package io.claimstream.parse;

import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.contracts.Turn;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the parser over the shared seed documents, read at test time (never copied into the
 * project), and checks the structure a reader sees in them.
 */
class SeedDocumentsTest {

    private static ParsedDocument seed(String prefix) throws IOException {
        String repo = System.getProperty("claimstream.repo");
        assumeTrue(repo != null, "claimstream.repo not set");
        Path seeds = Path.of(repo).resolve("../shared/seeds").normalize();
        assumeTrue(Files.isDirectory(seeds), "seeds not available at " + seeds);
        Path file;
        try (Stream<Path> files = Files.list(seeds)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
        }
        assumeTrue(file != null, "seed " + prefix + " not found");
        String text = Files.readString(file);
        return new DocumentParser().parse(new RawDocument(text, null, null, null, null, null, null), Instant.EPOCH);
    }

    private static Set<String> speakers(ParsedDocument doc) {
        return doc.turns().stream().map(Turn::speaker).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Test
    void panelWithRolesHasItsFivePanelSpeakers() throws IOException {
        ParsedDocument doc = seed("003");
        assertThat(speakers(doc)).containsExactlyInAnyOrder("Li Guangmi", "Yao Shunyu", "Lin Junyang", "Yang Qiang", "Tang Jie");
        assertThat(doc.turns()).anySatisfy(t -> assertThat(t.role()).isEqualTo("Moderator"));
        assertThat(doc.turns().get(0).label().start()).isGreaterThan(0); // an introduction comes first
        assertThat(doc.metadata().published()).isEqualTo("2026-01-10");
        assertThat(doc.format()).isEqualTo("transcript");
    }

    @Test
    void mixedArticleHasHostAndFourPanelistsAfterItsSummary() throws IOException {
        ParsedDocument doc = seed("001");
        assertThat(speakers(doc)).containsExactlyInAnyOrder("Wang Zhongyuan", "Luo Fuli", "Zhu Jun", "Liu Zhiyuan", "An Bo");
        int transcriptStart = doc.text().indexOf("The following is the transcript");
        assertThat(transcriptStart).isPositive();
        long turnsAfter = doc.turns().stream().filter(t -> t.label().start() > transcriptStart).count();
        assertThat(turnsAfter).isGreaterThanOrEqualTo(15);
        assertThat(doc.format()).isEqualTo("mixed");
        assertThat(doc.metadata().published()).isEqualTo("2026-06-12");
        assertThat(doc.metadata().event()).contains("BAAI").endsWith("Conference");
    }

    @Test
    void summaryAndNewsArticleHaveNoTurns() throws IOException {
        assertThat(seed("000").turns()).isEmpty();
        assertThat(seed("002").turns()).isEmpty();
    }

    @Test
    void everySpanOfEverySeedLiesInsideItsText() throws IOException {
        for (String prefix : new String[] {"000", "001", "002", "003"}) {
            ParsedDocument doc = seed(prefix);
            int n = doc.text().length();
            assertThat(doc.paragraphs()).allSatisfy(p -> assertThat(p.span().end()).isLessThanOrEqualTo(n));
            int previousEnd = 0;
            for (Turn turn : doc.turns()) {
                assertThat(turn.label().start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(turn.span().start()).isGreaterThanOrEqualTo(turn.label().end());
                assertThat(turn.span().end()).isLessThanOrEqualTo(n);
                previousEnd = turn.span().end();
            }
        }
    }
}
