package io.claimstream.analysis.speakers;

import java.util.List;

import io.claimstream.analysis.entities.KnownEntities;

/**
 * One word taken for a company because nothing said it was a person ("Rui is the chief executive now", "though Rui
 * thinks 2026"), after the text wrote the full name once where nobody speaks ("I met Rui Carvalho at a conference"):
 * a company holds no chief executive's chair itself, so a one-word organisation given a person's role is the person
 * whose first name it is, when the text writes exactly one full name opening with that word.
 */
public final class FirstNames {

    private FirstNames() {
    }

    public static void takeFullNames(PersonRegistry people, KnownEntities entities) {
        List<Person> firstNamed = people.all().stream().filter(p -> !p.isPerson() && p.name().isSingleWord()
                && RoleReader.looksLikeRole(p.role()) && entities.kindOf(p.name().display()) == null).toList();
        if (firstNamed.isEmpty()) {
            return;
        }
        List<PersonName> written = people.writtenFullNames().stream().filter(n -> n.tokens().size() <= 3).toList();
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
