package io.claimstream.query.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a person's row says, derived from every document speaker linked to it: the name most
 * documents use (a full name beats a bare surname), every other spelling as an alias, the role
 * from the latest document that states one, and the affiliations, latest first.
 */
public record PersonProfile(String name, List<String> aliases, String role, List<String> affiliations) {

    /** One document's view of the person. */
    public record Appearance(String name, List<String> aliases, String role, List<String> affiliations,
                             LocalDate published, Instant storedAt) {
    }

    private static final Comparator<Appearance> LATEST_FIRST = Comparator
            .comparing(Appearance::published, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Appearance::storedAt, Comparator.nullsLast(Comparator.reverseOrder()));

    public static PersonProfile of(List<Appearance> appearances) {
        if (appearances.isEmpty()) {
            throw new IllegalArgumentException("a person profile needs at least one appearance");
        }
        List<Appearance> latestFirst = appearances.stream().sorted(LATEST_FIRST).toList();
        String name = canonicalName(latestFirst);
        Map<String, String> aliases = new LinkedHashMap<>();
        for (Appearance appearance : latestFirst) {
            addAlias(aliases, appearance.name(), name);
            appearance.aliases().forEach(alias -> addAlias(aliases, alias, name));
        }
        String role = latestFirst.stream().map(Appearance::role).filter(r -> r != null && !r.isBlank())
                .findFirst().orElse(null);
        Set<String> affiliations = new LinkedHashSet<>();
        latestFirst.forEach(appearance -> affiliations.addAll(appearance.affiliations()));
        return new PersonProfile(name, List.copyOf(aliases.values()), role, List.copyOf(affiliations));
    }

    private static String canonicalName(List<Appearance> latestFirst) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        latestFirst.forEach(appearance -> counts.merge(appearance.name(), 1, Integer::sum));
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort(Comparator.comparing((String n) -> NameKey.isDistinctive(n) ? 0 : 1)
                .thenComparing(n -> -counts.get(n))
                .thenComparing(n -> -n.length())
                .thenComparing(Comparator.naturalOrder()));
        return names.get(0);
    }

    private static void addAlias(Map<String, String> aliases, String alias, String name) {
        if (alias == null || alias.isBlank()) {
            return;
        }
        String key = alias.strip().toLowerCase(Locale.ROOT);
        if (!key.equals(name.strip().toLowerCase(Locale.ROOT))) {
            aliases.putIfAbsent(key, alias.strip());
        }
    }
}
