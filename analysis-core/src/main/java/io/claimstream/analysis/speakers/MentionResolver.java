package io.claimstream.analysis.speakers;

import java.util.Locale;

import io.claimstream.analysis.entities.KnownEntities;

/**
 * Resolves what a sentence calls its subject to a {@link Person}: a name (known, or new and then
 * registered as a person or organisation), a pronoun (the most recent compatible person), or a
 * definite description ({@code the company}, {@code the moderator}).
 */
public final class MentionResolver {

    private final PersonRegistry registry;
    private final KnownEntities entities;

    public MentionResolver(PersonRegistry registry, KnownEntities entities) {
        this.registry = registry;
        this.entities = entities;
    }

    /** The name runs of a sentence, knowing the names met so far. */
    public java.util.List<NameRun> names(String text, java.util.List<io.claimstream.analysis.text.Token> tokens) {
        return NameRuns.find(text, tokens, registry.knownNameParts());
    }

    public PersonRegistry registry() {
        return registry;
    }

    /** A written name as the subject of a claim: known, or a new speaker. Null for products and places. */
    public Person name(String written, boolean titled) {
        String clean = written.replaceAll("[’']s$", "").strip();
        Person known = registry.lookup(clean);
        if (known != null) {
            if (!titled || known.isPerson()) {
                known.addAlias(clean);
            }
            registry.mentioned(known);
            return known;
        }
        String kind = entities.kindOf(Honorifics.strip(clean));
        if ("product".equals(kind) || "place".equals(kind)) {
            return null;
        }
        // a person is introduced by full name or title; one unknown word ("Stripe said") is more often a company
        boolean organization = "organization".equals(kind) || PersonName.of(clean).isSingleWord() && !titled;
        Person.Kind k = organization && !titled ? Person.Kind.ORGANIZATION : Person.Kind.PERSON;
        Person created = registry.register(clean, k);
        if (titled) {
            created.addAlias(clean);
            created.offerRole(Honorifics.roleOf(clean)); // "Chief Executive Oona Pike told …"
        }
        registry.mentioned(created);
        return created;
    }

    /** A name the sentence shows to be an organisation's ("The University of Amsterdam said"). */
    public Person organization(String written) {
        Person known = registry.lookup(written);
        Person p = known != null ? known : registry.register(written, Person.Kind.ORGANIZATION);
        registry.mentioned(p);
        return p;
    }

    /** A known name only: does not create anybody. */
    public Person known(String written) {
        Person p = registry.lookup(written.replaceAll("[’']s$", "").strip());
        if (p != null) {
            registry.mentioned(p);
        }
        return p;
    }

    public Person pronoun(String word) {
        Gender g = Pronouns.thirdPerson(word);
        if (g == null) {
            String w = word.toLowerCase(Locale.ROOT);
            return w.equals("it") ? registry.mostRecent(p -> !p.isPerson()) : null;
        }
        Person p = registry.antecedent(g);
        if (p != null) {
            p.countPronoun(g);
            registry.mentioned(p);
        }
        return p;
    }

    /**
     * The person holding a role at an organisation ({@code Its chief executive said}): the one the
     * text names, or a stand-in resolved once the whole text is read; never the organisation itself.
     */
    public Person roleAt(Person organisation, String role) {
        Person holder = registry.holderOf(organisation, role);
        if (holder == null) {
            holder = registry.unnamedHolder(organisation, role);
        }
        registry.mentioned(holder);
        return holder;
    }

    public Person description(String text) {
        Person p = registry.lookupRole(text);
        String named = text.strip().replaceFirst("^(?i)the\\s+", "");
        if (p == null && !named.equals(text.strip()) && named.contains(" ")
                && "organization".equals(entities.kindOf(named)) && named.matches("\\p{Lu}.*")) {
            return organization(named); // "The Frontier Models Summit Program Committee said": a body, by its name
        }
        if (p != null) {
            if (p.isPerson() && p.role() == null) {
                p.offerRole(text.strip().replaceFirst("^(?i)(the|our|their)\\s+", "")); // "the Vessel CEO"
            }
            if (!text.strip().matches("(?i)the (statement|announcement|filing)")) {
                p.addAlias(text.strip()); // a statement stands for its organisation here, it is no name of it
            }
            registry.mentioned(p);
        }
        return p;
    }
}
