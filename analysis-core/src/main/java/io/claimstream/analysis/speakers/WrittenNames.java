package io.claimstream.analysis.speakers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.claimstream.analysis.entities.KnownEntities;
import io.claimstream.analysis.sentences.Sentence;

/**
 * The full names a text writes anywhere, in page order: every run of two or more capitalised words that may be a
 * person's (no organisation's last word, no product or place the entity lists know). A one-word mention met before
 * or after the full name (a headline's "Yang:", a title and surname, a live blog's newest entry at the top) is read
 * against them, whichever comes first on the page.
 */
public final class WrittenNames {

    private WrittenNames() {
    }

    public static Set<PersonName> in(String text, List<Sentence> sentences, KnownEntities entities) {
        Set<PersonName> written = new LinkedHashSet<>();
        for (Sentence s : sentences) {
            if (s.block().kind() == io.claimstream.analysis.sentences.BlockKind.HEADING && titleCasedHeading(s.tokens())) {
                continue;
            }
            for (NameRun run : NameRuns.find(text, s.tokens())) {
                PersonName n = PersonName.of(POSSESSIVE_ENDING.matcher(run.text()).replaceAll(""));
                if (n.tokens().size() >= 2 && !n.endsInOrganisationWord() && entities.kindOf(n.display()) == null) {
                    written.add(n);
                }
            }
        }
        return written;
    }

    /**
     * "4. Talent: Hire Builders, Then Teach Theory": a heading that capitalises every word capitalises verbs and
     * nouns alike, so its runs of capitals say nothing of names (a name in it is written again in the text below).
     */
    static boolean titleCasedHeading(List<io.claimstream.analysis.text.Token> tokens) {
        int capitalised = 0;
        for (int i = 1; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            if (!tokens.get(i).isWord() || w.length() < 4) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                return false; // a word in lower case, or a heading in capitals, which NameRuns reads by its own rules
            }
            capitalised++;
        }
        return capitalised >= 4;
    }

    private static final java.util.regex.Pattern POSSESSIVE_ENDING = java.util.regex.Pattern.compile("[’']s$");
}
