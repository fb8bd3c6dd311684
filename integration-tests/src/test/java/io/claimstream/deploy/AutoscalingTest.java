package io.claimstream.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.stack.KafkaTopics;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * analysis-service scales out only as far as Kafka can spread its work: each pod's consumers
 * take partitions of the topic it reads, and a consumer beyond the partition count sits idle.
 */
class AutoscalingTest {

    private static final Path REPO = Path.of(System.getProperty("claimstream.repo", "..")).toAbsolutePath().normalize();
    private final ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void analysisScalesOnCpuWithinThePartitionsOfTheTopicItReads(String overlay) throws IOException {
        List<Map<String, Object>> objects = Kustomize.render(REPO.resolve("deploy/k8s").resolve(overlay));
        List<HorizontalPodAutoscaler> autoscalers = typed(objects, "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);
        assertThat(autoscalers).extracting(h -> h.getSpec().getScaleTargetRef().getName()).containsExactly("analysis-service");
        for (HorizontalPodAutoscaler hpa : autoscalers) {
            var target = hpa.getSpec().getScaleTargetRef();
            assertThat(target.getApiVersion()).isEqualTo("apps/v1");
            assertThat(target.getKind()).isEqualTo("Deployment");
            Deployment deployment = typed(objects, "Deployment", Deployment.class).stream()
                    .filter(d -> d.getMetadata().getName().equals(target.getName())).findFirst()
                    .orElseThrow(() -> new AssertionError("the autoscaler scales a Deployment that does not exist: " + target.getName()));
            assertThat(deployment.getSpec().getReplicas())
                    .as("the autoscaler owns the replica count; a count in the Deployment resets it on every apply").isNull();

            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            for (MetricSpec metric : hpa.getSpec().getMetrics()) {
                assertThat(metric.getType()).isEqualTo("Resource");
                String resource = metric.getResource().getName();
                assertThat(container.getResources().getRequests())
                        .as("a utilization target is a share of the %s request", resource).containsKey(resource);
            }

            String service = target.getName();
            Properties properties = applicationProperties(service);
            String topic = incomingTopic(properties);
            // "partitions" (consumers merged into one stream) and "concurrency" (copies of the channel) both multiply
            int consumersPerPod = Integer.parseInt(properties.getProperty(incomingKey(properties, "partitions"), "1"))
                    * Integer.parseInt(properties.getProperty(incomingKey(properties, "concurrency"), "1"));
            int partitions = KafkaTopics.ALL.stream().filter(t -> t.name().equals(topic)).findFirst().orElseThrow().numPartitions();
            assertThat(partitions).isEqualTo(KafkaTopics.PARTITIONS);
            assertThat(kafkaTopicPartitions(objects, topic)).as("KafkaTopic %s", topic).isEqualTo(partitions);
            assertThat(hpa.getSpec().getMinReplicas()).isPositive().isLessThanOrEqualTo(hpa.getSpec().getMaxReplicas());
            assertThat(hpa.getSpec().getMaxReplicas() * consumersPerPod)
                    .as("%s consumers of %s at most (%d per pod), one per partition", service, topic, consumersPerPod)
                    .isLessThanOrEqualTo(partitions);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void disruptionBudgetsLetANodeDrainAtAnyReplicaCount(String overlay) {
        List<Map<String, Object>> objects = Kustomize.render(REPO.resolve("deploy/k8s").resolve(overlay));
        for (PodDisruptionBudget pdb : typed(objects, "PodDisruptionBudget", PodDisruptionBudget.class)) {
            // minAvailable equal to the replica count (1 in dev) would block every eviction
            assertThat(pdb.getSpec().getMinAvailable()).as(pdb.getMetadata().getName()).isNull();
            assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).isPositive();
        }
    }

    /** The one incoming channel's topic: analysis-service reads a single topic. */
    private static String incomingTopic(Properties properties) {
        List<String> topics = properties.stringPropertyNames().stream()
                .filter(k -> k.startsWith("mp.messaging.incoming.") && k.endsWith(".topic") && !k.contains("dead-letter"))
                .map(properties::getProperty).toList();
        assertThat(topics).hasSize(1);
        return topics.get(0);
    }

    private static String incomingKey(Properties properties, String attribute) {
        String topicKey = properties.stringPropertyNames().stream()
                .filter(k -> k.startsWith("mp.messaging.incoming.") && k.endsWith(".topic") && !k.contains("dead-letter"))
                .findFirst().orElseThrow();
        return topicKey.substring(0, topicKey.length() - "topic".length()) + attribute;
    }

    @SuppressWarnings("unchecked")
    private static int kafkaTopicPartitions(List<Map<String, Object>> objects, String topic) {
        return objects.stream().filter(o -> "KafkaTopic".equals(o.get("kind")))
                .filter(o -> topic.equals(Kustomize.metadata(o).get("name")))
                .map(o -> (Integer) ((Map<String, Object>) o.get("spec")).get("partitions"))
                .findFirst().orElseThrow(() -> new AssertionError("no KafkaTopic " + topic));
    }

    private static Properties applicationProperties(String service) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(REPO.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    private <T> List<T> typed(List<Map<String, Object>> objects, String kind, Class<T> type) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).map(o -> mapper.convertValue(o, type)).toList();
    }
}
