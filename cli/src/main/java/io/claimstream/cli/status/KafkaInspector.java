package io.claimstream.cli.status;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Read-only look at the broker through the Admin API: how far each consumer group is behind the
 * end of each topic it reads, and how many records wait in the dead-letter topics.
 */
public final class KafkaInspector implements AutoCloseable {

    public record GroupLag(String group, String state, int members, String topic, long lag) {
    }

    public record DeadLetters(String topic, long records) {
    }

    private static final long TIMEOUT_SECONDS = 6;

    private final Admin admin;

    public KafkaInspector(String bootstrapServers) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "claimstream-cli");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        // a broker that is down should not leave the command retrying its connection for long
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        this.admin = Admin.create(config);
    }

    /** One row per group and topic, the lag summed over the topic's partitions. */
    public List<GroupLag> consumerLag() throws ExecutionException, InterruptedException, TimeoutException {
        Collection<GroupListing> groups = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<String> ids = groups.stream().map(GroupListing::groupId).sorted().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, ConsumerGroupDescription> descriptions = admin.describeConsumerGroups(ids).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<GroupLag> lags = new ArrayList<>();
        for (String group : ids) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Map<TopicPartition, Long> ends = offsets(committed.keySet(), OffsetSpec.latest());
            Map<String, Long> byTopic = new TreeMap<>();
            committed.forEach((partition, offset) -> {
                long end = ends.getOrDefault(partition, 0L);
                long position = offset == null ? 0 : offset.offset();
                byTopic.merge(partition.topic(), Math.max(0, end - position), Long::sum);
            });
            ConsumerGroupDescription description = descriptions.get(group);
            String state = description == null ? "unknown" : description.groupState().toString();
            int members = description == null ? 0 : description.members().size();
            if (byTopic.isEmpty()) {
                lags.add(new GroupLag(group, state, members, "", 0));
            }
            byTopic.forEach((topic, lag) -> lags.add(new GroupLag(group, state, members, topic, lag)));
        }
        return lags;
    }

    /** Records held by every topic whose name ends in {@code .dlq}. */
    public List<DeadLetters> deadLetters() throws ExecutionException, InterruptedException, TimeoutException {
        List<String> topics = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
                .filter(name -> name.endsWith(".dlq")).sorted().toList();
        if (topics.isEmpty()) {
            return List.of();
        }
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<TopicPartition> partitions = new ArrayList<>();
        described.values().forEach(d -> d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
        Map<TopicPartition, Long> earliest = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> latest = offsets(partitions, OffsetSpec.latest());
        Map<String, Long> records = new TreeMap<>();
        topics.forEach(t -> records.put(t, 0L));
        for (TopicPartition partition : partitions) {
            long size = latest.getOrDefault(partition, 0L) - earliest.getOrDefault(partition, 0L);
            records.merge(partition.topic(), Math.max(0, size), Long::sum);
        }
        List<DeadLetters> result = new ArrayList<>();
        records.forEach((topic, count) -> result.add(new DeadLetters(topic, count)));
        return result;
    }

    private Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer = admin.listOffsets(request).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        answer.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    @Override
    public void close() {
        admin.close(java.time.Duration.ofSeconds(2));
    }
}
