package io.claimstream.cli.ingest;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    private static final Source FILE = new Source("a.txt", Optional.of(Path.of("a.txt")), "a.txt", "text/plain", 10);

    @Test
    void theLineShowsDoneTotalRateBytesDuplicatesAndErrors() {
        Progress.Snapshot snapshot = new Progress.Snapshot(120, 37, 2, 1, 1_363_149, Duration.ofMillis(9100));

        assertThat(snapshot.line()).isEqualTo("37/120 docs | 4.1 docs/s | 1.3 MiB | 2 duplicates | 1 error | 9.1 s");
    }

    @Test
    void countersFollowTheOutcomes() {
        Progress progress = new Progress(3, 0);
        progress.record(FileOutcome.stored(FILE, "id1", false, 100, ""));
        progress.record(FileOutcome.stored(FILE, "id1", true, 100, "same content as a.txt"));
        progress.record(FileOutcome.failed(FILE, 5, "400 empty_text: no text"));

        Progress.Snapshot snapshot = progress.snapshot(2_000_000_000L);

        assertThat(snapshot.line()).isEqualTo("3/3 docs | 1.5 docs/s | 205 B | 1 duplicate | 1 error | 2.0 s");
    }

    @Test
    void noTimeNoRate() {
        assertThat(new Progress.Snapshot(1, 0, 0, 0, 0, Duration.ZERO).perSecond()).isZero();
    }

    @Test
    void summaryHasARowPerFileAndTotals() {
        List<FileOutcome> outcomes = List.of(
                FileOutcome.stored(FILE, "0123abcd", false, 2048, ""),
                FileOutcome.stored(new Source("b.txt", Optional.empty(), "b.txt", "text/plain", 10), "0123abcd", true, 2048, "same content as a.txt"),
                FileOutcome.failed(new Source("empty.md", Optional.empty(), "empty.md", "text/markdown", 0), 0, "400 empty_text: the text is empty"));

        List<String> lines = IngestSummary.render(outcomes, Duration.ofSeconds(2), false, 120, io.claimstream.cli.output.Style.PLAIN);

        assertThat(lines.get(0)).startsWith("FILE").contains("RESULT", "DOCUMENT", "SIZE", "DETAIL");
        assertThat(lines.get(1)).startsWith("a.txt").contains("new", "0123abcd", "2.0 KiB");
        assertThat(lines.get(2)).contains("duplicate", "same content as a.txt");
        assertThat(lines.get(3)).contains("empty.md", "failed", "400 empty_text: the text is empty");
        assertThat(lines.subList(lines.size() - 3, lines.size())).containsExactly(
                "3 files: 1 new, 1 duplicate, 1 failed | 4.0 KiB in 2.0 s (1.5 docs/s)",
                "failed:",
                "  empty.md: 400 empty_text: the text is empty");
    }
}
