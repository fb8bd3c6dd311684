package io.claimstream.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The other tests read overlays through {@link Kustomize}, a Java subset of Kustomize. Where
 * kubectl is installed, its own {@code kubectl kustomize} must render exactly the same objects,
 * so that what the tests check is what {@code kubectl apply -k} applies.
 */
class KustomizeAgreementTest {

    private static final Path K8S = Path.of(System.getProperty("claimstream.repo", "..")).toAbsolutePath().normalize()
            .resolve("deploy/k8s");

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void kubectlRendersTheSameObjects(String overlay) throws IOException, InterruptedException {
        String rendered = kubectlKustomize(K8S.resolve(overlay));
        assumeTrue(rendered != null, "kubectl is not installed here");
        List<Map<String, Object>> byKubectl = new ArrayList<>();
        for (Object doc : new Yaml().loadAll(rendered)) {
            if (doc != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) doc;
                byKubectl.add(object);
            }
        }
        assertThat(sorted(Kustomize.render(K8S.resolve(overlay)))).isEqualTo(sorted(byKubectl));
    }

    private static List<Map<String, Object>> sorted(List<Map<String, Object>> objects) {
        return objects.stream().sorted(Comparator.comparing(o -> o.get("kind") + "/" + Kustomize.metadata(o).get("name"))).toList();
    }

    /** The output of {@code kubectl kustomize DIR}, or null when there is no kubectl to run. */
    private static String kubectlKustomize(Path dir) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            return null;
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize " + dir + " failed: " + err);
        }
        return out;
    }
}
