package io.claimstream.analysis.entities;

import java.util.Locale;
import java.util.Set;

/**
 * The last words that make a name an organisation's or a gathering's, whatever comes before them: one list read both
 * where a name is asked whether it can be a person's (speakers) and where a name is asked what kind it is (entities),
 * so that the two never disagree about "Kestrel Capital" or "the Harbour Summit".
 */
public final class OrganisationWords {

    /**
     * "Brightwater Health", "Polar Labs", "Kestrel Capital", "Semiconductor Industry Council", "Keel Research": nobody's
     * surname, and the way companies, funds, institutions and public bodies are named.
     */
    private static final Set<String> ORGANISATION_ENDINGS = Set.of("health", "healthcare", "capital", "lab", "labs",
            "systems", "microsystems", "microelectronics", "compute", "computing", "technology", "technologies",
            "robotics", "holdings", "ventures", "partners", "group", "inc", "corp", "corporation", "ltd", "llc", "plc",
            "gmbh", "bank", "energy", "therapeutics", "network", "networks", "analytics", "semiconductor",
            "semiconductors", "electronics", "instruments", "automation", "software", "cloud", "industries",
            "foundation", "institute", "university", "academy", "college", "school", "research", "company", "media",
            "solutions", "logistics", "freight", "pharma", "pharmaceuticals", "biosciences", "motors", "insurance",
            "securities", "intelligence", "dynamics",
            // public and industry bodies: "Grid Operators Association", "National Data Administration"
            "council", "association", "commission", "agency", "federation", "authority", "ministry", "committee",
            "administration", "bureau", "department", "directorate", "secretariat", "office", "board", "center",
            "centre", "coalition", "consortium", "alliance", "society", "initiative", "union", "league", "fund",
            "trust", "observatory", "collective", "studio", "studios", "project",
            // "the Export Controls Task Force"
            "force",
            // "The Singapore Government announced …": a state's government speaks as a body
            "government");

    /**
     * "the Shenzhen Digital Economy Conference", "the Yunqi Founders Salon": a gathering, where people speak and which
     * itself says nothing.
     */
    private static final Set<String> GATHERINGS = Set.of("conference", "summit", "expo", "festival", "symposium",
            "workshop", "meetup", "hackathon", "salon", "convention", "fair");

    /**
     * "the Important AI Panel", "the Open Weights Forum", "the People's Congress": a name no person bears, though a forum
     * or a congress may be a standing body with a voice of its own, so none of them counts as a mere gathering.
     */
    private static final Set<String> FORUMS_AND_PROGRAMMES = Set.of("panel", "forum", "congress", "assembly", "club",
            "program", "programme");

    private OrganisationWords() {
    }

    /**
     * Whether a name's last word, as written, is one only an organisation's name ends in. "AI" counts only in capitals
     * ("Moonshot AI"): written "Ai" it is a surname.
     */
    public static boolean endsOrganisation(String lastWord) {
        String word = bare(lastWord);
        if (word.equals("AI")) {
            return true;
        }
        return ORGANISATION_ENDINGS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a name's last word is a gathering's: a conference, a summit, a salon. */
    public static boolean endsGathering(String lastWord) {
        return GATHERINGS.contains(bare(lastWord).toLowerCase(Locale.ROOT));
    }

    /** Whether a name ending so names no person at all: an organisation, a gathering, a forum or a programme. */
    public static boolean endsNonPerson(String lastWord) {
        return endsOrganisation(lastWord) || endsGathering(lastWord)
                || FORUMS_AND_PROGRAMMES.contains(bare(lastWord).toLowerCase(Locale.ROOT));
    }

    private static String bare(String word) {
        int end = word.length();
        while (end > 0 && ".,;:".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(0, end);
    }
}
