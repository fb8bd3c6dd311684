package io.claimstream.analysis.speakers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.entities.KnownEntities;

/**
 * Reads a person's role and affiliations from the words the text describes them with: an
 * appositive ({@code Luo Fuli, head of Xiaomi's MiMo team, said}), a label's parentheses
 * ({@code Mira Sandoval (Chief Scientist, Lumen Labs)}) or a self-introduction
 * ({@code I'm Zhu Jun from Tsinghua University}).
 */
public final class RoleReader {

    private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}&.-]*";
    private static final String NAME = WORD + "(?:\\s+(?:&\\s+)?" + WORD + ")*";
    private static final Pattern CAPITALIZED_RUN = Pattern.compile(NAME);
    /**
     * An organisation after a preposition; its name may go on after "for" ("Laboratory for Intelligent Systems",
     * "Institute for AI Safety"), which no organisation's name ends in.
     */
    private static final String UNIT = NAME + "(?:\\s+for\\s+" + NAME + ")*";
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "\\b(?:of|at|from|with|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*-based\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}(" + UNIT
            + ")");
    /** "director of its Laboratory for …": a unit of the organisation named before it, which is the affiliation. */
    private static final Pattern OWN_UNIT = Pattern.compile("\\b(?:its|their)\\s+" + UNIT);
    /** "who has run Vessel since 2024", "co-founded Tarn": a verb of holding a position before the organisation. */
    private static final Pattern POSITION_VERB = Pattern.compile("\\b(?:runs?|ran|leads?|led|heads?|headed|"
            + "(?:co-?)?founded|started|joined|chairs?|chaired|oversees|oversaw|manages|managed|directs|directed"
            + "|works at|worked at|works for|worked for)\\s+(?:the\\s+)?(" + NAME + ")");
    private static final Pattern POSSESSIVE = Pattern.compile("(" + NAME + ")[’']s\\b");
    private static final Pattern ROLE_WORD = Pattern.compile(
            "(?i).*\\b(ceo|cto|cfo|coo|founder|co-?founder|co - founder|president|chair|chairman|director|head|lead|"
                    + "leader|professor|lecturer|scientist|researcher|engineer|dean|provost|rector|chancellor|manager|partner|investor|analyst|editor|"
                    + "reporter|moderator|host|vp|vice|officer|executive|fellow|student|member|advisor|adviser|in charge|"
                    + "responsible|principal|architect|strategist|economist|author|owner|leads|heads|runs|oversees|manages|"
                    + "spokesperson|spokesman|spokeswoman|official|lawyer|attorney|aide|diplomat|veteran|"
                    + "founded|co-founded|works (at|for)|directs|chairs|teaches)\\b.*");

    private final KnownEntities entities;

    public RoleReader(KnownEntities entities) {
        this.entities = entities;
    }

    /** Whether words describe a person's position ("an analyst at Meridian", "head of the team"). */
    /** What the entity lists say a name is ({@code organization}, {@code product}, {@code place}), or null. */
    public String kindOf(String name) {
        return entities.kindOf(name);
    }

    /** @see RoleLabels#isPublicationAsking */
    public boolean isPublicationAsking(String label, java.util.List<String> turnTexts) {
        return RoleLabels.isPublicationAsking(label, turnTexts, entities);
    }

    /** A role, or a clause saying where someone works ("has run Vessel since 2024"). */
    public static boolean describesPosition(String words) {
        return looksLikeRole(words) || words != null && words.length() < 200 && POSITION_VERB.matcher(words).find();
    }

    public static boolean looksLikeRole(String words) {
        return words != null && words.length() < 200 && ROLE_WORD.matcher(words).matches();
    }

    /** Applies a description to a person: its role words become the role, organisations in it affiliations. */
    public void apply(Person person, String description) {
        if (person == null || description == null || description.isBlank() || description.length() > 160) {
            return;
        }
        // "my co-founder", "our chief scientist": whose colleague the person is belongs to who says it, not to the role
        String d = description.strip().replaceAll("^(the|a|an|[Mm]y|[Oo]ur)\\s+", "");
        String[] parts = d.split("\\s*(?:,|;|/|\\band\\b)\\s*");
        for (String part : parts) {
            for (String org : organizationsIn(part)) {
                person.addAffiliation(org);
            }
        }
        if (d.contains(",") && parts.length == 2 && !d.matches("(?s).*\\b(of|at|from)\\s+(the\\s+)?\\p{Lu}.*")) {
            // a label's "(Chief Scientist, Lumen Labs)": one part is the role, the other the organisation; a role's
            // own "of" ("head of infrastructure, Solvane") names no organisation, where "CEO of Lumen, …" has one
            String role = ROLE_WORD.matcher(parts[0]).matches() ? parts[0] : parts[1];
            String organization = role == parts[0] ? parts[1] : parts[0];
            if (ROLE_WORD.matcher(role).matches() && !ROLE_WORD.matcher(organization).matches()
                    && organization.matches("\\p{Lu}.*")) {
                person.addAffiliation(organization.strip());
                person.offerRole(role.strip());
                return;
            }
        }
        if (ROLE_WORD.matcher(d).matches()) {
            person.offerRole(d);
        }
    }

    /** Organisations a description names: after "of", "at", "from", before "'s", or known by name or shape. */
    private java.util.List<String> organizationsIn(String part) {
        java.util.List<String> found = new java.util.ArrayList<>();
        part = OWN_UNIT.matcher(part).replaceAll("its unit");
        Matcher after = AFTER_PREPOSITION.matcher(part);
        while (after.find()) {
            // "the Department of Computer Science of Tsinghua University", "Professor of Computer Science at Fudan
            // University": the last of a chain is the organisation
            if (!part.substring(after.end()).matches("(?s)\\s+(?:of|at)\\s+(?:the\\s+)?\\p{Lu}.*")) {
                found.add(after.group(1));
            }
        }
        Matcher position = POSITION_VERB.matcher(part);
        while (position.find()) {
            found.add(position.group(1));
        }
        Matcher possessive = POSSESSIVE.matcher(part);
        while (possessive.find()) {
            found.add(possessive.group(1));
        }
        Matcher run = CAPITALIZED_RUN.matcher(part);
        while (run.find()) {
            // "Manus CTO": the organisation before a title
            String candidate = run.group().strip().replaceAll("\\s+(CEO|CTO|CFO|COO|VP|Founder|Chair|President|Head)$", "");
            String kind = entities.kindOf(candidate);
            if (("organization".equals(kind) || "product".equals(kind) && !candidate.contains(" "))
                    && found.stream().noneMatch(f -> f.contains(candidate))) {
                found.add(candidate);
            }
        }
        // "of the Beijing-based model developer Moyun Intelligence": where it is based is no organisation
        found.removeIf(f -> ROLE_WORD.matcher(f).matches() && entities.kindOf(f) == null || f.length() < 2
                || f.endsWith("-based"));
        return found;
    }
}
