package io.claimstream.analysis.speakers;

import java.util.List;
import java.util.Set;


/**
 * A person the text names only by title and surname ({@code Mr de Vries said …}, {@code Ms von der Heide}) after
 * writing the full name once where nobody speaks ("Her co-founder Joost de Vries, who runs research, …") is the
 * person of that full name: the full name becomes theirs when it is the one the text writes ending in that
 * surname, or, when none ends in it, the one name of two words that opens on it, family name first ("Mr Lin" for Lin
 * Haotian). Two people sharing the surname leave the title and surname as they are.
 */
public final class TitledSurnames {

    private TitledSurnames() {
    }

    public static void takeFullNames(PersonRegistry people) {
        List<Person> titled = people.all().stream().filter(p -> p.isPerson() && surnameOnly(p.name())
                && p.aliases().stream().anyMatch(a -> !Honorifics.strip(a).strip().equals(a.strip()))).toList();
        if (titled.isEmpty()) {
            return;
        }
        Set<PersonName> written = people.writtenFullNames();
        for (Person p : titled) {
            List<String> surname = p.name().tokens();
            List<PersonName> endingIn = written.stream().filter(n -> n.tokens().size() > surname.size()
                    && n.tokens().size() <= surname.size() + 2
                    && n.tokens().subList(n.tokens().size() - surname.size(), n.tokens().size()).equals(surname))
                    .map(n -> String.join(" ", n.tokens())).distinct().map(PersonName::of).toList();
            // "Mr Lin" after "Lin Haotian's letter": no name ends in the surname, but one opens on it, as Chinese and
            // Korean names are written, family name first; a title goes with the family name
            List<PersonName> bearers = !endingIn.isEmpty() || surname.size() != 1 ? endingIn : written.stream()
                    .filter(n -> n.tokens().size() == 2 && n.tokens().get(0).equals(surname.get(0)))
                    .map(n -> String.join(" ", n.tokens())).distinct().map(PersonName::of).toList();
            if (bearers.size() == 1 && people.all().stream().noneMatch(other -> other != p && other.isPerson()
                    && other.name().tokens().equals(bearers.get(0).tokens()))) {
                String full = written.stream().filter(n -> n.tokens().equals(bearers.get(0).tokens())).findFirst()
                        .orElseThrow().display();
                p.offerName(PersonName.of(full));
            }
        }
    }

    /** One word, or a surname that opens with its particles ("de Vries", "von der Heide"). */
    private static boolean surnameOnly(PersonName name) {
        List<String> t = name.tokens();
        if (t.size() == 1) {
            return true;
        }
        int particles = 0;
        while (particles < t.size() - 1 && NameRuns.isParticle(t.get(particles))) {
            particles++;
        }
        return particles > 0 && particles == t.size() - 1;
    }
}
