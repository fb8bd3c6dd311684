package io.claimstream.cli.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Lenient reads from the services' JSON: a field that is missing or null reads as empty, and
 * fields this command does not know are ignored, so the client keeps working as the API grows.
 */
public final class Json {

    private Json() {
    }

    /** The first of the dotted paths ({@code "speaker.name"}) that holds a non-empty value, else "". */
    public static String text(JsonNode node, String... paths) {
        for (String path : paths) {
            JsonNode value = at(node, path);
            if (value != null && !value.isNull() && !value.isMissingNode() && !value.isContainerNode()) {
                String text = value.asText();
                if (!text.isBlank()) {
                    return text;
                }
            }
        }
        return "";
    }

    public static JsonNode at(JsonNode node, String dotted) {
        JsonNode current = node;
        for (String part : dotted.split("\\.")) {
            if (current == null) {
                return null;
            }
            current = current.get(part);
        }
        return current;
    }

    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> {
                String text = v.isTextual() ? v.asText() : text(v, "name", "id", "label");
                if (!text.isBlank()) {
                    values.add(text);
                }
            });
        }
        return values;
    }

    /** The items of a page ({@code {"items": [...], "total": n}}) or of a bare array. */
    public static List<JsonNode> items(JsonNode page) {
        JsonNode items = page.isArray() ? page : page.path("items");
        List<JsonNode> list = new ArrayList<>(items.size());
        items.forEach(list::add);
        return list;
    }

    /** The page's total, or the number of items when the answer is a bare array. */
    public static long total(JsonNode page) {
        if (page.isArray()) {
            return page.size();
        }
        return page.path("total").asLong(page.path("items").size());
    }
}
