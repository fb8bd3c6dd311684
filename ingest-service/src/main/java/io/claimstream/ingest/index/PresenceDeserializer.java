package io.claimstream.ingest.index;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

import java.nio.ByteBuffer;

/**
 * Reads a record value only as "present" or "tombstone": the key index needs the ids, and
 * decoding (or even copying) multi-megabyte documents to learn them would waste the start-up.
 */
public class PresenceDeserializer implements Deserializer<Boolean> {

    @Override
    public Boolean deserialize(String topic, byte[] data) {
        return data != null;
    }

    @Override
    public Boolean deserialize(String topic, Headers headers, byte[] data) {
        return data != null;
    }

    @Override
    public Boolean deserialize(String topic, Headers headers, ByteBuffer data) {
        return data != null;
    }
}
