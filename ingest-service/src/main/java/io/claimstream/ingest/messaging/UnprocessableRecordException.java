package io.claimstream.ingest.messaging;

/**
 * A {@code documents.incoming} record that can never be ingested as it is. Its message, the
 * reason code first, becomes the {@code dead-letter-reason} header on the DLQ record.
 */
public class UnprocessableRecordException extends RuntimeException {

    public UnprocessableRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
