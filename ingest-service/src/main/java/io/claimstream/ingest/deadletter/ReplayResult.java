package io.claimstream.ingest.deadletter;

import java.util.Map;

/**
 * What one replay did: records re-published (by the topic they went back to), records skipped
 * (tombstones, which carry nothing to process), what is still waiting, and whether the replay
 * reached the end of the topic as it stood when the call began.
 */
public record ReplayResult(String topic, long replayed, long skipped, Map<String, Long> targets, long remaining,
                           boolean complete) {
}
