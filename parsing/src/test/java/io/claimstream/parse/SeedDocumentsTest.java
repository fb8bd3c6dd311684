package io.claimstream.parse;

import io.claimstream.contracts.Participant;
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
    void panelHasSixPeopleTheFiveSpeakersAndOneNamedInPassingWithHisRole() throws IOException {
        ParsedDocument doc = seed("003");
        Set<String> people = new LinkedHashSet<>(speakers(doc));
        doc.metadata().participants().forEach(p -> people.add(p.name()));
        assertThat(people).containsExactlyInAnyOrder("Li Guangmi", "Yao Shunyu", "Lin Junyang", "Yang Qiang", "Tang Jie", "Peak");
        assertThat(participant(doc, "Peak").role()).isEqualTo("CTO");
        assertThat(participant(doc, "Peak").affiliation()).isEqualTo("Manus");
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

    private static Participant participant(ParsedDocument doc, String name) {
        return doc.metadata().participants().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + doc.metadata().participants()));
    }

    @Test
    void panelParticipantsCarryTheRolesAndOrganisationsOfTheirIntroduction() throws IOException {
        ParsedDocument doc = seed("003");
        for (String speaker : speakers(doc)) {
            assertThat(participant(doc, speaker).span().end()).isLessThanOrEqualTo(doc.text().length());
        }
        assertThat(participant(doc, "Tang Jie").affiliation()).isEqualTo("Zhipu AI");
        assertThat(participant(doc, "Tang Jie").role()).contains("chief scientist");
        assertThat(participant(doc, "Yang Qiang").affiliation()).isEqualTo("HKUST");
        assertThat(participant(doc, "Lin Junyang").affiliation()).isEqualTo("Alibaba");
        assertThat(participant(doc, "Yao Shunyu").affiliation()).isEqualTo("Tencent");
        assertThat(participant(doc, "Li Guangmi").role()).isEqualTo("CEO");
        assertThat(participant(doc, "Li Guangmi").affiliation()).isEqualTo("Shixiang Technology");
    }

    @Test
    void mixedArticleNamesItsHostAndPanelistsWithTheirOrganisations() throws IOException {
        ParsedDocument doc = seed("001");
        assertThat(participant(doc, "Wang Zhongyuan").role()).isEqualTo("dean");
        assertThat(participant(doc, "Wang Zhongyuan").affiliation()).isEqualTo("BAAI");
        assertThat(participant(doc, "Luo Fuli").affiliation()).startsWith("Xiaomi");
        assertThat(participant(doc, "Zhu Jun").affiliation()).isEqualTo("Tsinghua University");
        assertThat(participant(doc, "Liu Zhiyuan").affiliation()).isEqualTo("Mianbi Intelligence");
        assertThat(participant(doc, "An Bo").affiliation()).isEqualTo("Nanyang Technological University");
        assertThat(doc.metadata().participants()).hasSize(5);
    }

    @Test
    void articlesIntroduceTheirSubject() throws IOException {
        for (String prefix : new String[] {"000", "002"}) {
            ParsedDocument doc = seed(prefix);
            assertThat(participant(doc, "Luo Fuli").affiliation()).isEqualTo("Xiaomi");
            assertThat(participant(doc, "Luo Fuli").role()).isEqualTo("head");
        }
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
