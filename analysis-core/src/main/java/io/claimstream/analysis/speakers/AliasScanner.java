package io.claimstream.analysis.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects every form the text uses for each person: the full name in either order, the name
 * run together ({@code Luofuli}), a surname or given name on its own ({@code Fuli}), and a title
 * with either ({@code Teacher Zhu}, {@code Professor Tang Jie}). A name part shared by two people
 * is nobody's alias, so people sharing a surname stay apart.
 */
public final class AliasScanner {

    private static final String TITLES = "(?:Professor|Prof\\.?|Teacher|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Dean|Director|President)";

    private AliasScanner() {
    }

    public static void scan(String text, List<Person> people) {
        Map<String, Integer> partOwners = new HashMap<>();
        for (Person p : people) {
            if (p.isPerson()) {
                p.name().tokens().stream().distinct().forEach(t -> partOwners.merge(t, 1, Integer::sum));
            }
        }
        for (Person p : people) {
            if (!p.isPerson() || p.name().tokens().size() < 2) {
                continue;
            }
            List<String> written = writtenParts(p.name().display());
            String full = String.join("[\\s-]+", written.stream().map(Pattern::quote).toList());
            List<String> reversed = new ArrayList<>(written);
            java.util.Collections.reverse(reversed);
            String back = String.join("[\\s-]+", reversed.stream().map(Pattern::quote).toList());
            String joined = Pattern.quote(String.join("", written)) + "|" + Pattern.quote(String.join("", reversed));
            addMatches(text, "(?i)\\b(?:" + TITLES + "\\s+)?(?:" + full + "|" + back + "|" + joined + ")\\b", p);
            for (String part : written) {
                if (partOwners.getOrDefault(PersonName.normalize(part), 0) == 1 && PersonName.canBeAlias(part)) {
                    addMatches(text, "(?<!\\p{Lu}\\p{L}{0,20}[\\s-])\\b(?:" + TITLES + "\\s+)?" + Pattern.quote(part)
                            + "\\b(?![\\s-]+\\p{Lu})", p);
                }
            }
        }
    }

    private static List<String> writtenParts(String display) {
        List<String> parts = new ArrayList<>();
        for (String piece : display.split("\\s+")) {
            if (!piece.isBlank()) {
                parts.add(piece);
            }
        }
        return parts;
    }

    private static void addMatches(String text, String regex, Person p) {
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            String found = m.group().replaceAll("\\s+", " ");
            if (Character.isUpperCase(found.codePointAt(0))) {
                p.addAlias(found);
            }
        }
    }
}
