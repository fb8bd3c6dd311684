package io.claimstream.analysis.speakers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A recap's name for a person by what they did rather than by their title: "the former official" for somebody who
 * "helped write export rules at the Commerce Department", "the Washington veteran" for the same career, "the Eindhoven
 * engineer" for the chief architect of a startup in Eindhoven. The description means the one introduced person whose
 * introduction supports it: government service for an official, the place named (or the government that sits there)
 * for a word of origin before a kind of person.
 */
final class DescribedWork {

    /** Service in a government, as an introduction tells it. */
    private static final Pattern GOVERNMENT = Pattern.compile("(?i)\\b(ministry|government|congress|parliament|senate"
            + "|white house|pentagon|state council|treasury|export[- ]controls?|(commerce|state|defen[cs]e|energy|justice"
            + "|homeland security) department|department of (commerce|state|defen[cs]e|energy|justice|the treasury"
            + "|homeland security))\\b");

    /** Cities whose name stands for the government seated there, and the words that tell that government. */
    private static final Map<String, Pattern> SEATS = Map.of(
            "washington", Pattern.compile("(?i)\\b(us|u\\.s\\.|united states|american|federal|congress|white house"
                    + "|pentagon)\\b"),
            "brussels", Pattern.compile("(?i)\\b(eu|european commission|european union|european parliament)\\b"),
            "whitehall", Pattern.compile("(?i)\\b(uk|british|hm treasury|home office|cabinet office)\\b"));

    /** Nouns for a kind of person that a recap puts after a place or a career ("the Eindhoven engineer"). */
    private static final Set<String> KINDS_OF_PERSON = Set.of("official", "veteran", "engineer", "expert", "executive",
            "designer", "specialist", "insider", "native", "scientist", "researcher");

    private DescribedWork() {
    }

    /**
     * The one person whose introduction supports the description, or null.
     *
     * @param kind the description's noun ("official", "engineer")
     * @param qualifier the words before it, tenure words removed ("washington", "eindhoven"), or ""
     */
    static Person theOneDescribed(List<Person> people, String kind, String qualifier) {
        if (!KINDS_OF_PERSON.contains(kind) || qualifier.isEmpty() && !kind.equals("official")
                || !qualifier.matches("[\\p{L}-]*")) {
            return null;
        }
        List<Person> fitting = people.stream().filter(p -> p.isPerson() && !p.isUnnamed())
                .filter(p -> supports(p.introduction(), kind, qualifier)).toList();
        return fitting.size() == 1 ? fitting.get(0) : null;
    }

    private static boolean supports(String introduction, String kind, String qualifier) {
        if (introduction.isBlank()) {
            return false;
        }
        String told = introduction.toLowerCase(Locale.ROOT);
        boolean served = GOVERNMENT.matcher(told).find();
        if (kind.equals("official") && !served) {
            return false;
        }
        if (qualifier.isEmpty()) {
            return true;
        }
        if (Pattern.compile("\\b" + Pattern.quote(qualifier) + "\\b").matcher(told).find()) {
            return true;
        }
        Pattern seat = SEATS.get(qualifier);
        return seat != null && served && seat.matcher(told).find();
    }
}
