package io.claimstream.ingest.deadletter;

import io.claimstream.common.errors.ApiException;
import io.claimstream.ingest.config.IngestConfig;
import io.claimstream.ingest.config.KafkaClients;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Re-publishes the records of a dead-letter topic to the topics they failed on, with the same key,
 * value and headers (minus the failure description). The replay group's offsets are committed only
 * for records whose copy the broker acknowledged (acks=all), so a replay that fails half-way
 * resumes where it stopped: a record may be re-published twice, never lost, and every consumer
 * downstream is idempotent by document id.
 *
 * <p>A call replays the topic up to the end it had when the call began: a record that fails again
 * returns to the dead-letter topic and waits for the next replay instead of looping.
 */
@ApplicationScoped
public class DeadLetterReplayer {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplayer.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration KAFKA_CALL = Duration.ofSeconds(10);

    private final KafkaClients clients;
    private final IngestConfig.Replay config;
    private final MeterRegistry metrics;
    private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();

    public DeadLetterReplayer(KafkaClients clients, IngestConfig config, MeterRegistry metrics) {
        this.clients = clients;
        this.config = config.replay();
        this.metrics = metrics;
    }

    /** Every dead-letter topic with the records it holds and how many still wait for a replay. */
    public List<DeadLetterCount> counts() {
        try (KafkaConsumer<byte[], byte[]> consumer = clients.deadLetterConsumer()) {
            Map<String, List<TopicPartition>> byTopic = new TreeMap<>();
            for (String topic : DeadLetterTopics.all()) {
                byTopic.put(topic, partitions(consumer, topic));
            }
            List<TopicPartition> all = byTopic.values().stream().flatMap(List::stream).toList();
            consumer.assign(all); // offsets of unassigned partitions work too, but the client warns about each
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(all, KAFKA_CALL);
            Map<TopicPartition, Long> end = consumer.endOffsets(all, KAFKA_CALL);
            Map<TopicPartition, OffsetAndMetadata> done = consumer.committed(new HashSet<>(all), KAFKA_CALL);
            List<DeadLetterCount> counts = new ArrayList<>();
            byTopic.forEach((topic, partitions) -> {
                long records = 0;
                long pending = 0;
                for (TopicPartition p : partitions) {
                    long first = begin.getOrDefault(p, 0L);
                    long last = end.getOrDefault(p, 0L);
                    OffsetAndMetadata committed = done.get(p);
                    records += last - first;
                    pending += last - Math.max(first, committed == null ? first : committed.offset());
                }
                counts.add(new DeadLetterCount(topic, DeadLetterTopics.sourceOf(topic), records, pending));
            });
            return counts;
        } catch (KafkaException e) {
            throw unavailable(e);
        }
    }

    /**
     * @param limit most records to replay in this call (0: all)
     * @throws ApiException 404 for a topic that is not a dead-letter topic, 409 while another replay
     *                      of it runs here, 503 when Kafka does not answer or acknowledge
     */
    public ReplayResult replay(String topic, long limit) {
        if (!DeadLetterTopics.isDeadLetterTopic(topic)) {
            throw ApiException.notFound("'" + topic + "' is not a dead-letter topic; use one of " + DeadLetterTopics.all());
        }
        ReentrantLock lock = running.computeIfAbsent(topic, t -> new ReentrantLock());
        if (!lock.tryLock()) {
            throw new ApiException(409, "replay_running", "a replay of " + topic + " is already running; try again when it ends");
        }
        try (KafkaConsumer<byte[], byte[]> consumer = clients.deadLetterConsumer();
             KafkaProducer<byte[], byte[]> producer = clients.replayProducer()) {
            ReplayResult result = new Run(topic, limit <= 0 ? Long.MAX_VALUE : limit, consumer, producer).replay();
            LOG.infof("replayed %d records of %s to %s (%d skipped, %d remaining)", result.replayed(), topic,
                    result.targets(), result.skipped(), result.remaining());
            return result;
        } catch (KafkaException e) {
            throw unavailable(e);
        } finally {
            lock.unlock();
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        var infos = consumer.partitionsFor(topic, KAFKA_CALL);
        if (infos == null || infos.isEmpty()) {
            throw new ApiException(503, "kafka_unavailable", "topic " + topic + " has no partitions on the broker");
        }
        return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
    }

    private static ApiException unavailable(Throwable cause) {
        return new ApiException(503, "kafka_unavailable", "Kafka did not answer (" + cause.getClass().getSimpleName()
                + "); nothing past the last acknowledged record was marked replayed, retry later");
    }

    /** One replay call: its window of offsets, its counts. */
    private final class Run {
        private final String topic;
        private final long limit;
        private final KafkaConsumer<byte[], byte[]> consumer;
        private final KafkaProducer<byte[], byte[]> producer;
        private final Map<TopicPartition, Long> end = new HashMap<>();
        private final Map<TopicPartition, Long> next = new HashMap<>();
        private final Map<String, Long> targets = new TreeMap<>();
        private long replayed;
        private long skipped;

        Run(String topic, long limit, KafkaConsumer<byte[], byte[]> consumer, KafkaProducer<byte[], byte[]> producer) {
            this.topic = topic;
            this.limit = limit;
            this.consumer = consumer;
            this.producer = producer;
        }

        ReplayResult replay() {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            end.putAll(consumer.endOffsets(partitions, KAFKA_CALL));
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, KAFKA_CALL);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions), KAFKA_CALL);
            for (TopicPartition p : partitions) {
                OffsetAndMetadata done = committed.get(p);
                long start = Math.max(begin.getOrDefault(p, 0L), done == null ? 0L : done.offset());
                consumer.seek(p, start);
                next.put(p, start);
            }
            long deadline = System.nanoTime() + config.maxDuration().toNanos();
            while (!reachedEnd() && replayed + skipped < limit && System.nanoTime() < deadline) {
                republish(consumer.poll(POLL));
            }
            long remaining = 0;
            for (TopicPartition p : partitions) {
                remaining += Math.max(0, end.get(p) - next.get(p));
            }
            metrics.counter("claimstream.ingest.dead_letters.replayed", "topic", topic).increment(replayed);
            return new ReplayResult(topic, replayed, skipped, targets, remaining, remaining == 0);
        }

        private boolean reachedEnd() {
            return next.entrySet().stream().allMatch(e -> e.getValue() >= end.get(e.getKey()));
        }

        /** Sends a polled batch, waits for every acknowledgement in order, commits what was acknowledged. */
        private void republish(ConsumerRecords<byte[], byte[]> batch) {
            Map<TopicPartition, List<Sent>> sent = new LinkedHashMap<>();
            for (TopicPartition p : batch.partitions()) {
                for (ConsumerRecord<byte[], byte[]> record : batch.records(p)) {
                    if (record.offset() >= end.get(p) || replayed + skipped + count(sent) >= limit) {
                        break;
                    }
                    sent.computeIfAbsent(p, x -> new ArrayList<>()).add(send(record));
                }
            }
            Map<TopicPartition, OffsetAndMetadata> acknowledged = new HashMap<>();
            Throwable failure = null;
            for (Map.Entry<TopicPartition, List<Sent>> partition : sent.entrySet()) {
                for (Sent copy : partition.getValue()) {
                    try {
                        copy.ack().get(config.deliveryTimeout().plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
                    } catch (ExecutionException | TimeoutException e) {
                        failure = e instanceof ExecutionException ? e.getCause() : e;
                        break; // later records of this partition must not be marked replayed before this one
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        failure = e;
                        break;
                    }
                    count(copy);
                    acknowledged.put(partition.getKey(), new OffsetAndMetadata(copy.offset() + 1));
                    next.put(partition.getKey(), copy.offset() + 1);
                }
            }
            if (!acknowledged.isEmpty()) {
                consumer.commitSync(acknowledged, KAFKA_CALL);
            }
            if (failure != null) {
                LOG.warnf("replay of %s stopped after %d records: %s", topic, replayed, failure.toString());
                throw new ApiException(503, "kafka_unavailable", "Kafka did not acknowledge a replayed record ("
                        + failure.getClass().getSimpleName() + "); " + replayed + " records were replayed and marked,"
                        + " retry to replay the rest");
            }
            // records polled past the window or the limit are read again by the next call
        }

        private Sent send(ConsumerRecord<byte[], byte[]> record) {
            if (record.value() == null) {
                return new Sent(record.offset(), null, CompletableFuture.completedFuture(null));
            }
            String target = DeadLetterTopics.target(topic, DeadLetterTopics.header(record.headers(),
                    DeadLetterTopics.ORIGIN_HEADER));
            ProducerRecord<byte[], byte[]> copy = new ProducerRecord<>(target, null, record.key(), record.value(),
                    DeadLetterTopics.replayHeaders(record.headers(), topic, record.partition(), record.offset()));
            return new Sent(record.offset(), target, producer.send(copy));
        }

        private void count(Sent copy) {
            if (copy.target() == null) {
                skipped++;
            } else {
                replayed++;
                targets.merge(copy.target(), 1L, Long::sum);
            }
        }

        private static long count(Map<TopicPartition, List<Sent>> sent) {
            return sent.values().stream().mapToLong(List::size).sum();
        }
    }

    /** A record handed to the producer: its offset in the dead-letter topic and the pending acknowledgement. */
    private record Sent(long offset, String target, Future<RecordMetadata> ack) {
    }
}
