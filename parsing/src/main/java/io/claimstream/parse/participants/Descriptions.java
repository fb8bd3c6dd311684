package io.claimstream.parse.participants;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the words that describe a person into a role and an organisation:
 * {@code the dean of BAAI} → dean, BAAI; {@code Tencent’s chief AI scientist} → chief AI scientist,
 * Tencent; {@code a professor at the Department of Physics of Harbor University} → professor,
 * Harbor University; {@code Chief Scientist, Lumen Labs} → Chief Scientist, Lumen Labs.
 * Of several roles joined by {@code and a …}, the first is kept, with the first organisation named.
 */
public final class Descriptions {

    /** A role and an organisation; either may be null. */
    public record RoleAndAffiliation(String role, String affiliation) {

        boolean isEmpty() {
            return role == null && affiliation == null;
        }
    }

    private static final int MAX_ROLE = 120;
    private static final Pattern PARENTHESIS_PARTS = Pattern.compile("\\s*[,;/|]\\s*");
    private static final Pattern OF_CHAIN = Pattern.compile("\\s+of\\s+");
    private static final Pattern ARTICLE = Pattern.compile(
            "^(?:(?:now|currently|also|still|formerly|previously|once|later)\\s+)?(?:the|a|an)\\s+|^(?:now|currently|also|still)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** {@code and the founder of …}: a second role, not a second head sharing the first one's organisation. */
    private static final Pattern NEXT_ROLE = Pattern.compile("\\s+(?:and|as well as|&)\\s+(?=(?:the|a|an|also)\\s)|\\s*;\\s*");
    /** A preposition that introduces the organisation: {@code of X}, {@code at the X}. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "\\s(?:of|at|from|with|for|in)\\s+(?:the\\s+)?(?=\\p{Lu})");
    /** The capitalised words of an organisation's name, with the connectors inside it. */
    private static final String WORD = "\\p{Lu}(?:[\\p{L}\\p{N}&'’-]|\\.(?=\\p{L}))*";
    static final Pattern NAME_RUN = Pattern.compile(
            WORD + "(?:(?:\\h+-\\h+|\\h+(?:of|and|for|on|de|&)\\h+|\\h+)" + WORD + ")*");
    private static final Pattern POSSESSOR = Pattern.compile("^(" + NAME_RUN.pattern() + ")['’]s\\s+");
    /** Units inside an organisation; {@code Department of X of Y University} belongs to Y University. */
    private static final Set<String> SUBUNITS = Set.copyOf(java.util.List.of("department", "school", "faculty", "division", "lab",
            "laboratory", "center", "centre", "college", "office", "unit", "team", "group", "program", "programme"));

    private Descriptions() {
    }

    /** Role and organisation of a description after a name, or null if it names no position. */
    public static RoleAndAffiliation of(String description) {
        String d = ARTICLE.matcher(description.strip()).replaceFirst("");
        if (d.isEmpty() || !RoleWords.describesPosition(d)) {
            return null;
        }
        String[] parts = NEXT_ROLE.split(d, -1);
        String role = null;
        String affiliation = null;
        for (int p = 0; p < parts.length; p++) {
            RoleAndAffiliation split = split(ARTICLE.matcher(parts[p].strip()).replaceFirst(""));
            if (p == 0) {
                role = split.role();
            }
            if (affiliation == null) {
                affiliation = split.affiliation();
            }
        }
        return new RoleAndAffiliation(shorten(role), affiliation);
    }

    /**
     * A label's or an aside's parentheses, {@code (Role)}, {@code (Role, Organisation)},
     * {@code (Organisation)}; null for anything else (a time, a year, a remark).
     */
    public static RoleAndAffiliation ofParenthesis(String inside) {
        String role = null;
        String affiliation = null;
        for (String part : PARENTHESIS_PARTS.split(inside)) {
            String p = ARTICLE.matcher(part.strip()).replaceFirst("");
            if (p.isEmpty()) {
                continue;
            }
            if (RoleWords.describesPosition(p)) {
                RoleAndAffiliation split = of(p);
                if (role == null && split != null) {
                    role = split.role();
                }
                if (affiliation == null && split != null) {
                    affiliation = split.affiliation();
                }
            } else if (affiliation == null && looksLikeOrganisation(p)) {
                affiliation = p;
            } else {
                return null;
            }
        }
        RoleAndAffiliation found = new RoleAndAffiliation(shorten(role), affiliation);
        return found.isEmpty() ? null : found;
    }

    static RoleAndAffiliation split(String part) {
        Matcher possessive = POSSESSOR.matcher(part);
        if (possessive.find()) {
            return new RoleAndAffiliation(emptyToNull(part.substring(possessive.end())), possessive.group(1));
        }
        Matcher preposition = ORGANISATION.matcher(part);
        while (preposition.find()) {
            String organisation = organisation(part.substring(preposition.end()));
            if (organisation != null) {
                return new RoleAndAffiliation(emptyToNull(part.substring(0, preposition.start()).strip()), organisation);
            }
        }
        // "a former OpenAI researcher": the organisation written before the head
        Matcher run = NAME_RUN.matcher(part);
        while (run.find()) {
            String candidate = run.group();
            String first = Words.SPACES.split(candidate)[0];
            if (!RoleWords.isHead(first) && !RoleWords.isModifier(first) && !RoleWords.isHonorific(first)) {
                String organisation = trimTitleWords(Words.withoutPossessive(candidate));
                // "Manus CTO": an organisation that opens the description is not part of the role
                String rest = run.start() == 0 && part.startsWith(organisation) ? part.substring(organisation.length()).strip() : "";
                return new RoleAndAffiliation(RoleWords.describesPosition(rest) ? rest : part, organisation);
            }
        }
        return new RoleAndAffiliation(emptyToNull(part), null);
    }

    /** The organisation a prepositional phrase names: the possessor, or the last of a chain of units. */
    private static String organisation(String phrase) {
        Matcher run = NAME_RUN.matcher(phrase);
        if (!run.lookingAt()) {
            return null;
        }
        String name = run.group();
        int apostrophe = Math.max(name.indexOf("'s "), name.indexOf("’s "));
        if (apostrophe < 0 && (name.endsWith("'s") || name.endsWith("’s"))) {
            apostrophe = name.length() - 2;
        }
        if (apostrophe > 0) {
            return name.substring(0, apostrophe); // "Xiaomi Group's MiMo": the group
        }
        String[] chain = OF_CHAIN.split(name);
        if (chain.length > 1 && SUBUNITS.contains(Words.SPACES.split(chain[0])[0].toLowerCase(Locale.ROOT))) {
            return chain[chain.length - 1];
        }
        return trimTitleWords(name);
    }

    /** {@code Zhipu AI Chief Scientist}: drops title words a run of capitals carries at its end. */
    private static String trimTitleWords(String run) {
        String[] words = Words.SPACES.split(run);
        int keep = words.length;
        while (keep > 1 && (RoleWords.isHead(words[keep - 1]) || RoleWords.isModifier(words[keep - 1])
                && !RoleWords.isOrganisationWord(words[keep - 1]))) {
            keep--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, keep));
    }

    static boolean looksLikeOrganisation(String part) {
        if (part.length() > 80 || !Character.isUpperCase(part.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (Character.isDigit(c) && part.length() < 6 || c == ':' || c == '.' && i == part.length() - 1) {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String role) {
        if (role == null) {
            return null;
        }
        String r = role.strip();
        while (r.endsWith(",") || r.endsWith(";")) {
            r = r.substring(0, r.length() - 1).strip();
        }
        return r.isEmpty() ? null : r.length() <= MAX_ROLE ? r : r.substring(0, MAX_ROLE).strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
