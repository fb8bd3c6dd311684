package io.claimstream.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.stack.KafkaTopics;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neither Docker nor a cluster runs here, so the deployment files are checked as objects: every
 * Kubernetes object of every overlay, and docker-compose.yml, against each other and against
 * what the services actually read.
 */
class DeploymentManifestsTest {

    private static final Path REPO = Path.of(System.getProperty("claimstream.repo", "..")).toAbsolutePath().normalize();
    private static final Path K8S = REPO.resolve("deploy/k8s");
    private static final Set<String> HEALTH_PATHS = Set.of("/q/health/live", "/q/health/ready", "/q/health/started");
    private static final List<String> SERVICES = List.of("ingest-service", "analysis-service", "query-service");
    private final ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyObjectIsAWellFormedKubernetesObject(String overlay) {
        List<Map<String, Object>> objects = Kustomize.render(K8S.resolve(overlay));
        assertThat(objects).isNotEmpty();
        for (Map<String, Object> object : objects) {
            assertThat(object).containsKeys("apiVersion", "kind");
            assertThat(Kustomize.metadata(object)).containsKey("name");
            Class<?> type = switch ((String) object.get("kind")) {
                case "Deployment" -> Deployment.class;
                case "Service" -> Service.class;
                case "ConfigMap" -> ConfigMap.class;
                case "Secret" -> Secret.class;
                case "PodDisruptionBudget" -> PodDisruptionBudget.class;
                case "HorizontalPodAutoscaler" -> HorizontalPodAutoscaler.class;
                case "NetworkPolicy" -> NetworkPolicy.class;
                default -> null;
            };
            if (type != null) {
                mapper.convertValue(object, type);
            } else {
                assertThat(object).as("%s has a spec", object.get("kind")).containsKey("spec");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void selectorsProbesAndReferencesFitTogether(String overlay) {
        List<Map<String, Object>> objects = Kustomize.render(K8S.resolve(overlay));
        List<Deployment> deployments = typed(objects, "Deployment", Deployment.class);
        assertThat(deployments).extracting(d -> d.getMetadata().getName()).containsExactlyInAnyOrderElementsOf(SERVICES);
        Set<String> configMaps = names(objects, "ConfigMap");
        Set<String> secrets = names(objects, "Secret");
        secrets.add("claimstream-db-app"); // created by the CloudNativePG operator for the Cluster
        if (!overlay.equals("overlays/dev")) {
            secrets.add("claimstream-api-keys"); // created by hand before deploying (README), never committed
        }
        for (Deployment deployment : deployments) {
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
            assertThat(podLabels).containsKeys("app.kubernetes.io/name", "app.kubernetes.io/part-of", "app.kubernetes.io/component");
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).containsKeys("memory");
            for (Probe probe : List.of(container.getLivenessProbe(), container.getReadinessProbe(), container.getStartupProbe())) {
                HTTPGetAction get = probe.getHttpGet();
                assertThat(HEALTH_PATHS).contains(get.getPath());
                assertThat(container.getPorts()).anySatisfy(p -> assertThat(p.getName()).isEqualTo(get.getPort().getStrVal()));
            }
            assertThat(container.getEnv()).filteredOn(e -> e.getName().equals("JAVA_OPTS_APPEND")).allSatisfy(e ->
                    assertThat(e.getValue().split(" ")).as("%s keeps the JVM flags of its image", deployment.getMetadata().getName())
                            .contains(imageJavaOptions(deployment.getMetadata().getName())));
            Map<String, String> scrape = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
            assertThat(scrape).containsEntry("prometheus.io/scrape", "true").containsEntry("prometheus.io/path", "/q/metrics");
            assertThat(container.getPorts()).anySatisfy(p -> assertThat(p.getContainerPort().toString())
                    .isEqualTo(scrape.get("prometheus.io/port")));
            container.getEnvFrom().forEach(from -> {
                if (from.getConfigMapRef() != null) {
                    assertThat(configMaps).contains(from.getConfigMapRef().getName());
                }
                if (from.getSecretRef() != null) {
                    assertThat(secrets).contains(from.getSecretRef().getName());
                }
            });
        }
        for (Service service : typed(objects, "Service", Service.class)) {
            assertThat(deployments).as("a Deployment behind Service %s", service.getMetadata().getName())
                    .anySatisfy(d -> assertThat(d.getSpec().getTemplate().getMetadata().getLabels())
                            .containsAllEntriesOf(service.getSpec().getSelector()));
        }
        for (PodDisruptionBudget pdb : typed(objects, "PodDisruptionBudget", PodDisruptionBudget.class)) {
            assertThat(deployments).anySatisfy(d -> assertThat(d.getSpec().getTemplate().getMetadata().getLabels())
                    .containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels()));
        }
        Set<String> serviceNames = names(objects, "Service");
        objects.stream().filter(o -> "HTTPRoute".equals(o.get("kind"))).forEach(route ->
                assertThat(route.toString()).satisfies(text -> backendNames(route).forEach(
                        backend -> assertThat(serviceNames).contains(backend))));
    }

    @Test
    void probedAndScrapedPathsAreServedByEveryService() throws IOException {
        for (String service : SERVICES) {
            String pom = Files.readString(REPO.resolve(service).resolve("pom.xml"));
            // /q/health/live, /ready and /started
            assertThat(pom).as("%s serves the probes' paths", service).contains("<artifactId>quarkus-smallrye-health</artifactId>");
            // /q/metrics
            assertThat(pom).as("%s serves /q/metrics", service).contains("<artifactId>quarkus-micrometer-registry-prometheus</artifactId>");
            Properties properties = applicationProperties(service);
            assertThat(properties.getProperty("quarkus.management.enabled", "false"))
                    .as("%s serves /q/* on its main port, where the probes look", service).isEqualTo("false");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    @SuppressWarnings("unchecked")
    void connectionSettingsNameTheServicesTheOperatorsCreate(String overlay) {
        List<Map<String, Object>> objects = Kustomize.render(K8S.resolve(overlay));
        Map<String, Object> config = (Map<String, Object>) objects.stream().filter(o -> "ConfigMap".equals(o.get("kind")))
                .findFirst().orElseThrow().get("data");
        Map<String, Object> kafka = objects.stream().filter(o -> "Kafka".equals(o.get("kind"))).findFirst().orElseThrow();
        List<Map<String, Object>> listeners = (List<Map<String, Object>>)
                ((Map<String, Object>) ((Map<String, Object>) kafka.get("spec")).get("kafka")).get("listeners");
        // Strimzi names the bootstrap Service <cluster>-kafka-bootstrap
        assertThat(listeners).extracting(l -> Kustomize.metadata(kafka).get("name") + "-kafka-bootstrap:" + l.get("port"))
                .contains((String) config.get("KAFKA_BOOTSTRAP_SERVERS"));
        Map<String, Object> database = objects.stream().filter(o -> "Cluster".equals(o.get("kind"))).findFirst().orElseThrow();
        Map<String, Object> initdb = (Map<String, Object>) ((Map<String, Object>)
                ((Map<String, Object>) database.get("spec")).get("bootstrap")).get("initdb");
        // CloudNativePG names the primary's Service <cluster>-rw
        assertThat(config.get("QUARKUS_DATASOURCE_JDBC_URL")).isEqualTo("jdbc:postgresql://"
                + Kustomize.metadata(database).get("name") + "-rw:5432/" + initdb.get("database"));
        assertThat((List<String>) initdb.get("postInitApplicationSQL")).anySatisfy(sql ->
                assertThat(sql).containsIgnoringCase("CREATE EXTENSION IF NOT EXISTS vector"));
    }

    @Test
    void configMapKeysAreSettingsTheServicesRead() throws IOException {
        Set<String> known = new HashSet<>();
        for (String service : SERVICES) {
            known.addAll(applicationProperties(service).stringPropertyNames().stream()
                    .map(DeploymentManifestsTest::canonical).collect(Collectors.toSet()));
        }
        for (Map<String, Object> object : Kustomize.render(K8S.resolve("base"))) {
            if ("ConfigMap".equals(object.get("kind"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> data = (Map<String, Object>) object.get("data");
                data.keySet().forEach(key -> assertThat(known).as("ConfigMap key %s is read by a service", key)
                        .contains(canonical(key)));
            }
        }
    }

    @Test
    void topicsAgreeAcrossLocalStackKubernetesComposeAndServices() throws IOException {
        Map<String, NewTopic> local = KafkaTopics.ALL.stream().collect(Collectors.toMap(NewTopic::name, t -> t));
        List<Map<String, Object>> kafkaTopics = Kustomize.render(K8S.resolve("base")).stream()
                .filter(o -> "KafkaTopic".equals(o.get("kind"))).toList();
        assertThat(kafkaTopics).extracting(t -> (String) Kustomize.metadata(t).get("name"))
                .containsExactlyInAnyOrderElementsOf(local.keySet());
        for (Map<String, Object> topic : kafkaTopics) {
            @SuppressWarnings("unchecked")
            Map<String, Object> spec = (Map<String, Object>) topic.get("spec");
            @SuppressWarnings("unchecked")
            Map<String, Object> config = (Map<String, Object>) spec.get("config");
            NewTopic expected = local.get((String) Kustomize.metadata(topic).get("name"));
            assertThat(spec.get("partitions")).isEqualTo(expected.numPartitions());
            assertThat(config.get("cleanup.policy")).isEqualTo(expected.configs().get("cleanup.policy"));
        }
        String compose = Files.readString(REPO.resolve("docker-compose.yml"));
        for (NewTopic topic : KafkaTopics.ALL) {
            assertThat(compose).contains(topic.name() + ":" + topic.numPartitions() + ":"
                    + topic.configs().get("cleanup.policy"));
        }
        for (String service : SERVICES) {
            Properties properties = applicationProperties(service);
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("mp.messaging.") && key.endsWith(".topic")) {
                    assertThat(local).as("%s %s", service, key).containsKey(properties.getProperty(key));
                }
                if (key.endsWith("dead-letter-queue.topic")) {
                    assertThat(local).as("%s %s", service, key).containsKey(properties.getProperty(key));
                }
            }
        }
    }

    @Test
    void composeWaitsForHealthyDependenciesAndLimitsMemory() {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>)
                Kustomize.readAll(REPO.resolve("docker-compose.yml")).get(0).get("services");
        assertThat(services).containsKeys("kafka", "postgres", "gateway");
        assertThat(services).containsKeys(SERVICES.toArray(String[]::new));
        services.forEach((name, service) -> {
            assertThat(service).as("%s has a memory limit", name).containsKey("mem_limit");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) service.getOrDefault("depends_on", Map.of());
            dependsOn.forEach((dependency, condition) -> {
                String wanted = condition.get("condition");
                assertThat(wanted).as("%s waits for %s", name, dependency)
                        .isIn("service_healthy", "service_completed_successfully");
                if (wanted.equals("service_healthy")) {
                    assertThat(services.get(dependency)).as("%s has a healthcheck", dependency).containsKey("healthcheck");
                }
            });
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> backendNames(Map<String, Object> route) {
        Map<String, Object> spec = (Map<String, Object>) route.get("spec");
        return ((List<Map<String, Object>>) spec.get("rules")).stream()
                .flatMap(rule -> ((List<Map<String, Object>>) rule.get("backendRefs")).stream())
                .map(ref -> (String) ref.get("name")).toList();
    }

    private <T> List<T> typed(List<Map<String, Object>> objects, String kind, Class<T> type) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).map(o -> mapper.convertValue(o, type)).toList();
    }

    private static Set<String> names(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")))
                .map(o -> (String) Kustomize.metadata(o).get("name")).collect(Collectors.toCollection(HashSet::new));
    }

    private static Properties applicationProperties(String service) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(REPO.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    /** The JAVA_OPTS_APPEND flags a service's Dockerfile.jvm sets, which a Deployment's own value replaces. */
    private static String[] imageJavaOptions(String service) {
        try {
            return Files.readAllLines(REPO.resolve(service).resolve("src/main/docker/Dockerfile.jvm")).stream()
                    .filter(line -> line.startsWith("ENV JAVA_OPTS_APPEND="))
                    .map(line -> line.substring("ENV JAVA_OPTS_APPEND=".length()).replace("\"", "").trim())
                    .flatMap(value -> java.util.Arrays.stream(value.split(" ")))
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The environment-variable form of a config key, as MicroProfile Config maps it. */
    private static String canonical(String key) {
        return key.replaceAll("^%[a-z]+\\.", "").replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }
}
