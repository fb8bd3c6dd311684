package io.claimstream.ingest.index;

import io.claimstream.ingest.config.IngestConfig;
import io.claimstream.ingest.config.KafkaClients;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads every document id from the compacted {@code documents.parsed} topic, then keeps tailing
 * it so that ingest replicas see each other's documents. It reads all partitions without a
 * consumer group (every replica needs every id) and is "caught up" once it has reached the end
 * offsets it found when it started; readiness waits for that.
 */
@ApplicationScoped
public class KeyIndexLoader {

    private static final Logger LOG = Logger.getLogger(KeyIndexLoader.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PARTITION_REFRESH = Duration.ofMinutes(1);

    private final DocumentIndex index;
    private final KafkaClients clients;
    private final IngestConfig config;
    private volatile boolean caughtUp;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, Boolean> consumer;
    private Thread thread;

    public KeyIndexLoader(DocumentIndex index, KafkaClients clients, IngestConfig config) {
        this.index = index;
        this.clients = clients;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        thread = new Thread(this::run, "ingest-key-index");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, Boolean> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(5_000);
        }
    }

    public boolean caughtUp() {
        return caughtUp;
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, Boolean> kafka = clients.keyIndexConsumer()) {
                consumer = kafka;
                follow(kafka);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("document index cannot read %s (%s); retrying", topic(), e.toString());
                sleep(config.index().retryBackoff());
            }
        }
    }

    private void follow(KafkaConsumer<String, Boolean> kafka) {
        List<TopicPartition> partitions = assignAll(kafka);
        Map<TopicPartition, Long> target = new HashMap<>(kafka.endOffsets(partitions));
        long started = System.nanoTime();
        long refreshed = started;
        while (running) {
            ConsumerRecords<String, Boolean> records = kafka.poll(POLL);
            for (ConsumerRecord<String, Boolean> record : records) {
                if (record.key() == null) {
                    continue;
                }
                if (Boolean.TRUE.equals(record.value())) {
                    index.seen(record.key());
                } else {
                    index.deleted(record.key());
                }
            }
            if (!caughtUp && reached(kafka, target)) {
                caughtUp = true;
                LOG.infof("document index caught up: %d ids from %d partitions of %s in %d ms", index.size(),
                        partitions.size(), topic(), (System.nanoTime() - started) / 1_000_000);
            }
            if (System.nanoTime() - refreshed > PARTITION_REFRESH.toNanos()) {
                refreshed = System.nanoTime();
                List<TopicPartition> now = partitions(kafka);
                if (!now.isEmpty() && !now.equals(partitions)) {
                    partitions = now;
                    kafka.assign(partitions); // positions of known partitions are kept; new ones start at the beginning
                }
            }
        }
    }

    private List<TopicPartition> assignAll(KafkaConsumer<String, Boolean> kafka) {
        List<TopicPartition> partitions = partitions(kafka);
        while (partitions.isEmpty() && running) {
            LOG.warnf("topic %s has no partitions yet; waiting", topic());
            sleep(config.index().retryBackoff());
            partitions = partitions(kafka);
        }
        kafka.assign(partitions);
        kafka.seekToBeginning(partitions);
        return partitions;
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, Boolean> kafka) {
        List<PartitionInfo> infos = kafka.partitionsFor(topic());
        if (infos == null) {
            return List.of();
        }
        return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition()))
                .sorted((a, b) -> Integer.compare(a.partition(), b.partition())).toList();
    }

    private static boolean reached(KafkaConsumer<String, Boolean> kafka, Map<TopicPartition, Long> target) {
        for (Map.Entry<TopicPartition, Long> end : target.entrySet()) {
            if (kafka.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private String topic() {
        return config.publish().topic();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
