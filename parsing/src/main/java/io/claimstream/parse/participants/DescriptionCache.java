package io.claimstream.parse.participants;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One document's descriptions, read once each: a transcript repeats {@code Name (Role, Org):} on
 * every turn, and splitting the same words again would cost more than the rest of the parse.
 */
final class DescriptionCache {

    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Optional<Descriptions.RoleAndAffiliation>> appositives = new HashMap<>();
    private final Map<String, Optional<Descriptions.RoleAndAffiliation>> parentheses = new HashMap<>();

    Descriptions.RoleAndAffiliation of(String description) {
        return read(appositives, description, false);
    }

    Descriptions.RoleAndAffiliation ofParenthesis(String inside) {
        return read(parentheses, inside, true);
    }

    private static Descriptions.RoleAndAffiliation read(Map<String, Optional<Descriptions.RoleAndAffiliation>> cache,
                                                        String words, boolean parenthesis) {
        Optional<Descriptions.RoleAndAffiliation> known = cache.get(words);
        if (known == null) {
            known = Optional.ofNullable(parenthesis ? Descriptions.ofParenthesis(words) : Descriptions.of(words));
            if (cache.size() < MAX_ENTRIES) {
                cache.put(words, known);
            }
        }
        return known.orElse(null);
    }
}
