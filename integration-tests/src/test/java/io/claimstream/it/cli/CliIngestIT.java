package io.claimstream.it.cli;

import io.claimstream.it.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code claimstream ingest} on a folder of good, duplicate and broken files, against the real stack. */
@ExtendWith(TestStack.class)
class CliIngestIT {

    @TempDir
    Path folder;

    @Test
    void aFolderIsIngestedFileByFileWithDuplicatesAndErrorsNamed() {
        Transcripts.write(folder, "panel.txt", Transcripts.panel("Ilse Marchetti", "Joaquin Obuya"));
        Transcripts.write(folder, "talks/fireside.md", Transcripts.markdown("Ilse Marchetti"));
        Transcripts.write(folder, "talks/copy-of-panel.txt", Transcripts.panel("Ilse Marchetti", "Joaquin Obuya"));
        Transcripts.write(folder, "broken/empty.txt", "   \n\n  ");
        Transcripts.write(folder, "broken/huge.txt", "Ilse Marchetti: " + "x".repeat(11 * 1024 * 1024));
        Transcripts.write(folder, "cover.jpg", "not a transcript");

        CliRunner.Result first = CliRunner.run("ingest", folder.toString(), "--wait", "--wait-timeout", "120");

        assertThat(first.status()).as(first.toString()).isEqualTo(1);
        List<String> rows = first.outLines();
        assertThat(rows.get(0)).startsWith("FILE").contains("RESULT", "DOCUMENT", "SIZE", "SPEAKERS", "CLAIMS", "DETAIL");
        assertThat(row(rows, "panel.txt")).contains(" new ").containsPattern("\\s[1-9]\\d*\\s+[1-9]\\d*\\s*$");
        assertThat(row(rows, "fireside.md")).contains(" new ");
        assertThat(row(rows, "copy-of-panel.txt")).contains(" duplicate ").contains("same content as")
                .contains(documentId(row(rows, "panel.txt")));
        assertThat(row(rows, "empty.txt")).contains(" failed ");
        assertThat(row(rows, "huge.txt")).contains(" failed ");
        assertThat(first.out()).doesNotContain("cover.jpg");
        assertThat(rows).anySatisfy(line -> assertThat(line).startsWith("5 files: 2 new, 1 duplicate, 2 failed | "));
        assertThat(rows).contains("  " + folder.resolve("broken/empty.txt") + ": " + reason(first.err(), "empty.txt"));
        // every failing file is named on stderr with its reason, and the final progress reading is there
        assertThat(first.err()).contains("error: " + folder.resolve("broken/empty.txt") + ": 400")
                .contains("error: " + folder.resolve("broken/huge.txt") + ": 413");
        assertThat(first.err()).contains("5/5 docs").contains("1 duplicate").contains("2 errors");
        assertThat(first.err()).contains("analysed 2/2 documents");

        CliRunner.Result again = CliRunner.run("ingest", folder.resolve("panel.txt").toString(),
                folder.resolve("talks").toString());

        assertThat(again.status()).as(again.toString()).isZero();
        assertThat(row(again.outLines(), "panel.txt")).contains(" duplicate ").contains("already stored");
        assertThat(again.outLines().get(again.outLines().size() - 1)).startsWith("3 files: 0 new, 3 duplicates, 0 failed");
    }

    @Test
    void aPathThatDoesNotExistIsNamedAndTheRestIsStillSent() {
        Path good = Transcripts.write(folder, "chat.vtt", Transcripts.subtitles("Rosalind Achterberg"));

        CliRunner.Result result = CliRunner.run("ingest", folder.resolve("missing.txt").toString(), good.toString());

        assertThat(result.status()).as(result.toString()).isEqualTo(1);
        assertThat(row(result.outLines(), "missing.txt")).contains("failed");
        assertThat(result.err()).contains("error: " + folder.resolve("missing.txt") + ": no such file or folder");
        assertThat(row(result.outLines(), "chat.vtt")).contains(" new ");
    }

    @Test
    void anUnreachableIngestServiceExitsWithThreeAndSaysSo() {
        Transcripts.write(folder, "a.txt", "Ana: One.");
        Transcripts.write(folder, "b.txt", "Ana: Two.");

        CliRunner.Result result = CliRunner.run("ingest", folder.toString(), "--ingest-url", "http://127.0.0.1:9");

        assertThat(result.status()).as(result.toString()).isEqualTo(3);
        assertThat(result.err()).contains("cannot reach http://127.0.0.1:9/documents");
    }

    private static String row(List<String> rows, String file) {
        return rows.stream().filter(r -> r.split("\\s+")[0].endsWith("/" + file)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + file + " in\n" + String.join("\n", rows)));
    }

    /** The reason stderr gave for a file, to check that the summary repeats it in full. */
    private static String reason(String err, String file) {
        return err.lines().filter(l -> l.startsWith("error: ") && l.contains("/" + file + ": ")).findFirst()
                .map(l -> l.substring(l.indexOf("/" + file + ": ") + file.length() + 3))
                .orElseThrow(() -> new AssertionError("no error for " + file + " in\n" + err));
    }

    private static String documentId(String row) {
        return row.split("\\s+")[2];
    }
}
