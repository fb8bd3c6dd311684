package io.claimstream.query.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Tags {@link Revalidated} answers with a hash of their JSON. The answer is built anyway (the
 * database is the expensive part, not the transfer), but an unchanged one costs the client no
 * body and a cache can serve it after a 304. A JSON answer is serialized once: the bytes hashed
 * are the bytes sent (a speaker profile with its 200 claims was otherwise written twice).
 */
@Provider
@Revalidated
public class EntityTagFilter implements ContainerResponseFilter {

    private final ObjectMapper json;

    public EntityTagFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(response.getEntity());
        } catch (JsonProcessingException e) {
            return; // the body writer will report the same failure
        }
        EntityTag tag = new EntityTag(hash(body));
        MediaType type = response.getMediaType();
        if (type != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
            response.setEntity(body, response.getEntityAnnotations(), type);
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static boolean matches(String header, EntityTag tag) {
        for (String candidate : header.split(",")) {
            String value = candidate.strip();
            if (value.equals("*") || value.equals("\"" + tag.getValue() + "\"") || value.equals("W/\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
