package io.claimstream.analysis.speakers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.claimstream.analysis.entities.KnownEntities;
import io.claimstream.analysis.sentences.Sentence;

/**
 * One word taken for a company because nothing said it was a person ("Rui is the chief executive now", "though Rui
 * thinks 2026"), after the text wrote the full name once where nobody speaks ("I met Rui Carvalho at a conference"):
 * a company holds no chief executive's chair itself, so a one-word organisation given a person's role is the person
 * whose first name it is, when the text writes exactly one full name opening with that word.
 */
public final class FirstNames {

    private FirstNames() {
    }

    public static void takeFullNames(PersonRegistry people, String text, List<Sentence> sentences,
                                     KnownEntities entities) {
        List<Person> firstNamed = people.all().stream().filter(p -> !p.isPerson() && p.name().isSingleWord()
                && RoleReader.looksLikeRole(p.role()) && entities.kindOf(p.name().display()) == null).toList();
        if (firstNamed.isEmpty()) {
            return;
        }
        Set<PersonName> written = new LinkedHashSet<>();
        for (Sentence s : sentences) {
            for (NameRun run : NameRuns.find(text, s.tokens())) {
                PersonName n = PersonName.of(run.text().replaceAll("[’']s$", ""));
                if (n.tokens().size() >= 2 && n.tokens().size() <= 3 && !n.endsInOrganisationWord()
                        && entities.kindOf(n.display()) == null) {
                    written.add(n);
                }
            }
        }
        for (Person p : firstNamed) {
            String word = p.name().tokens().get(0);
            List<PersonName> bearers = written.stream().filter(n -> n.tokens().get(0).equals(word)).toList();
            if (bearers.size() == 1 && people.all().stream().noneMatch(other -> other != p
                    && other.name().tokens().equals(bearers.get(0).tokens()))) {
                p.becomePerson();
                p.offerName(bearers.get(0));
            }
        }
    }
}
