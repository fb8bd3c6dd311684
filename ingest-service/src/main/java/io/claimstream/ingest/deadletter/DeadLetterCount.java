package io.claimstream.ingest.deadletter;

/**
 * One dead-letter topic: the records it holds ({@code records}), and how many of them were not
 * replayed yet ({@code pending}).
 */
public record DeadLetterCount(String topic, String source, long records, long pending) {
}
