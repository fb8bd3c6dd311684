package io.claimstream.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pods an overlay will run, as far as policies see them (labels and named ports), and which
 * connections its NetworkPolicies let in. Pods come from the Deployments' templates and from the
 * custom resources whose operators create pods with documented labels: Strimzi's Kafka brokers,
 * CloudNativePG's instances and the Gateway's data plane.
 */
final class ClusterModel {

    /** A pod's labels, its namespace's labels ({@code null}: the overlay's own namespace) and named ports. */
    record Pod(String origin, Map<String, String> labels, Map<String, String> namespaceLabels, Map<String, Integer> ports) {

        static Pod outside(String origin, Map<String, String> labels, Map<String, String> namespaceLabels) {
            return new Pod(origin, labels, namespaceLabels, Map.of());
        }
    }

    private final ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private final List<Pod> pods = new ArrayList<>();
    private final List<NetworkPolicy> policies = new ArrayList<>();

    @SuppressWarnings("unchecked")
    ClusterModel(List<Map<String, Object>> objects) {
        for (Map<String, Object> object : objects) {
            String kind = (String) object.get("kind");
            String name = (String) Kustomize.metadata(object).get("name");
            Map<String, Object> spec = (Map<String, Object>) object.get("spec");
            switch (kind) {
                case "Deployment" -> {
                    Deployment deployment = mapper.convertValue(object, Deployment.class);
                    Map<String, Integer> ports = new HashMap<>();
                    deployment.getSpec().getTemplate().getSpec().getContainers().forEach(c -> {
                        for (ContainerPort port : c.getPorts()) {
                            ports.put(port.getName(), port.getContainerPort());
                        }
                    });
                    pods.add(new Pod("Deployment/" + name, deployment.getSpec().getTemplate().getMetadata().getLabels(), null, ports));
                }
                // Strimzi labels broker pods with the cluster and its kind; its listeners are their ports
                case "Kafka" -> {
                    Map<String, Integer> ports = new HashMap<>();
                    ((List<Map<String, Object>>) ((Map<String, Object>) spec.get("kafka")).get("listeners"))
                            .forEach(l -> ports.put((String) l.get("name"), (Integer) l.get("port")));
                    pods.add(new Pod("Kafka/" + name, Map.of("strimzi.io/cluster", name, "strimzi.io/kind", "Kafka",
                            "strimzi.io/name", name + "-kafka"), null, ports));
                }
                // CloudNativePG labels every instance with its cluster; PostgreSQL on 5432, status on 8000
                case "Cluster" -> pods.add(new Pod("Cluster/" + name, Map.of("cnpg.io/cluster", name, "cnpg.io/podRole", "instance"),
                        null, Map.of("postgresql", 5432, "status", 8000)));
                // Gateway API implementations label the data plane with the Gateway's name
                case "Gateway" -> {
                    Map<String, Integer> ports = new HashMap<>();
                    ((List<Map<String, Object>>) spec.get("listeners"))
                            .forEach(l -> ports.put((String) l.get("name"), (Integer) l.get("port")));
                    pods.add(new Pod("Gateway/" + name, Map.of("gateway.networking.k8s.io/gateway-name", name), null, ports));
                }
                case "NetworkPolicy" -> policies.add(mapper.convertValue(object, NetworkPolicy.class));
                default -> {
                }
            }
        }
    }

    List<Pod> pods() {
        return pods;
    }

    List<NetworkPolicy> policies() {
        return policies;
    }

    Pod pod(String origin) {
        return pods.stream().filter(p -> p.origin().equals(origin)).findFirst()
                .orElseThrow(() -> new AssertionError("no pods of " + origin));
    }

    List<Pod> selected(LabelSelector selector) {
        return pods.stream().filter(p -> matches(selector, p.labels())).toList();
    }

    /**
     * Whether a connection from one pod to another's port (a number, or a name the target pod
     * gives a port) is let in: no policy selects the target, or one of the policies that do has a
     * rule whose peers and ports both admit it.
     */
    boolean allows(Pod from, Pod to, String port) {
        List<NetworkPolicy> governing = policies.stream()
                .filter(p -> p.getSpec().getPolicyTypes() == null || p.getSpec().getPolicyTypes().contains("Ingress"))
                .filter(p -> matches(p.getSpec().getPodSelector(), to.labels())).toList();
        if (governing.isEmpty()) {
            return true;
        }
        for (NetworkPolicy policy : governing) {
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                boolean peer = rule.getFrom().isEmpty() || rule.getFrom().stream().anyMatch(p -> admits(p, from));
                boolean ports = rule.getPorts().isEmpty() || rule.getPorts().stream().anyMatch(p -> opens(p, to, port));
                if (peer && ports) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean admits(NetworkPolicyPeer peer, Pod from) {
        if (peer.getIpBlock() != null) {
            return false; // the checks here are about pods
        }
        boolean namespace = peer.getNamespaceSelector() == null
                ? from.namespaceLabels() == null
                : from.namespaceLabels() != null ? matches(peer.getNamespaceSelector(), from.namespaceLabels())
                : matches(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", "(this namespace)"));
        return namespace && (peer.getPodSelector() == null || matches(peer.getPodSelector(), from.labels()));
    }

    private static boolean opens(NetworkPolicyPort rule, Pod to, String asked) {
        IntOrString port = rule.getPort();
        if (port == null) {
            return true;
        }
        Integer askedNumber = asked.chars().allMatch(Character::isDigit) ? Integer.valueOf(asked) : to.ports().get(asked);
        Integer ruleNumber = port.getIntVal() != null ? port.getIntVal() : to.ports().get(port.getStrVal());
        return askedNumber != null && askedNumber.equals(ruleNumber);
    }

    /** Kubernetes label selector semantics; an empty selector selects everything. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null
                && !selector.getMatchLabels().entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())))) {
            return false;
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                String value = labels.get(requirement.getKey());
                boolean ok = switch (requirement.getOperator()) {
                    case "In" -> value != null && requirement.getValues().contains(value);
                    case "NotIn" -> value == null || !requirement.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> throw new IllegalArgumentException("unknown operator " + requirement.getOperator());
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }
}
