package io.claimstream.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The topics Claimstream needs, with their sizes and cleanup policies. Kubernetes declares the
 * same topics as Strimzi {@code KafkaTopic} resources; a test keeps the two in step.
 */
public final class KafkaTopics {

    /** Partitions of the main topics: the most analysis-service replicas that can share the work. */
    public static final int PARTITIONS = 6;
    private static final String WEEK_MS = Long.toString(7L * 24 * 3600 * 1000);
    private static final String MONTH_MS = Long.toString(30L * 24 * 3600 * 1000);

    public static final List<NewTopic> ALL = List.of(
            topic("documents.incoming", PARTITIONS, Map.of("cleanup.policy", "delete", "retention.ms", WEEK_MS)),
            topic("documents.parsed", PARTITIONS, Map.of("cleanup.policy", "compact")),
            topic("documents.analyzed", PARTITIONS, Map.of("cleanup.policy", "delete", "retention.ms", WEEK_MS)),
            topic("documents.incoming.dlq", 1, Map.of("cleanup.policy", "delete", "retention.ms", MONTH_MS)),
            topic("documents.parsed.dlq", 1, Map.of("cleanup.policy", "delete", "retention.ms", MONTH_MS)),
            topic("documents.analyzed.dlq", 1, Map.of("cleanup.policy", "delete", "retention.ms", MONTH_MS)));

    private KafkaTopics() {
    }

    private static NewTopic topic(String name, int partitions, Map<String, String> config) {
        Map<String, String> all = new java.util.HashMap<>(config);
        all.put("max.message.bytes", Integer.toString(KafkaBroker.MAX_MESSAGE_BYTES));
        all.put("compression.type", "producer");
        return new NewTopic(name, partitions, (short) 1).configs(all);
    }

    /** Creates whichever of the topics do not exist yet. */
    public static void ensure(String bootstrapServers) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = ALL.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topics on " + bootstrapServers + ": " + e.getCause(), e);
            }
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer", e);
        }
    }
}
