package io.claimstream.contracts.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimstream.contracts.AnalyzedDocument;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Derives the JSON Schema (draft 2020-12) of each event from its record, so the schema committed
 * for outside producers can never drift from the code: a test compares the two.
 * Run {@code main(dir)} to rewrite the committed files.
 */
public final class JsonSchemas {

    /** Event name to record; the name is also the schema file name. */
    public static final Map<String, Class<? extends Record>> EVENTS = Map.of(
            "raw-document", RawDocument.class,
            "parsed-document", ParsedDocument.class,
            "analyzed-document", AnalyzedDocument.class);

    /** Fields an outside producer must set; every other field of a raw document may be omitted. */
    private static final Map<Class<?>, Set<String>> REQUIRED_OVERRIDES = Map.of(RawDocument.class, Set.of("text"));

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonSchemas() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "contracts/src/main/resources/schemas");
        Files.createDirectories(dir);
        for (Map.Entry<String, Class<? extends Record>> event : EVENTS.entrySet()) {
            Files.writeString(dir.resolve(event.getKey() + ".schema.json"), render(event.getKey(), event.getValue()));
        }
    }

    public static String render(String name, Class<? extends Record> type) {
        Map<String, ObjectNode> defs = new TreeMap<>();
        ObjectNode root = objectSchema(type, defs);
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "https://claimstream.io/schemas/" + name + ".schema.json");
        schema.put("title", type.getSimpleName());
        schema.setAll(root);
        defs.remove(type.getSimpleName());
        if (!defs.isEmpty()) {
            ObjectNode defsNode = schema.putObject("$defs");
            defs.forEach(defsNode::set);
        }
        try {
            return MAPPER.writeValueAsString(schema) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode objectSchema(Class<?> type, Map<String, ObjectNode> defs) {
        ObjectNode node = JSON.objectNode();
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        Set<String> requiredOverride = REQUIRED_OVERRIDES.get(type);
        for (RecordComponent component : type.getRecordComponents()) {
            properties.set(component.getName(), typeSchema(component.getGenericType(), defs));
            boolean isRequired = requiredOverride != null ? requiredOverride.contains(component.getName())
                    : component.getType().isPrimitive();
            if (isRequired) {
                required.add(component.getName());
            }
        }
        node.set("required", required);
        return node;
    }

    private static ObjectNode typeSchema(Type type, Map<String, ObjectNode> defs) {
        ObjectNode node = JSON.objectNode();
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            node.set("type", nullable("array"));
            node.set("items", typeSchema(parameterized.getActualTypeArguments()[0], defs));
            return node;
        }
        Class<?> raw = (Class<?>) type;
        if (raw == int[].class) {
            node.set("type", nullable("array"));
            node.putObject("items").put("type", "integer");
            return node;
        }
        if (raw == int.class || raw == long.class) {
            node.put("type", "integer");
        } else if (raw == double.class) {
            node.put("type", "number");
        } else if (raw == Integer.class || raw == Long.class) {
            node.set("type", nullable("integer"));
        } else if (raw == Double.class) {
            node.set("type", nullable("number"));
        } else if (raw == String.class) {
            node.set("type", nullable("string"));
        } else if (raw == Instant.class) {
            node.set("type", nullable("string"));
            node.put("format", "date-time");
        } else if (raw.isRecord()) {
            if (!defs.containsKey(raw.getSimpleName())) {
                defs.put(raw.getSimpleName(), JSON.objectNode()); // guards recursion
                defs.put(raw.getSimpleName(), objectSchema(raw, defs));
            }
            ArrayNode anyOf = node.putArray("anyOf");
            anyOf.addObject().put("$ref", "#/$defs/" + raw.getSimpleName());
            anyOf.addObject().put("type", "null");
        } else {
            throw new IllegalArgumentException("no JSON Schema mapping for " + raw);
        }
        return node;
    }

    private static ArrayNode nullable(String type) {
        return JSON.arrayNode().add(type).add("null");
    }
}
