package io.claimstream.query.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.common.http.RawRequestTarget;
import io.claimstream.query.cache.AnswerCache;
import io.claimstream.query.cache.RequestKey;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Tags {@link Revalidated} answers with a hash of their body, and keeps them in the
 * {@link AnswerCache}: a read asked again before stored data changes is answered with the kept
 * bytes, without PostgreSQL. An answer is serialized once: the bytes hashed are the bytes sent and
 * kept. {@code If-None-Match} with the current tag gets 304 without a body, kept or not.
 */
@Provider
@Revalidated
public class EntityTagFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String KEY = EntityTagFilter.class.getName() + ".key";
    private static final String GENERATION = EntityTagFilter.class.getName() + ".generation";
    private static final String SERVED = EntityTagFilter.class.getName() + ".served";
    private static final String CACHE_CONTROL = "no-cache";
    /** One digest per worker thread: looking one up by name (the security providers' registry) cost more than hashing. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    });

    private final ObjectMapper json;
    private final AnswerCache answers;

    public EntityTagFilter(ObjectMapper json, AnswerCache answers) {
        this.json = json;
        this.answers = answers;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod()) || !answers.enabled()) {
            return;
        }
        String key = RequestKey.of(RawRequestTarget.of(request).path(), request.getUriInfo().getQueryParameters());
        // read before the answer is computed: a change committed meanwhile leaves it unkept
        long generation = answers.generation();
        AnswerCache.Answer kept = answers.get(key);
        if (kept == null) {
            request.setProperty(KEY, key);
            request.setProperty(GENERATION, generation);
            return;
        }
        request.setProperty(SERVED, Boolean.TRUE);
        EntityTag tag = new EntityTag(kept.entityTag());
        Response.ResponseBuilder response = matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)
                ? Response.notModified(tag) : Response.ok(kept.body(), kept.mediaType()).tag(tag);
        request.abortWith(response.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(SERVED) != null || !HttpMethod.GET.equals(request.getMethod())
                || response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        MediaType type = response.getMediaType();
        byte[] body;
        if (response.getEntity() instanceof String text && type != null && !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
            body = text.getBytes(StandardCharsets.UTF_8);
        } else {
            try {
                body = JsonBytes.write(json, response.getEntity());
            } catch (IOException e) {
                return; // the body writer will report the same failure
            }
        }
        EntityTag tag = new EntityTag(hash(body));
        boolean bytesSent = type != null && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || response.getEntity() instanceof String);
        if (bytesSent) {
            response.setEntity(body, response.getEntityAnnotations(), type);
            Object key = request.getProperty(KEY);
            if (key != null) {
                answers.put((String) key, (Long) request.getProperty(GENERATION),
                        new AnswerCache.Answer(body, type.toString(), tag.getValue()));
            }
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static boolean matches(String header, EntityTag tag) {
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String value = candidate.strip();
            if (value.equals("*") || value.equals("\"" + tag.getValue() + "\"") || value.equals("W/\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static String hash(byte[] body) {
        byte[] digest = SHA_256.get().digest(body);
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
