package io.claimstream.analysis.claims;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.claimstream.analysis.speakers.NameRun;
import io.claimstream.analysis.speakers.NameRuns;
import io.claimstream.analysis.speakers.RoleReader;
import io.claimstream.analysis.text.Token;

/**
 * Descriptions next to a frame's subject that news copy uses instead of an appositive: a title
 * written before a person's name ({@code Northwind chief executive Ada Kowalczyk told}) and
 * {@code the company} standing for the organisation the same sentence opens with
 * ({@code Northwind will spend $4 billion, the company said}).
 */
final class SubjectDescriptions {

    private static final Set<String> ORGANISATION_NOUNS = Set.of("company", "firm", "startup", "lab", "group",
            "maker", "developer", "chipmaker", "carmaker", "business", "organisation", "organization");
    private static final int MAX_TITLE_WORDS = 4;

    private SubjectDescriptions() {
    }

    static boolean isOrganisationNoun(String word) {
        return ORGANISATION_NOUNS.contains(word);
    }

    /**
     * The full name the text gives a person it now calls by title and surname alone ("Secretary Whitcomb" after
     * "Commerce Secretary Daniel Whitcomb signed …"): the one given name written before that surname anywhere in the
     * text, or null when none is, or when two people share the surname and the title does not say which.
     */
    static String fullNameOfSurname(String text, String written) {
        String surname = io.claimstream.analysis.speakers.Honorifics.strip(written);
        if (surname.equals(written) || !surname.matches("\\p{Lu}[\\p{L}'’-]+")) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(\\p{Lu}[\\p{L}'’-]+)\\s+" + java.util.regex.Pattern.quote(surname)
                + "\\b(?![\\p{L}'’-])").matcher(text);
        String found = null;
        while (m.find()) {
            String given = m.group(1);
            if (io.claimstream.analysis.speakers.Honorifics.isTitle(given) || io.claimstream.analysis.speakers.NameRuns.isNeverAName(given)) {
                continue;
            }
            String full = given + " " + surname;
            if (found != null && !found.equals(full)) {
                return null;
            }
            found = full;
        }
        return found;
    }

    /**
     * Who holds a title the text writes with a capital, where it names them beside it: "the National Security Advisor,
     * Marcus Tellen," or "National Security Advisor Marcus Tellen". A report by "the National Security Advisor" is
     * then that person's, as a reader takes it, wherever in the text the name is given; null when it names nobody.
     */
    static String holderNamedBeside(String text, String title) {
        String name = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i:\\bthe)\\s+" + java.util.regex.Pattern.quote(title)
                + ",\\s+" + name + ",|\\b" + java.util.regex.Pattern.quote(title) + "\\s+" + name + "(?=[\\s,.;:]+\\p{Ll})").matcher(text);
        while (m.find()) {
            String holder = m.group(1) != null ? m.group(1) : m.group(2);
            if (!holder.matches("(?:The|A|An|This|That|Our|Their|His|Her|Its)\\b.*")) {
                return holder;
            }
        }
        return null;
    }

    /** The title (and its organisation) before a person's full name, as "chief executive of Northwind", or null. */
    static String titleBefore(String text, List<Token> t, List<NameRun> runs, NameRun name) {
        if (name.to() - name.from() < 2 || name.titled()) {
            return null;
        }
        int k = name.from() - 1;
        while (k >= 0 && name.from() - k <= MAX_TITLE_WORDS && t.get(k).isWord()
                && (!t.get(k).isCapitalized() || t.get(k).text().matches("CEO|CTO|CFO|COO|VP"))) {
            k--;
        }
        if (k == name.from() - 1) {
            return null;
        }
        String title = text.substring(t.get(k + 1).start(), t.get(name.from() - 1).end());
        if (!RoleReader.looksLikeRole(title)) {
            return null;
        }
        int at = k;
        Optional<NameRun> organisation = FrameFinder.runEndingAt(runs, at);
        return organisation.map(o -> title + " of " + o.text()).orElse(title);
    }

    /**
     * The organisation a sentence opens with, when {@code the company} at {@code description}
     * speaks after a comma ({@code X will …, the company said}); empty otherwise.
     */
    static Optional<NameRun> openingOrganisation(List<Token> t, List<NameRun> runs, int description, String noun) {
        if (!ORGANISATION_NOUNS.contains(noun) || description < 2 || !t.get(description - 1).text().equals(",")) {
            return Optional.empty();
        }
        int first = afterDateline(t);
        while (first < t.size() && !t.get(first).isWord()) {
            first++;
        }
        int opening = first;
        return runs.stream().filter(r -> r.from() == opening && r.to() < description
                && !NameRuns.joinedToNextWord(t, r)).findFirst();
    }

    /** Past a wire dateline ({@code SAN JOSE, Oct 21 (Ledgerline) -}): the first token after its dash, else 0. */
    static int afterDateline(List<Token> t) {
        if (t.isEmpty() || !t.get(0).text().matches("\\p{Lu}{2,}[\\p{Lu}.]*")) {
            return 0;
        }
        for (int i = 1; i < Math.min(t.size(), 14); i++) {
            if (t.get(i).text().matches("[-–—]+|--")) {
                return i + 1;
            }
        }
        return 0;
    }
}
