package io.claimstream.query.emergent;

import io.claimstream.embeddings.Vectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * k-means on unit vectors by cosine similarity, seeded by k-means++ from a fixed seed, so the
 * same claims in the same order always give the same clusters.
 */
final class SphericalKMeans {

    static final int MAX_ITERATIONS = 25;

    private SphericalKMeans() {
    }

    /** The cluster of each vector, from 0 to k-1. */
    static int[] assign(List<float[]> vectors, int k, long seed) {
        int n = vectors.size();
        int dims = vectors.get(0).length;
        List<float[]> centroids = seeds(vectors, k, new Random(seed));
        int[] cluster = new int[n];
        Arrays.fill(cluster, -1);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int best = nearest(vectors.get(i), centroids);
                if (best != cluster[i]) {
                    cluster[i] = best;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            for (int c = 0; c < centroids.size(); c++) {
                List<float[]> members = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (cluster[i] == c) {
                        members.add(vectors.get(i));
                    }
                }
                if (!members.isEmpty()) {
                    centroids.set(c, Vectors.centroid(members, dims));
                }
            }
        }
        return cluster;
    }

    static int nearest(float[] v, List<float[]> centroids) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.size(); c++) {
            double score = Vectors.dot(v, centroids.get(c));
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /** k-means++: each next seed drawn with weight growing with its distance from the seeds so far. */
    private static List<float[]> seeds(List<float[]> vectors, int k, Random random) {
        List<float[]> seeds = new ArrayList<>();
        seeds.add(vectors.get(random.nextInt(vectors.size())).clone());
        double[] distance = new double[vectors.size()];
        Arrays.fill(distance, Double.MAX_VALUE);
        while (seeds.size() < k) {
            float[] last = seeds.get(seeds.size() - 1);
            double total = 0;
            for (int i = 0; i < vectors.size(); i++) {
                double d = Math.max(0, 1 - Vectors.dot(vectors.get(i), last));
                distance[i] = Math.min(distance[i], d * d);
                total += distance[i];
            }
            if (total <= 0) {
                break; // fewer distinct vectors than k
            }
            double target = random.nextDouble() * total;
            int chosen = 0;
            for (double sum = distance[0]; sum < target && chosen < vectors.size() - 1; sum += distance[++chosen]) {
                // walk to the drawn vector
            }
            seeds.add(vectors.get(chosen).clone());
        }
        return seeds;
    }
}
