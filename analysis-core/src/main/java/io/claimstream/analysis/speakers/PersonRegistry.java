package io.claimstream.analysis.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The people and organisations of one document, found as the analysis reads it in order. It
 * resolves every way of writing a name to one {@link Person} and remembers who was mentioned
 * last, which is what surnames, pronouns and "the company" refer back to. One per document.
 */
public final class PersonRegistry {

    private final List<Person> people = new ArrayList<>();
    /** Most recently mentioned last. */
    private final List<Person> recency = new ArrayList<>();

    /** Lower-case words of the multi-word names known so far. */
    public java.util.Set<String> knownNameParts() {
        java.util.Set<String> parts = new java.util.HashSet<>();
        for (Person p : people) {
            if (p.isPerson() && p.name().tokens().size() > 1) {
                parts.addAll(p.name().tokens());
            } else if (p.name().tokens().size() > 1) {
                parts.add(p.name().tokens().get(0)); // "Tarn said" after "Tarn Robotics"
            }
        }
        return parts;
    }

    public List<Person> all() {
        return List.copyOf(people);
    }

    /** The person or organisation this written name refers to, creating it when it is new. */
    public Person register(String written, Person.Kind kind) {
        PersonName name = PersonName.of(written);
        Person known = lookup(written);
        if (known != null) {
            known.offerName(name);
            if (kind == Person.Kind.PERSON) {
                known.becomePerson();
            }
            return known;
        }
        Person created = new Person(name, kind);
        people.add(created);
        return created;
    }

    /** The known person a mention refers to, or null: full name in any order, run together, or a part of it. */
    public Person lookup(String mention) {
        PersonName m = PersonName.of(mention);
        if (m.isEmpty()) {
            return null;
        }
        Person exact = mostRecent(p -> p.answersTo(m));
        if (exact != null) {
            return exact;
        }
        if (m.isSingleWord()) {
            String word = m.tokens().get(0);
            Person person = mostRecent(p -> p.isPerson() && p.name().hasPart(word));
            // "Helio" after "Helio Labs": an organisation's short name is its first word
            return person != null ? person
                    : mostRecent(p -> !p.isPerson() && p.name().tokens().size() > 1 && p.name().tokens().get(0).equals(word));
        }
        // "Luo" was met first, now "Luo Fuli": the same person, who gets the fuller name
        return mostRecent(p -> p.isPerson() && p.name().isSingleWord() && m.hasPart(p.name().tokens().get(0)));
    }

    /** A definite description ({@code the moderator}, {@code the company}, {@code the Anthropic CEO}). */
    public Person lookupRole(String description) {
        String d = description.toLowerCase(Locale.ROOT).replaceFirst("^(the|our|their)\\s+", "").strip();
        if (d.matches("(company|firm|startup|lab|group|organization|organisation|developer|maker|team)")) {
            return mostRecent(p -> !p.isPerson());
        }
        String[] words = d.split("\\s+");
        String roleWord = words[words.length - 1];
        String qualifier = words.length > 1 ? String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)) : "";
        return mostRecent(p -> p.isPerson() && p.role() != null
                && p.role().toLowerCase(Locale.ROOT).contains(roleWord)
                && (qualifier.isEmpty() || p.role().toLowerCase(Locale.ROOT).contains(qualifier)
                    || p.toSpeaker().affiliations().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(qualifier))));
    }

    public void mentioned(Person person) {
        recency.remove(person);
        recency.add(person);
    }

    public Person mostRecent(Predicate<Person> condition) {
        for (int i = recency.size() - 1; i >= 0; i--) {
            if (condition.test(recency.get(i))) {
                return recency.get(i);
            }
        }
        for (Person p : people) {
            if (!recency.contains(p) && condition.test(p)) {
                return p;
            }
        }
        return null;
    }

    /** The most recently mentioned person a gendered pronoun can refer to. */
    public Person antecedent(Gender pronoun) {
        return mostRecent(p -> p.compatibleWith(pronoun));
    }

    public void forgetRecency() {
        recency.clear();
    }
}
