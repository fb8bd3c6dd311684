package io.claimstream.query.emergent;

import io.claimstream.embeddings.Vectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Clusters claims that fit no taxonomy topic into new topics, labelled by their distinctive terms.
 *
 * <p>Spherical k-means over the claims' sentence vectors, deliberately with too many clusters
 * (k = the square root of the claim count), whose clusters are then merged while two centres are
 * at least {@code merge} similar: the number of topics follows from how far apart the claims are,
 * not from a guess. Clusters smaller than {@code minSize} are dissolved into the nearest
 * surviving cluster; a claim whose similarity to its cluster's centre stays below {@code floor}
 * is an outlier. Everything is deterministic.
 */
public final class EmergentClustering {

    /** A claim to cluster: its vector (unit length) and text. */
    public record Item(String id, float[] vector, String text) {
    }

    /** A new topic: its label, its distinctive terms and its claims, the most central first. */
    public record Cluster(String id, String label, List<String> terms, List<String> claimIds, double cohesion) {
    }

    public record Result(List<Cluster> clusters, int considered, int outliers) {
        public double outlierShare() {
            return considered == 0 ? 0 : Math.round(outliers * 1000.0 / considered) / 1000.0;
        }
    }

    private final int minSize;
    private final double floor;
    private final int maxClusters;
    private final double merge;

    public EmergentClustering(int minSize, double floor, int maxClusters, double merge) {
        this.minSize = minSize;
        this.floor = floor;
        this.maxClusters = maxClusters;
        this.merge = merge;
    }

    /** @param background term sets of a sample of the whole corpus, against which terms are distinctive */
    public Result cluster(List<Item> items, List<Set<String>> background) {
        List<Item> usable = items.stream().filter(i -> Vectors.dot(i.vector(), i.vector()) > 0.5).toList();
        int n = usable.size();
        if (n < minSize) {
            return new Result(List.of(), items.size(), items.size());
        }
        int k = Math.max(1, Math.min(Math.min(maxClusters * 2, n / minSize), (int) Math.ceil(Math.sqrt(n))));
        List<float[]> vectors = usable.stream().map(Item::vector).toList();
        int[] assignment = SphericalKMeans.assign(vectors, k, 42);
        assignment = dissolveSmall(vectors, assignment, k);
        assignment = mergeClose(vectors, assignment);
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(assignment[i], c -> new ArrayList<>()).add(i);
        }
        List<Set<String>> termSets = usable.stream().map(i -> DistinctiveTerms.of(i.text())).toList();
        List<Set<String>> corpus = new ArrayList<>(background);
        corpus.addAll(termSets);
        Map<String, Integer> df = DistinctiveTerms.documentFrequencies(corpus);
        List<Cluster> clusters = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        int outliers = items.size() - n;
        for (List<Integer> group : members.values()) {
            float[] centre = Vectors.centroid(group.stream().map(vectors::get).toList(), vectors.get(0).length);
            List<Integer> kept = new ArrayList<>();
            double similarity = 0;
            for (int i : group) {
                double s = Vectors.dot(vectors.get(i), centre);
                if (s >= floor) {
                    kept.add(i);
                    similarity += s;
                }
            }
            if (kept.size() < minSize) {
                outliers += group.size();
                continue;
            }
            outliers += group.size() - kept.size();
            kept.sort(Comparator.comparingDouble((Integer i) -> -Vectors.dot(vectors.get(i), centre))
                    .thenComparing(i -> usable.get(i).id()));
            List<String> terms = DistinctiveTerms.top(kept.stream().map(termSets::get).toList(), df, corpus.size(), 3);
            if (terms.isEmpty()) {
                // no term two of its claims share: the most central claim's own distinctive terms say
                // more than no label at all
                terms = DistinctiveTerms.top(List.of(termSets.get(kept.get(0))), df, corpus.size(), 2);
            }
            String label = terms.isEmpty() ? "Unlabelled" : capitalise(String.join(", ", terms));
            String id = "emergent-" + slug(terms, usable.get(kept.get(0)).id());
            for (int suffix = 2; !ids.add(id); suffix++) {
                id = "emergent-" + slug(terms, usable.get(kept.get(0)).id()) + "-" + suffix;
            }
            clusters.add(new Cluster(id, label, terms,
                    kept.stream().map(i -> usable.get(i).id()).toList(),
                    Math.round(similarity / kept.size() * 1000) / 1000.0));
        }
        clusters.sort(Comparator.comparingInt((Cluster c) -> -c.claimIds().size()).thenComparing(Cluster::id));
        return new Result(clusters, items.size(), outliers);
    }

    /**
     * Merges the two clusters with the most similar centres while that similarity is at least
     * {@code merge}, or while there are more than {@code maxClusters}.
     */
    private int[] mergeClose(List<float[]> vectors, int[] assignment) {
        int[] merged = assignment.clone();
        while (true) {
            Map<Integer, float[]> centres = new TreeMap<>();
            Map<Integer, List<float[]>> members = new TreeMap<>();
            for (int i = 0; i < merged.length; i++) {
                members.computeIfAbsent(merged[i], c -> new ArrayList<>()).add(vectors.get(i));
            }
            members.forEach((c, of) -> centres.put(c, Vectors.centroid(of, vectors.get(0).length)));
            List<Integer> ids = new ArrayList<>(centres.keySet());
            int bestA = -1;
            int bestB = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < ids.size(); a++) {
                for (int b = a + 1; b < ids.size(); b++) {
                    double s = Vectors.dot(centres.get(ids.get(a)), centres.get(ids.get(b)));
                    if (s > best) {
                        best = s;
                        bestA = ids.get(a);
                        bestB = ids.get(b);
                    }
                }
            }
            if (bestA < 0 || (best < merge && ids.size() <= maxClusters)) {
                return merged;
            }
            for (int i = 0; i < merged.length; i++) {
                if (merged[i] == bestB) {
                    merged[i] = bestA;
                }
            }
        }
    }

    /** Moves the members of clusters below the minimum size to their nearest cluster that has it. */
    private int[] dissolveSmall(List<float[]> vectors, int[] assignment, int k) {
        int[] sizes = new int[k];
        for (int c : assignment) {
            sizes[c]++;
        }
        List<Integer> surviving = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (sizes[c] >= minSize) {
                surviving.add(c);
            }
        }
        if (surviving.isEmpty() || surviving.size() == k) {
            return assignment;
        }
        List<float[]> centres = new ArrayList<>();
        for (int c : surviving) {
            List<float[]> of = new ArrayList<>();
            for (int i = 0; i < assignment.length; i++) {
                if (assignment[i] == c) {
                    of.add(vectors.get(i));
                }
            }
            centres.add(Vectors.centroid(of, vectors.get(0).length));
        }
        int[] moved = assignment.clone();
        for (int i = 0; i < moved.length; i++) {
            if (sizes[moved[i]] < minSize) {
                moved[i] = surviving.get(SphericalKMeans.nearest(vectors.get(i), centres));
            }
        }
        return moved;
    }

    private static String slug(List<String> terms, String fallback) {
        String slug = String.join("-", terms).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? fallback : slug;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
