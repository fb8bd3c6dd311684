package io.claimstream.embeddings;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class VectorsTest {

    @Test
    void cosineOfParallelOrthogonalAndOpposite() {
        float[] a = {1, 2, 3, 4, 5};
        assertThat(Vectors.cosine(a, new float[] {2, 4, 6, 8, 10})).isCloseTo(1.0, within(1e-6));
        assertThat(Vectors.cosine(new float[] {1, 0}, new float[] {0, 1})).isZero();
        assertThat(Vectors.cosine(new float[] {1, 0}, new float[] {-1, 0})).isCloseTo(-1.0, within(1e-9));
        assertThat(Vectors.cosine(new float[2], new float[] {1, 0})).isZero();
    }

    @Test
    void normalizeAndCentroid() {
        float[] v = Vectors.normalize(new float[] {3, 4});
        assertThat(v[0]).isCloseTo(0.6f, within(1e-6f));
        assertThat(Vectors.centroid(List.of(new float[] {1, 0}, new float[] {0, 1}), 2)[0])
                .isCloseTo((float) Math.sqrt(0.5), within(1e-6f));
        assertThatThrownBy(() -> Vectors.dot(new float[2], new float[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
