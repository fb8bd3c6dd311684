package io.claimstream.query.emergent;

import io.claimstream.embeddings.MiniLmEmbedder;
import io.claimstream.embeddings.SentenceEmbedder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Claims written for this test on three subjects no taxonomy names, clustered with the real model. */
class EmergentClusteringTest {

    private static final List<String> ROBOTS = List.of(
            "Humanoid robots will work in warehouses before they work in homes.",
            "The hardest part of humanoid robots is still the hands.",
            "Warehouse robots need cheaper actuators to pay off.",
            "Robot arms in factories are getting better at picking odd shapes.",
            "Humanoid robots are mostly demos today, not products.",
            "Home robots will need to fold laundry before anyone buys them.");
    private static final List<String> ENERGY = List.of(
            "Data centres are limited by electricity, not by land.",
            "Power grids cannot connect new data centres fast enough.",
            "Nuclear power deals are how labs will secure electricity.",
            "Electricity prices near data centres have doubled.",
            "Gas turbines are being installed on site to power data centres.",
            "The grid connection queue is now years long for big data centres.");
    private static final List<String> LAW = List.of(
            "Copyright lawsuits over training data will reach the supreme court.",
            "Publishers are suing labs for copying their archives.",
            "Courts will decide whether training on books is fair use.",
            "Licensing deals with publishers are a hedge against copyright rulings.",
            "Authors filed a class action over pirated books in training sets.",
            "A copyright ruling against one lab would change every license deal.");

    private final SentenceEmbedder embedder = MiniLmEmbedder.shared();

    @Test
    void claimsOnNewSubjectsFormLabelledTopicsWithFewOutliers() {
        List<String> texts = new ArrayList<>();
        texts.addAll(ROBOTS);
        texts.addAll(ENERGY);
        texts.addAll(LAW);
        List<float[]> vectors = embedder.embedAll(texts);
        List<EmergentClustering.Item> items = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            items.add(new EmergentClustering.Item("c" + (100 + i), vectors.get(i), texts.get(i)));
        }
        List<Set<String>> background = List.of(DistinctiveTerms.of("Models will get better at coding every year."),
                DistinctiveTerms.of("Open models are catching up with closed models."));
        EmergentClustering.Result result = new EmergentClustering(3, 0.2, 30, 0.55).cluster(items, background);

        assertThat(result.considered()).isEqualTo(18);
        assertThat(result.outlierShare()).isLessThanOrEqualTo(0.2);
        assertThat(result.clusters()).hasSize(3);
        List<String> labels = result.clusters().stream().map(EmergentClustering.Cluster::label).toList();
        assertThat(labels).anySatisfy(label -> assertThat(label.toLowerCase()).containsAnyOf("robot", "humanoid"));
        assertThat(labels).anySatisfy(label -> assertThat(label.toLowerCase()).containsAnyOf("data centres", "electricity", "power"));
        assertThat(labels).anySatisfy(label -> assertThat(label.toLowerCase()).containsAnyOf("copyright", "publishers"));
        for (EmergentClustering.Cluster cluster : result.clusters()) {
            // each cluster is mostly one subject
            long robots = cluster.claimIds().stream().filter(id -> Integer.parseInt(id.substring(1)) < 106).count();
            long law = cluster.claimIds().stream().filter(id -> Integer.parseInt(id.substring(1)) >= 112).count();
            long energy = cluster.claimIds().size() - robots - law;
            assertThat(Math.max(robots, Math.max(law, energy))).isGreaterThanOrEqualTo((long) (cluster.claimIds().size() * 0.8));
        }
        // deterministic: the same claims give the same topics
        assertThat(new EmergentClustering(3, 0.2, 30, 0.55).cluster(items, background)).isEqualTo(result);
    }

    @Test
    void tooFewClaimsFormNoTopic() {
        float[] v = embedder.embed("One lonely remark.");
        EmergentClustering.Result result = new EmergentClustering(3, 0.2, 30, 0.55)
                .cluster(List.of(new EmergentClustering.Item("a", v, "One lonely remark.")), List.of());
        assertThat(result.clusters()).isEmpty();
        assertThat(result.outlierShare()).isEqualTo(1.0);
    }

    @Test
    void distinctiveTermsPreferPhrasesThatSetAGroupApart() {
        List<Set<String>> group = List.of(DistinctiveTerms.of("Humanoid robots need hands."),
                DistinctiveTerms.of("Humanoid robots are demos."), DistinctiveTerms.of("Models need data."));
        List<Set<String>> corpus = new ArrayList<>(group);
        corpus.add(DistinctiveTerms.of("Models need data and compute."));
        assertThat(DistinctiveTerms.top(group, DistinctiveTerms.documentFrequencies(corpus), corpus.size(), 2))
                .startsWith("humanoid robots").doesNotContain("humanoid", "robots");
    }

    @Test
    void aClusterWhoseClaimsShareNoTermIsLabelledByItsMostCentralClaim() {
        float[] a = {1f, 0f, 0f};
        float[] b = {0.99f, 0.141f, 0f};
        float[] c = {0.99f, 0f, 0.141f};
        List<EmergentClustering.Item> items = List.of(
                new EmergentClustering.Item("x1", a, "Sourdough starters need feeding."),
                new EmergentClustering.Item("x2", b, "Glaciers retreat every summer."),
                new EmergentClustering.Item("x3", c, "Chess openings reward memorisation."));
        EmergentClustering.Result result = new EmergentClustering(3, 0.2, 30, 0.55).cluster(items, List.of());

        assertThat(result.clusters()).hasSize(1);
        EmergentClustering.Cluster cluster = result.clusters().get(0);
        assertThat(cluster.label()).isNotEqualTo("Unlabelled");
        assertThat(cluster.terms()).isNotEmpty()
                .allSatisfy(term -> assertThat(items.get(0).text().toLowerCase()).contains(term));
    }
}
