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

    private static final Pattern ORGANIZATION_SUFFIX = Pattern.compile(
            ".*\\s(AI|Inc\\.?|Corp\\.?|Corporation|Ltd\\.?|Group|Technology|Technologies|Labs?|University|Academy|"
                    + "Institute|Intelligence|Capital|Ventures|Foundation|Cloud|Research|Partners|Bank|College|"
                    + "School|Company|Holdings|Systems|Microsystems|Microelectronics|Robotics|Computing|Network|Networks|Media|Council|Agency|"
                    + "Semiconductors?|Electronics|Dynamics|Analytics|Software|Energy|Motors|Industries|Instruments|"
                    + "Therapeutics|Pharmaceuticals|Biosciences|Automation|Commission|Ministry|"
                    // bodies and gatherings: "the Frontier Models Summit", "the Important AI Panel" name no person
                    + "Panel|Summit|Conference|Forum|Committee|Association|Society|Center|Centre|Alliance|Coalition|"
                    + "Consortium|Initiative|Board|Bureau|Office|Department|Symposium|Workshop|Congress|Expo|"
                    + "Festival|Meetup|Hackathon|Assembly|Federation|Union|League|Club|Fund|Trust|Observatory|"
                    + "Collective|Studios?|Program|Programme|Project|Task Force|Working Group)$");
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
        if (ORGANIZATION_SUFFIX.matcher(n).matches()) {
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

    /** The name a spelling stands for ("American": "United States"), or the spelling itself. */
    public String canonical(String name) {
        return canonical.getOrDefault(key(name), name);
    }

    public boolean isKnown(String name) {
        return kinds.containsKey(key(name));
    }
}
