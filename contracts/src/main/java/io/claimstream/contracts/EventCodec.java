package io.claimstream.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON form of every event on the wire. Unknown fields are ignored so that a newer
 * producer does not break an older consumer; a record that is not JSON of the expected shape
 * fails with {@link MalformedEventException}, which consumers route to a dead-letter topic.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventCodec() {
    }

    public static String encode(Object event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + event.getClass().getSimpleName(), e);
        }
    }

    public static <T> T decode(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty record where a " + type.getSimpleName() + " was expected");
        }
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new MalformedEventException("null record where a " + type.getSimpleName() + " was expected");
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String reason = e instanceof JsonProcessingException parse ? parse.getOriginalMessage() : e.getMessage();
            throw new MalformedEventException("not a valid " + type.getSimpleName() + ": " + reason, e);
        }
    }

    /** Thrown for a record that does not decode to the event it should hold. */
    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }

        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
