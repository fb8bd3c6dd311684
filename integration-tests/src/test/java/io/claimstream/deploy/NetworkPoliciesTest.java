package io.claimstream.deploy;

import io.claimstream.deploy.ClusterModel.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NetworkPolicies of every overlay, evaluated on the pods the overlay will run: each selector
 * selects pods that exist, and the connections the system needs are let in while others are not.
 */
class NetworkPoliciesTest {

    private static final Path K8S = Path.of(System.getProperty("claimstream.repo", "..")).toAbsolutePath().normalize()
            .resolve("deploy/k8s");
    private static final List<String> SERVICES = List.of("ingest-service", "analysis-service", "query-service");
    private static final Pod ANYONE = Pod.outside("a client outside the cluster", Map.of(), Map.of("kubernetes.io/metadata.name", "elsewhere"));
    private static final Pod PROMETHEUS = Pod.outside("Prometheus", Map.of("app.kubernetes.io/name", "prometheus"),
            Map.of("kubernetes.io/metadata.name", "monitoring"));
    private static final Pod CNPG_OPERATOR = Pod.outside("the CloudNativePG operator", Map.of("app.kubernetes.io/name", "cloudnative-pg"),
            Map.of("kubernetes.io/metadata.name", "cnpg-system"));

    private static ClusterModel model(String overlay) {
        return new ClusterModel(Kustomize.render(K8S.resolve(overlay)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everySelectorSelectsPodsThatExist(String overlay) {
        ClusterModel cluster = model(overlay);
        assertThat(cluster.policies()).anySatisfy(policy -> {
            assertThat(policy.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(policy.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
            assertThat(policy.getSpec().getPolicyTypes()).containsExactly("Ingress");
            assertThat(policy.getSpec().getIngress()).as("default deny: no rule").isEmpty();
        });
        for (NetworkPolicy policy : cluster.policies()) {
            String name = policy.getMetadata().getName();
            assertThat(cluster.selected(policy.getSpec().getPodSelector())).as("pods of policy %s", name).isNotEmpty();
            policy.getSpec().getIngress().forEach(rule -> rule.getFrom().forEach(peer -> {
                if (peer.getNamespaceSelector() == null) {
                    assertThat(cluster.selected(peer.getPodSelector())).as("peers of policy %s", name).isNotEmpty();
                } else {
                    assertThat(peer.getPodSelector()).as("%s admits chosen pods of other namespaces, not whole namespaces", name)
                            .isNotNull();
                }
            }));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void theConnectionsTheSystemNeedsAreLetInAndNoOthers(String overlay) {
        ClusterModel cluster = model(overlay);
        Pod gateway = cluster.pod("Gateway/claimstream");
        Pod ingest = cluster.pod("Deployment/ingest-service");
        Pod analysis = cluster.pod("Deployment/analysis-service");
        Pod query = cluster.pod("Deployment/query-service");
        Pod database = cluster.pod("Cluster/claimstream-db");

        assertThat(cluster.allows(ANYONE, gateway, "80")).as("clients reach the gateway").isTrue();
        assertThat(cluster.allows(gateway, ingest, "http")).as("gateway to ingest-service").isTrue();
        assertThat(cluster.allows(gateway, query, "http")).as("gateway to query-service").isTrue();
        assertThat(cluster.allows(query, database, "5432")).as("query-service to PostgreSQL").isTrue();
        assertThat(cluster.allows(database, database, "5432")).as("replication between instances").isTrue();
        assertThat(cluster.allows(CNPG_OPERATOR, database, "8000")).as("the operator reads instance status").isTrue();
        for (Pod service : List.of(ingest, analysis, query)) {
            assertThat(cluster.allows(PROMETHEUS, service, "http")).as("Prometheus scrapes %s", service.origin()).isTrue();
        }

        assertThat(cluster.allows(ANYONE, query, "http")).as("query-service only behind the gateway").isFalse();
        assertThat(cluster.allows(ANYONE, ingest, "http")).as("ingest-service only behind the gateway").isFalse();
        assertThat(cluster.allows(gateway, analysis, "http")).as("analysis-service has no REST clients").isFalse();
        assertThat(cluster.allows(analysis, query, "http")).isFalse();
        assertThat(cluster.allows(ingest, database, "5432")).as("only query-service uses the database").isFalse();
        assertThat(cluster.allows(ANYONE, database, "5432")).isFalse();
        assertThat(cluster.allows(PROMETHEUS, database, "5432")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    @SuppressWarnings("unchecked")
    void onlyTheServicesMayUseTheKafkaListener(String overlay) {
        List<Map<String, Object>> objects = Kustomize.render(K8S.resolve(overlay));
        ClusterModel cluster = new ClusterModel(objects);
        Map<String, Object> kafka = objects.stream().filter(o -> "Kafka".equals(o.get("kind"))).findFirst().orElseThrow();
        List<Map<String, Object>> listeners = (List<Map<String, Object>>)
                ((Map<String, Object>) ((Map<String, Object>) kafka.get("spec")).get("kafka")).get("listeners");
        ObjectMapper mapper = new ObjectMapper();
        for (Map<String, Object> listener : listeners) {
            assertThat((List<Object>) listener.getOrDefault("networkPolicyPeers", List.of()))
                    .as("listener %s names who may connect (Strimzi turns this into its policy)", listener.get("name"))
                    .isNotEmpty();
        }
        assertThat(admittedBy(cluster, listeners, mapper))
                .containsExactlyInAnyOrderElementsOf(SERVICES.stream().map(s -> "Deployment/" + s).toList());
        // every Deployment given the brokers' address is among them
        List<String> configMapsWithKafka = objects.stream().filter(o -> "ConfigMap".equals(o.get("kind")))
                .filter(o -> ((Map<String, Object>) o.get("data")).containsKey("KAFKA_BOOTSTRAP_SERVERS"))
                .map(o -> (String) Kustomize.metadata(o).get("name")).toList();
        for (Map<String, Object> object : objects) {
            if ("Deployment".equals(object.get("kind"))) {
                Deployment deployment = mapper.convertValue(object, Deployment.class);
                boolean usesKafka = deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                        .flatMap(c -> c.getEnvFrom().stream())
                        .anyMatch(from -> from.getConfigMapRef() != null && configMapsWithKafka.contains(from.getConfigMapRef().getName()));
                assertThat(usesKafka).as("%s is given the brokers' address", deployment.getMetadata().getName()).isTrue();
                assertThat(admittedBy(cluster, listeners, mapper)).contains("Deployment/" + deployment.getMetadata().getName());
            }
        }
    }

    /** The pods a Kafka listener's networkPolicyPeers let in. */
    @SuppressWarnings("unchecked")
    private static List<String> admittedBy(ClusterModel cluster, List<Map<String, Object>> listeners, ObjectMapper mapper) {
        List<NetworkPolicyPeer> peers = listeners.stream()
                .flatMap(l -> ((List<Object>) l.getOrDefault("networkPolicyPeers", List.of())).stream())
                .map(p -> mapper.convertValue(p, NetworkPolicyPeer.class)).toList();
        return cluster.pods().stream()
                .filter(pod -> peers.stream().anyMatch(peer -> peer.getNamespaceSelector() == null
                        && ClusterModel.matches(peer.getPodSelector(), pod.labels())))
                .map(Pod::origin).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void policiesOnlyGovernIngress(String overlay) {
        // egress rules would have to allow DNS, the API server and the operators' webhooks; none are written
        for (NetworkPolicy policy : model(overlay).policies()) {
            assertThat(policy.getSpec().getPolicyTypes()).as(policy.getMetadata().getName()).containsExactly("Ingress");
            assertThat(policy.getSpec().getEgress()).isNullOrEmpty();
        }
    }
}
