package io.claimstream.query.semantic;

import io.claimstream.embeddings.Vectors;
import io.claimstream.query.search.ClaimFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class VectorIndexTest {

    private static final int DIMENSIONS = 384;

    @TempDir
    Path dir;

    @Test
    void findsWhatAnExactRankingFindsAndAppliesTheFilters() throws Exception {
        Random random = new Random(42);
        List<VectorIndex.Entry> claims = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            claims.add(new VectorIndex.Entry("c" + i, "p" + (i % 30), List.of("t" + (i % 7), "all"),
                    i % 2 == 0 ? "opinion" : "fact", LocalDate.of(2026, 1, 1).plusDays(i % 300), vector(random)));
        }
        try (VectorIndex index = VectorIndex.open(dir, 16)) {
            for (int d = 0; d < 30; d++) {
                index.replace("d" + d, "d" + d + "@1", claims.subList(d * 100, d * 100 + 100));
            }
            index.refresh();
            assertThat(index.size()).isEqualTo(3000);
            int found = 0;
            for (int q = 0; q < 20; q++) {
                float[] query = vector(random);
                Set<String> expected = exact(claims, query, 10).stream().map(VectorIndex.Entry::id).collect(Collectors.toSet());
                found += (int) index.search(query, null, 10, 200, -1).stream().filter(m -> expected.contains(m.id())).count();
            }
            assertThat(found / 200.0).as("recall@10 against an exact ranking (random vectors: HNSW's hardest case)").isGreaterThan(0.9);

            float[] query = vector(random);
            ClaimFilter filter = new ClaimFilter(null, List.of("p3", "p4"), "t3", "fact", null, LocalDate.of(2026, 2, 1),
                    LocalDate.of(2026, 6, 30), false, null, null, null, ClaimFilter.Order.RANK);
            List<TopMatches.Match> filtered = index.search(query, VectorFilters.of(filter).orElseThrow(), 50, 50, -1);
            Map<String, VectorIndex.Entry> byId = claims.stream().collect(Collectors.toMap(VectorIndex.Entry::id, c -> c));
            List<VectorIndex.Entry> passing = claims.stream().filter(c -> List.of("p3", "p4").contains(c.personId())
                    && c.topics().contains("t3") && c.type().equals("fact") && !c.published().isBefore(filter.from())
                    && !c.published().isAfter(filter.to())).toList();
            assertThat(passing).isNotEmpty();
            assertThat(filtered).extracting(TopMatches.Match::id)
                    .containsExactlyElementsOf(exact(passing, query, 50).stream().map(VectorIndex.Entry::id).toList());
            assertThat(filtered.get(0).score()).isCloseTo(Vectors.dot(query, byId.get(filtered.get(0).id()).vector()),
                    org.assertj.core.data.Offset.offset(1e-4));

            assertThat(index.holds("d0@1")).isTrue();
            index.replace("d0", "d0@2", List.of());
            index.refresh();
            assertThat(index.size()).isEqualTo(2900);
            assertThat(index.holds("d0@1")).isFalse();
            assertThat(index.search(claims.get(5).vector(), null, 5, 5, -1)).extracting(TopMatches.Match::id).doesNotContain("c5");
            // as the service does before it closes
            index.commit(Map.of());
        }
    }

    @Test
    void aCommitSurvivesReopening() throws Exception {
        Random random = new Random(7);
        try (VectorIndex index = VectorIndex.open(dir, 16)) {
            index.replace("d1", "d1@1", List.of(new VectorIndex.Entry("c1", null, List.of(), "fact", null, vector(random))));
            index.commit(Map.of("watermark", "2026-01-01T00:00:00Z"));
        }
        try (VectorIndex index = VectorIndex.open(dir, 16)) {
            assertThat(index.committed()).containsEntry("watermark", "2026-01-01T00:00:00Z");
            assertThat(index.size()).isEqualTo(1);
        }
    }

    private static List<VectorIndex.Entry> exact(List<VectorIndex.Entry> claims, float[] query, int k) {
        return claims.stream().sorted(Comparator.comparingDouble((VectorIndex.Entry c) -> Vectors.dot(query, c.vector()))
                .reversed().thenComparing(VectorIndex.Entry::id)).limit(k).toList();
    }

    private static float[] vector(Random random) {
        float[] v = new float[DIMENSIONS];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Vectors.normalize(v);
    }
}
