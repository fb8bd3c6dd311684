package io.claimstream.query.cache;

import jakarta.ws.rs.core.MultivaluedMap;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What identifies a read's answer: its path as sent and its query parameters as the resource
 * reads them (decoded, names in order, each name's values in the order given, since a resource
 * reads a repeated parameter's first value). So {@code ?size=5&q=a+b} and {@code ?q=a%20b&size=5}
 * share an answer. Nothing else picks the answer: reads are the same for every caller (credentials
 * only guard writes) and each path has one representation.
 */
public final class RequestKey {

    private RequestKey() {
    }

    public static String of(String rawPath, MultivaluedMap<String, String> decodedQuery) {
        StringBuilder key = new StringBuilder(rawPath);
        char separator = '?';
        for (Map.Entry<String, List<String>> parameter : new TreeMap<>(decodedQuery).entrySet()) {
            for (String value : parameter.getValue()) {
                key.append(separator).append(encode(parameter.getKey())).append('=').append(encode(value));
                separator = '&';
            }
        }
        return key.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
