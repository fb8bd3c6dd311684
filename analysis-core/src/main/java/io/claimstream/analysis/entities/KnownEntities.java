package io.claimstream.analysis.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names of organisations, products and places, from the bundled lexicon and from their shape:
 * a company suffix ({@code Zhipu AI}, {@code Shixiang Technology}) makes an organisation, a
 * version number ({@code Claude Fable 5}, {@code Opus 4.6}, {@code GPT-4o}) a product. Bodies and
 * gatherings ({@code Frontier Models Summit}, {@code Program Committee}) count as organisations, the
 * nearest kind an entity can have, so that they are never taken for people.
 */
public final class KnownEntities {

    private static final Pattern VERSIONED_PRODUCT = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}-]*\\s)*\\p{Lu}[\\p{L}-]*[\\s-]?\\d+(?:\\.\\d+)*[a-z]?|\\p{Lu}+-\\d+\\w*"
                    + "|\\p{Lu}[\\p{L}]+-\\p{Lu}\\d+(?:\\.\\d+)?");

    private final Map<String, String> kinds;
    /** Spelling to the name it stands for: "Chinese" and "China" are one place, "US" and "American" another. */
    private final Map<String, String> canonical;

    private KnownEntities(Map<String, String> kinds, Map<String, String> canonical) {
        this.kinds = kinds;
        this.canonical = canonical;
    }

    public static KnownEntities load() {
        Map<String, String> kinds = new HashMap<>();
        Map<String, String> canonical = new HashMap<>();
        try (InputStream in = KnownEntities.class.getResourceAsStream("/io/claimstream/analysis/lexicon/known-entities.tsv")) {
            if (in == null) {
                throw new IllegalStateException("known-entities.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.split("\t");
                if (!line.startsWith("#") && (parts.length == 2 || parts.length == 3)) {
                    kinds.put(key(parts[0]), parts[1].strip());
                    if (parts.length == 3) {
                        canonical.put(key(parts[0]), parts[2].strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnownEntities(kinds, canonical);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /**
     * {@code organization}, {@code product}, {@code place}, {@code term} (a common noun of the field in capitals,
     * {@code AI}, {@code GPU}), or null when the name is not known by name or shape.
     */
    public String kindOf(String name) {
        String n = name.strip();
        String known = kinds.get(key(n));
        if (known != null) {
            return known;
        }
        if (VERSIONED_PRODUCT.matcher(n).matches()) {
            return "product";
        }
        if (endsInCapitalisedOrganisationWord(n)) {
            return "organization";
        }
        int space = n.indexOf(' ');
        if (space > 0) {
            String head = kinds.get(key(n.substring(0, space)));
            if ("product".equals(head)) {
                return "product";
            }
        }
        return null;
    }

    /** "Polar Labs", "Moonshot AI", "the Harbour Summit": several words, the last a capitalised organisation's or gathering's. */
    private static boolean endsInCapitalisedOrganisationWord(String name) {
        int space = Math.max(name.lastIndexOf(' '), name.lastIndexOf('\t'));
        if (space <= 0 || space == name.length() - 1 || !Character.isUpperCase(name.charAt(space + 1))) {
            return false;
        }
        return OrganisationWords.endsNonPerson(name.substring(space + 1));
    }

    /** The name a spelling stands for ("American": "United States"), or the spelling itself. */
    public String canonical(String name) {
        return canonical.getOrDefault(key(name), name);
    }

    public boolean isKnown(String name) {
        return kinds.containsKey(key(name));
    }
}
