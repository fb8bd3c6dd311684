package io.claimstream.deploy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The part of Kustomize's logic these manifests use, so that tests can check every overlay as
 * it would be applied: {@code resources} (files and folders, recursively), {@code namespace},
 * {@code labels} and JSON 6902 {@code patches} selected by kind and name. Where kubectl is
 * installed, {@link KustomizeAgreementTest} checks that it renders the same objects.
 */
final class Kustomize {

    private Kustomize() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> render(Path dir) {
        Map<String, Object> kustomization = (Map<String, Object>) readAll(dir.resolve("kustomization.yaml")).get(0);
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String resource : (List<String>) kustomization.getOrDefault("resources", List.of())) {
            Path path = dir.resolve(resource).normalize();
            objects.addAll(Files.isDirectory(path) ? render(path) : readAll(path));
        }
        for (Map<String, Object> label : (List<Map<String, Object>>) kustomization.getOrDefault("labels", List.of())) {
            Map<String, Object> pairs = (Map<String, Object>) label.get("pairs");
            objects.forEach(o -> metadata(o).computeIfAbsent("labels", k -> new java.util.LinkedHashMap<>()));
            objects.forEach(o -> ((Map<String, Object>) metadata(o).get("labels")).putAll(pairs));
        }
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            objects.forEach(o -> metadata(o).put("namespace", namespace));
        }
        for (Map<String, Object> patch : (List<Map<String, Object>>) kustomization.getOrDefault("patches", List.of())) {
            Map<String, Object> target = (Map<String, Object>) patch.get("target");
            List<Map<String, Object>> operations = (List<Map<String, Object>>) new Yaml().load((String) patch.get("patch"));
            objects.stream().filter(o -> selects(target, o)).forEach(o -> operations.forEach(op -> apply(o, op)));
        }
        return objects;
    }

    /** A patch target by kind and name; like Kustomize, the name is a regular expression matched whole. */
    private static boolean selects(Map<String, Object> target, Map<String, Object> object) {
        for (String field : target.keySet()) {
            if (!field.equals("kind") && !field.equals("name")) {
                throw new IllegalArgumentException("unsupported patch target field " + field);
            }
        }
        Object kind = target.get("kind");
        Object name = target.get("name");
        return (kind == null || kind.equals(object.get("kind")))
                && (name == null || Pattern.matches((String) name, (String) metadata(object).get("name")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> metadata(Map<String, Object> object) {
        return (Map<String, Object>) object.computeIfAbsent("metadata", k -> new java.util.LinkedHashMap<>());
    }

    @SuppressWarnings("unchecked")
    private static void apply(Map<String, Object> object, Map<String, Object> operation) {
        String op = (String) operation.get("op");
        if (!op.equals("replace") && !op.equals("add")) {
            throw new IllegalArgumentException("unsupported patch op " + op);
        }
        String[] steps = ((String) operation.get("path")).substring(1).split("/");
        Map<String, Object> node = object;
        for (int i = 0; i < steps.length - 1; i++) {
            Object next = node.get(steps[i]);
            if (!(next instanceof Map)) {
                throw new IllegalArgumentException("patch path " + operation.get("path") + " not found in "
                        + object.get("kind") + "/" + metadata(object).get("name"));
            }
            node = (Map<String, Object>) next;
        }
        String last = steps[steps.length - 1];
        if (op.equals("replace") && !node.containsKey(last)) {
            throw new IllegalArgumentException("replace of missing " + operation.get("path"));
        }
        node.put(last, operation.get("value"));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> readAll(Path file) {
        try {
            List<Map<String, Object>> docs = new ArrayList<>();
            for (Object doc : new Yaml(new LoaderOptions()).loadAll(Files.readString(file))) {
                if (doc != null) {
                    docs.add((Map<String, Object>) doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
