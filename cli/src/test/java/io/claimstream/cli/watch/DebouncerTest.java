package io.claimstream.cli.watch;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DebouncerTest {

    private static final Path A = Path.of("a.txt");
    private static final Path B = Path.of("b.txt");

    @Test
    void aFileIsOfferedOnceItHasStoppedChangingForTheQuietPeriod() {
        Debouncer debouncer = new Debouncer(1000);

        assertThat(debouncer.observe(Map.of(A, stamp(10, 1)), 0)).isEmpty();
        assertThat(debouncer.observe(Map.of(A, stamp(20, 2)), 500)).isEmpty();   // still growing
        assertThat(debouncer.observe(Map.of(A, stamp(20, 2)), 1200)).isEmpty();  // quiet for 700 ms only
        assertThat(debouncer.observe(Map.of(A, stamp(20, 2)), 1500)).containsExactly(A);
        assertThat(debouncer.observe(Map.of(A, stamp(20, 2)), 9000)).isEmpty();  // offered once
    }

    @Test
    void aChangedFileIsOfferedAgain() {
        Debouncer debouncer = new Debouncer(0);
        debouncer.observe(Map.of(A, stamp(10, 1)), 0);
        assertThat(debouncer.observe(Map.of(A, stamp(10, 1)), 1)).containsExactly(A);

        debouncer.observe(Map.of(A, stamp(10, 5)), 2);
        assertThat(debouncer.observe(Map.of(A, stamp(10, 5)), 3)).containsExactly(A);
    }

    @Test
    void theBaselineIsNotOfferedButLaterFilesAre() {
        Debouncer debouncer = new Debouncer(0);
        debouncer.baseline(Map.of(A, stamp(1, 1)), 0);

        debouncer.observe(Map.of(A, stamp(1, 1), B, stamp(2, 2)), 1);

        assertThat(debouncer.observe(Map.of(A, stamp(1, 1), B, stamp(2, 2)), 2)).containsExactly(B);
    }

    @Test
    void aDeletedAndRecreatedFileCountsAsNew() {
        Debouncer debouncer = new Debouncer(0);
        debouncer.observe(Map.of(A, stamp(1, 1)), 0);
        debouncer.observe(Map.of(A, stamp(1, 1)), 1);

        debouncer.observe(Map.of(), 2);
        debouncer.observe(Map.of(A, stamp(1, 1)), 3);

        assertThat(debouncer.observe(Map.of(A, stamp(1, 1)), 4)).containsExactly(A);
    }

    @Test
    void backoffDoublesUpToItsCap() {
        Backoff backoff = new Backoff(1000, 30_000);

        assertThat(backoff.delay(0)).isZero();
        assertThat(backoff.delay(1)).isEqualTo(1000);
        assertThat(backoff.delay(3)).isEqualTo(4000);
        assertThat(backoff.delay(50)).isEqualTo(30_000);
    }

    private static Debouncer.Stamp stamp(long size, long modified) {
        return new Debouncer.Stamp(size, modified);
    }
}
