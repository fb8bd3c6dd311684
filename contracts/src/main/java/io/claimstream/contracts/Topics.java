package io.claimstream.contracts;

/** Names of the Kafka topics, which are also the channel names of the services. */
public final class Topics {
    public static final String INCOMING = "documents.incoming";
    public static final String PARSED = "documents.parsed";
    public static final String PARSED_DLQ = "documents.parsed.dlq";
    public static final String ANALYZED = "documents.analyzed";
    public static final String ANALYZED_DLQ = "documents.analyzed.dlq";
    public static final String INCOMING_DLQ = "documents.incoming.dlq";

    private Topics() {
    }
}
