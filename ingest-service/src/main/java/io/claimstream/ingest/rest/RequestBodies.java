package io.claimstream.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.common.errors.ApiException;
import io.claimstream.contracts.RawDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Reads request bodies into a {@link RawDocument}: at most a given number of bytes (more is a 413
 * before anything is parsed), JSON with strict field types, raw text with strict decoding.
 * Plain Java so it is unit-tested without a server.
 */
public final class RequestBodies {

    public static final String INVALID_JSON = "invalid_json";
    public static final String INVALID_ENCODING = "invalid_encoding";

    private static final Set<String> FIELDS = Set.of("text", "title", "source", "url", "published", "language", "format");

    private final ObjectMapper mapper;

    public RequestBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Reads up to {@code limit} bytes; a longer body fails with the exception {@code tooLarge} makes. */
    public static byte[] read(InputStream body, long limit, IntFunction<ApiException> tooLarge) {
        if (body == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = body.read(buffer)) >= 0) {
                total += n;
                if (total > limit) {
                    throw tooLarge.apply(-1);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable_body", "the request body could not be read: " + e.getMessage());
        }
        return out.toByteArray();
    }

    /** A JSON object whose known fields are strings or null; unknown fields are ignored. */
    public RawDocument json(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (StreamConstraintsException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("String value length")) {
                // a text longer than Jackson's longest string is far over any text limit
                throw new ApiException(413, "payload_too_large", "the 'text' (or another field) is longer than "
                        + "this service accepts: " + e.getOriginalMessage());
            }
            throw ApiException.badRequest(INVALID_JSON, "body is not valid JSON: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(INVALID_JSON, "body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest(INVALID_JSON, "body is not valid JSON: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw ApiException.badRequest(INVALID_JSON, "body is empty; send a JSON object with a 'text' field");
        }
        if (!root.isObject()) {
            throw ApiException.badRequest(INVALID_JSON, "body must be a JSON object with a 'text' field, not "
                    + root.getNodeType().toString().toLowerCase());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (FIELDS.contains(field.getKey()) && !value.isNull() && !value.isTextual()) {
                throw ApiException.badRequest(INVALID_JSON, "field '" + field.getKey() + "' must be a string, not "
                        + value.getNodeType().toString().toLowerCase());
            }
        }
        return new RawDocument(text(root, "text"), text(root, "title"), text(root, "source"), text(root, "url"),
                text(root, "published"), text(root, "language"), text(root, "format"));
    }

    /** Raw text in the charset the Content-Type names (UTF-8 when it names none); bad bytes are a 400. */
    public static String decode(byte[] body, String charsetName) {
        Charset charset;
        try {
            charset = charsetName == null || charsetName.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(charsetName.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw ApiException.badRequest(INVALID_ENCODING, "unsupported charset '" + charsetName + "'; send UTF-8");
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest(INVALID_ENCODING, "the body is not valid " + charset.name() + " text");
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
