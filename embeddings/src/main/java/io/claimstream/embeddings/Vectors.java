package io.claimstream.embeddings;

/** Arithmetic on embedding vectors. */
public final class Vectors {

    private Vectors() {
    }

    /** The dot product; for unit vectors, their cosine similarity. */
    public static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " dimensions");
        }
        // four independent sums let the CPU overlap the additions
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (double) s0 + s1 + s2 + s3;
    }

    public static double cosine(float[] a, float[] b) {
        double norms = Math.sqrt(dot(a, a) * dot(b, b));
        return norms == 0 ? 0 : dot(a, b) / norms;
    }

    /** The vector scaled to unit length, in place; the zero vector stays zero. */
    public static float[] normalize(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (v[i] / norm);
            }
        }
        return v;
    }

    /** The mean of several vectors, scaled to unit length: the direction they share. */
    public static float[] centroid(Iterable<float[]> vectors, int dimensions) {
        float[] sum = new float[dimensions];
        for (float[] v : vectors) {
            for (int i = 0; i < dimensions; i++) {
                sum[i] += v[i];
            }
        }
        return normalize(sum);
    }
}
