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

    private static final Pattern CAPITALIZED_RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{N}&.-]*(?:\\s+(?:of\\s+|for\\s+|&\\s+)?\\p{Lu}[\\p{L}\\p{N}&.-]*)*");
    private static final Pattern ROLE_WORD = Pattern.compile(
            "(?i).*\\b(ceo|cto|cfo|coo|founder|co-?founder|co - founder|president|chair|chairman|director|head|lead|"
                    + "leader|professor|scientist|researcher|engineer|dean|manager|partner|investor|analyst|editor|"
                    + "reporter|moderator|host|vp|vice|officer|executive|fellow|student|member|advisor|adviser)\\b.*");

    private final KnownEntities entities;

    public RoleReader(KnownEntities entities) {
        this.entities = entities;
    }

    /** Applies a description to a person: its role words become the role, organisations in it affiliations. */
    public void apply(Person person, String description) {
        if (person == null || description == null || description.isBlank() || description.length() > 160) {
            return;
        }
        String d = description.strip().replaceAll("^(the|a|an)\\s+", "");
        Matcher m = CAPITALIZED_RUN.matcher(d);
        boolean found = false;
        while (m.find()) {
            String candidate = m.group().replaceAll("[’']s$", "").strip();
            String kind = entities.kindOf(candidate);
            if ("organization".equals(kind) || "product".equals(kind) && !candidate.contains(" ")) {
                person.addAffiliation(candidate);
                found = true;
            } else if (kind == null && !ROLE_WORD.matcher(candidate).matches() && candidate.length() > 2
                    && m.start() > 0 && d.substring(0, m.start()).matches("(?s).*\\b(of|at|from|with)\\s+$")) {
                person.addAffiliation(candidate);
                found = true;
            }
        }
        if (ROLE_WORD.matcher(d).matches() || !found) {
            person.offerRole(d);
        }
    }
}
