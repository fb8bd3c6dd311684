package io.claimstream.it.cli;

import io.claimstream.it.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code claimstream watch} picks up a file written after it started and reports its analysis. */
@ExtendWith(TestStack.class)
class CliWatchIT {

    @TempDir
    Path folder;

    @Test
    void aFileWrittenAfterTheStartIsIngestedAndItsAnalysisReported() throws Exception {
        Transcripts.write(folder, "before.txt", Transcripts.panel("Evander Quillfeather", "Marisol Thackeray"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger status = new AtomicInteger(-1);
        Thread watch = new Thread(() -> status.set(CliRunner.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "watch", folder.toString(), "--new-only", "--interval", "0.2", "--quiet-period", "0.4")), "watch");
        watch.start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> err.toString().contains("watching "));

            Transcripts.write(folder, "later/interview.md", Transcripts.markdown("Evander Quillfeather"));

            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> out.toString().contains("analysed"));
            assertThat(out.toString()).containsPattern("ingested\\s+later/interview\\.md\\s+document [0-9a-f]+")
                    .containsPattern("analysed\\s+later/interview\\.md\\s+document [0-9a-f]+\\s+\\d+ speakers?, \\d+ claims?");
            // files present before the start are left alone with --new-only
            assertThat(out.toString()).doesNotContain("before.txt");

            // the same content under another name is recognised without a second post
            Files.copy(folder.resolve("later/interview.md"), folder.resolve("later/interview-copy.md"));
            await().atMost(Duration.ofSeconds(30)).until(() -> err.toString().contains("later/interview-copy.md"));
            assertThat(err.toString()).contains("unchanged  later/interview-copy.md");
        } finally {
            watch.interrupt();
            watch.join(Duration.ofSeconds(20).toMillis());
        }
        assertThat(watch.isAlive()).isFalse();
        assertThat(status.get()).isZero();
    }

    @Test
    void watchKeepsRetryingWhileIngestIsAway() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread watch = new Thread(() -> CliRunner.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "watch", folder.toString(), "--interval", "0.2", "--quiet-period", "0.2",
                "--ingest-url", "http://127.0.0.1:9"), "watch-down");
        Transcripts.write(folder, "waiting.txt", Transcripts.markdown("Theodora Ngata-Loweth"));
        watch.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> err.toString().contains("ingest unavailable"));
            assertThat(err.toString()).contains("retrying in");
            assertThat(watch.isAlive()).isTrue();
            assertThat(out.toString()).doesNotContain("ingested");
        } finally {
            watch.interrupt();
            watch.join(Duration.ofSeconds(20).toMillis());
        }
    }
}
