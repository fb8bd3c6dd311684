package io.claimstream.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import io.claimstream.analysis.topics.TextEmbedder;
import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * The analysis honours its time limit inside every loop whose length grows with the document, so a
 * document over the limit fails soon after it, with a reason that says so. The clock here counts
 * checks instead of measuring time: nothing waits, and nothing depends on the machine's speed.
 */
class AnalysisDeadlineTest {

    private static final int TURNS = 120;
    private static final int ARTICLE_SENTENCES = 60;

    /** Advances one nanosecond per read and remembers which method read it (the caller of {@link Deadline}). */
    private static final class CountingClock implements LongSupplier {
        final List<String> readers = new ArrayList<>();

        @Override
        public long getAsLong() {
            readers.add(StackWalker.getInstance().walk(frames -> frames
                    .dropWhile(f -> !f.getClassName().equals(Deadline.class.getName()))
                    .dropWhile(f -> f.getClassName().equals(Deadline.class.getName()))
                    .findFirst().map(f -> simpleName(f.getClassName()) + "." + f.getMethodName()).orElse("?")));
            return readers.size() - 1;
        }

        int readsBy(String method) {
            return (int) readers.stream().filter(r -> r.contains(method)).count();
        }

        int firstReadBy(String method) {
            for (int i = 0; i < readers.size(); i++) {
                if (readers.get(i).contains(method)) {
                    return i;
                }
            }
            return -1;
        }

        private static String simpleName(String className) {
            return className.substring(className.lastIndexOf('.') + 1);
        }
    }

    /** A stand-in model: a fixed small vector per text, and a count of the batches it was asked for. */
    private static final class CountingEmbedder implements TextEmbedder {
        final AtomicInteger batches = new AtomicInteger();

        public String modelId() {
            return "counting-test-model";
        }

        public int dimensions() {
            return 4;
        }

        public List<float[]> embedAll(List<String> texts) {
            batches.incrementAndGet();
            return texts.stream().map(t -> new float[] {0.5f, 0.5f, 0.5f, (t.length() % 2) * 0.5f}).toList();
        }
    }

    private static final CountingEmbedder EMBEDDER = new CountingEmbedder();
    /** Claims embedded between deadline checks: fewer than the long document has, so it takes several batches. */
    private static final int EMBEDDING_BATCH = 64;
    private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer(
            AnalysisSettings.defaults().withEmbedder(EMBEDDER), Clock.systemUTC(), EMBEDDING_BATCH);

    /** Many speakers each known by one word, one claim each, then an article about named people. */
    private static ParsedDocument longDocument() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < TURNS; i++) {
            text.append(label(i)).append(": I think demand for inference chips will grow by ").append(i + 5)
                    .append(" percent next year.\n");
        }
        text.append("# Market notes\n");
        for (int i = 0; i < ARTICLE_SENTENCES; i++) {
            text.append("Analyst ").append(label(i)).append(" Okafor said revenue from data centres will double by ")
                    .append(2030 + i % 5).append(".\n");
        }
        return Docs.parse(text.toString());
    }

    /** A distinct one-word name per index: Bada, Beda, … */
    private static String label(int i) {
        String consonants = "BDFGKLMNPRSTVZ";
        String vowels = "aeiou";
        return "" + consonants.charAt(i % consonants.length()) + vowels.charAt((i / consonants.length()) % vowels.length())
                + Character.toLowerCase(consonants.charAt((i / 70) % consonants.length())) + "a";
    }

    @Test
    void everyLoopThatGrowsWithTheDocumentChecksTheDeadlineAsItGoes() {
        CountingClock clock = new CountingClock();
        AnalyzedDocument result = ANALYZER.analyze(longDocument(), Deadline.after(Duration.ofDays(1), clock));
        int claims = result.claims().size();
        assertThat(claims).as("one claim per turn and per article sentence").isGreaterThanOrEqualTo(TURNS);

        Map<String, Integer> atLeast = new HashMap<>();
        atLeast.put("SentenceSplitter.split", TURNS + ARTICLE_SENTENCES);
        atLeast.put("fullNamesOfShortLabels", TURNS);
        atLeast.put("Introductions.read", TURNS + ARTICLE_SENTENCES);
        atLeast.put("NarrativeAttribution.attributeBlock", ARTICLE_SENTENCES);
        atLeast.put("TurnAttribution.attribute", TURNS);
        atLeast.put("ClaimFilter.keep", claims);
        atLeast.put("DocumentAnalyzer.vectors", (claims + EMBEDDING_BATCH - 1) / EMBEDDING_BATCH);
        atLeast.put("DocumentAnalyzer.analyze", claims / 50);
        atLeast.put("AliasScanner.scan", result.speakers().size());
        atLeast.forEach((loop, expected) -> assertThat(clock.readsBy(loop)).as("deadline checks in %s", loop)
                .isGreaterThanOrEqualTo(expected));
    }

    @Test
    void aDocumentOverItsLimitFailsInTheStageThatRanOutWithAClearReason() {
        CountingClock measuring = new CountingClock();
        ANALYZER.analyze(longDocument(), Deadline.after(Duration.ofDays(1), measuring));
        int firstEmbeddingCheck = measuring.firstReadBy("DocumentAnalyzer.vectors");
        assertThat(firstEmbeddingCheck).isPositive();

        int before = EMBEDDER.batches.get();
        CountingClock clock = new CountingClock();
        // the limit runs out right after the first batch of claims is embedded
        Deadline deadline = Deadline.after(Duration.ofNanos(firstEmbeddingCheck), clock);
        assertThatThrownBy(() -> ANALYZER.analyze(longDocument(), deadline))
                .isInstanceOf(Deadline.AnalysisTimeoutException.class)
                .hasMessageStartingWith("analysis_time_limit: ")
                .hasMessageContaining("while embedding claims");
        assertThat(EMBEDDER.batches.get() - before).as("batches embedded before giving up").isEqualTo(1);
    }

    @Test
    void manyDistinctSpeakerLabelsRunOutOfTimeWhileTheyAreMatched() {
        CountingClock measuring = new CountingClock();
        ANALYZER.analyze(longDocument(), Deadline.after(Duration.ofDays(1), measuring));
        int labelsStart = measuring.firstReadBy("fullNamesOfShortLabels");

        Deadline deadline = Deadline.after(Duration.ofNanos(labelsStart + TURNS / 2), new CountingClock());
        assertThatThrownBy(() -> ANALYZER.analyze(longDocument(), deadline))
                .hasMessageContaining("while matching speaker labels to full names");
    }

    @Test
    void noDeadlineNeverExpiresAndAnExpiredOneNamesItsLimit() {
        Deadline.NONE.check("anything");
        long[] now = {0};
        Deadline deadline = Deadline.after(Duration.ofMillis(5), () -> now[0]);
        now[0] = Duration.ofMillis(5).toNanos();
        deadline.check("at the limit itself");
        now[0]++;
        assertThatThrownBy(() -> deadline.check("finding claims"))
                .hasMessage("analysis_time_limit: the analysis exceeded its time limit of 5 ms while finding claims"
                        + " (the document is too large or too complex for the limit)");
        assertThat(Optional.ofNullable(Deadline.NONE.limit())).isEmpty();
    }
}
