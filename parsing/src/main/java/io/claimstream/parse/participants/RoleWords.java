package io.claimstream.parse.participants;

import java.util.Locale;
import java.util.Set;

/**
 * The words that describe a person's position ({@code chief scientist}, {@code co-founder},
 * {@code the person in charge}), the words that make a capitalised run an organisation rather than
 * a person ({@code University}, {@code Labs}), and the speech verbs that make a {@code Name, …:}
 * line a sentence introducing a quote rather than a speaker label.
 */
public final class RoleWords {

    /** Nouns that head a description of a position. */
    private static final Set<String> HEADS = Set.copyOf(java.util.List.of(
            "ceo", "cto", "cfo", "coo", "cso", "cpo", "cmo", "cio", "vp", "svp", "evp", "gm", "md", "pm",
            "founder", "co-founder", "cofounder", "president", "chair", "chairman", "chairwoman", "chairperson",
            "director", "head", "lead", "leader", "professor", "prof", "prof.", "scientist", "researcher",
            "engineer", "dean", "manager", "partner", "investor", "analyst", "editor", "reporter", "correspondent",
            "journalist", "columnist", "moderator", "host", "co-host", "officer", "executive", "fellow", "member",
            "advisor", "adviser", "principal", "architect", "strategist", "economist", "author", "owner",
            "secretary", "minister", "governor", "senator", "commissioner", "spokesperson", "spokesman",
            "spokeswoman", "developer", "designer", "lecturer", "postdoc", "student", "evangelist", "consultant",
            "counsel", "attorney", "lawyer", "entrepreneur", "creator", "inventor", "maintainer", "trustee",
            "mayor", "ambassador", "chancellor", "provost", "rector", "academician", "expert", "specialist",
            "representative", "coordinator", "organizer", "organiser", "supervisor", "superintendent",
            "administrator", "dr", "dr.", "president-elect", "premier"));

    /** Words that qualify a head inside a title ({@code newly appointed chief AI scientist}). */
    private static final Set<String> MODIFIERS = Set.copyOf(java.util.List.of(
            "senior", "junior", "vice", "deputy", "executive", "general", "managing", "former", "founding",
            "associate", "assistant", "acting", "interim", "newly", "appointed", "incoming", "outgoing",
            "current", "technical", "research", "product", "tenured", "distinguished", "visiting", "adjunct",
            "emeritus", "honorary", "lead", "principal", "staff", "co", "joint", "sole", "then", "longtime",
            "ai", "ml", "it", "data", "technology", "science", "scientific", "engineering", "operating",
            "financial", "information", "marketing", "strategy", "security", "investment", "global", "regional",
            "national", "team", "program", "programme", "project", "department", "model", "models", "chair",
            "chief", "large", "language", "general-purpose", "first", "board", "of", "and", "&"));

    /** Title words written before a name ({@code Professor Tang}, {@code Dr. Lee}). */
    private static final Set<String> HONORIFICS = Set.copyOf(java.util.List.of(
            "professor", "prof", "prof.", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.",
            "sir", "dame", "lord", "lady", "dean", "president", "senator", "minister", "governor", "mayor",
            "academician", "judge", "rev", "rev.", "father", "sister", "brother"));

    /** Words that end an organisation's name; a capitalised run holding one is no person. */
    private static final Set<String> ORGANISATION = Set.copyOf(java.util.List.of(
            "university", "universities", "institute", "institutes", "academy", "college", "school", "faculty",
            "department", "laboratory", "laboratories", "lab", "labs", "technology", "technologies", "tech",
            "group", "inc", "inc.", "corp", "corp.", "corporation", "company", "co.", "ltd", "ltd.", "llc",
            "intelligence", "capital", "ventures", "partners", "bank", "foundation", "association", "society",
            "center", "centre", "council", "ministry", "agency", "team", "research", "systems", "holdings",
            "conference", "summit", "forum", "models", "model", "network", "networks", "studio", "studios",
            "media", "news", "times", "post", "journal", "press", "daily", "review", "magazine", "science",
            "sciences", "engineering", "studies", "computing", "robotics", "ai", "hospital", "club", "fund",
            "committee", "commission", "office", "bureau", "board", "government", "party", "union", "alliance",
            "consortium", "initiative", "project", "program", "programme", "platform", "cloud", "motors",
            "electronics", "semiconductor", "semiconductors", "pharmaceuticals", "energy", "industries",
            "securities", "investments", "management", "consulting", "solutions", "software", "services",
            "international", "global", "china", "america", "europe", "asia", "valley"));

    /** Verbs that turn {@code Name, …:} into a sentence that introduces a quote. */
    private static final Set<String> SPEECH = Set.copyOf(java.util.List.of(
            "said", "says", "say", "told", "tells", "added", "adds", "explained", "explains", "noted", "notes",
            "asked", "asks", "wrote", "writes", "argued", "argues", "stated", "states", "put", "puts", "recalled",
            "warned", "warns", "replied", "replies", "answered", "responded", "continued", "concluded",
            "insisted", "remarked", "commented", "observed", "declared", "announced", "admitted", "acknowledged",
            "suggested", "predicted", "shared", "posted", "tweeted", "speaking", "spoke", "speaks", "was", "is",
            "were", "are", "has", "had", "have", "will", "would", "could", "should", "did", "does", "thinks",
            "believes", "believed", "thought", "summed", "offered", "gave", "joked", "laughed", "smiled",
            "however", "though", "also", "then", "who", "which", "when", "where", "whose", "while", "as"));

    /** Verbs that describe a position in a relative clause ({@code who leads the model team at X}). */
    private static final Set<String> ROLE_VERBS = Set.copyOf(java.util.List.of(
            "leads", "led", "heads", "headed", "runs", "ran", "founded", "co-founded", "cofounded", "oversees",
            "manages", "directs", "chairs", "teaches", "works", "worked", "serves", "served", "built", "started",
            "advises", "owns", "coordinates", "supervises"));

    private RoleWords() {
    }

    static String norm(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    }

    /** For a word already put through {@link #norm}: the lookups of a name check share one lower-casing. */
    static boolean isTitleOrOrganisationNorm(String normalised) {
        return HEADS.contains(normalised) || HONORIFICS.contains(normalised) || ORGANISATION.contains(normalised);
    }

    public static boolean isHead(String word) {
        return HEADS.contains(norm(word));
    }

    public static boolean isModifier(String word) {
        return MODIFIERS.contains(norm(word));
    }

    static boolean isHonorific(String word) {
        return HONORIFICS.contains(norm(word));
    }

    static boolean isOrganisationWord(String word) {
        return ORGANISATION.contains(norm(word));
    }

    public static boolean isSpeechWord(String word) {
        return SPEECH.contains(norm(word));
    }

    static boolean isRoleVerb(String word) {
        return ROLE_VERBS.contains(norm(word));
    }

    /** Whether a line names a firm or an institution: one of its words ends organisations' names ("Group", "Securities"). */
    public static boolean namesOrganisation(String line) {
        for (String word : line.split("[\\s,]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && ORGANISATION.contains(norm(word))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a description names a position: a head noun ({@code chief scientist}) or "in charge". */
    public static boolean describesPosition(String description) {
        String d = description.replace(" - ", "-");
        int i = 0;
        int n = d.length();
        while (i < n) {
            while (i < n && !Character.isLetter(d.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(d.charAt(i)) || d.charAt(i) == '-' || d.charAt(i) == '\''
                    || d.charAt(i) == '\u2019' || d.charAt(i) == '.')) {
                i++;
            }
            if (i > start) {
                String word = d.substring(start, i);
                while (word.endsWith(".") && word.length() > 1 && !HEADS.contains(norm(word))) {
                    word = word.substring(0, word.length() - 1);
                }
                if (HEADS.contains(norm(word))) {
                    return true;
                }
            }
        }
        return d.toLowerCase(Locale.ROOT).contains("in charge") || d.toLowerCase(Locale.ROOT).contains("responsible for");
    }
}
