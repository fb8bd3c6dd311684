package io.claimstream.contracts;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HalfFloatsTest {

    @Test
    void unitVectorsSurviveTheRoundTripClosely() {
        Random random = new Random(7);
        float[] v = new float[384];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        double norm = Math.sqrt(dot(v, v));
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (v[i] / norm);
        }
        byte[] bytes = HalfFloats.encode(v);
        assertThat(bytes).hasSize(768);
        float[] back = HalfFloats.decode(bytes);
        for (int i = 0; i < v.length; i++) {
            assertThat(back[i]).isCloseTo(v[i], within(Math.abs(v[i]) / 1000f + 1e-6f));
        }
        assertThat(dot(v, back) / Math.sqrt(dot(v, v) * dot(back, back))).isGreaterThan(0.99999);
    }

    @Test
    void exactValuesAndEdgesAreKept() {
        float[] values = {0f, -0f, 1f, -2f, 0.5f, 65504f, 1e-7f, Float.POSITIVE_INFINITY, 1e6f};
        float[] back = HalfFloats.decode(HalfFloats.encode(values));
        assertThat(back[0]).isEqualTo(0f);
        assertThat(back[2]).isEqualTo(1f);
        assertThat(back[3]).isEqualTo(-2f);
        assertThat(back[4]).isEqualTo(0.5f);
        assertThat(back[5]).isEqualTo(65504f);
        assertThat(back[6]).isCloseTo(1e-7f, within(3e-8f)); // subnormal half
        assertThat(back[7]).isInfinite();
        assertThat(back[8]).isInfinite(); // beyond the half range
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
