package io.claimstream.analysis.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.claimstream.analysis.speakers.NameRun;
import io.claimstream.analysis.speakers.NameRuns;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.PersonRegistry;
import io.claimstream.analysis.text.Token;
import io.claimstream.contracts.Entity;
import io.claimstream.contracts.Span;

/**
 * Finds the named things a claim mentions: organisations, products and models, places (from the
 * lexicon and from name shapes) and people known to the document, each normalised (possessive
 * dropped, a person under their canonical name) and listed once.
 */
public final class EntityFinder {

    private final KnownEntities known;

    public EntityFinder(KnownEntities known) {
        this.known = known;
    }

    public List<Entity> find(String text, List<Token> tokens, PersonRegistry people) {
        Map<String, Entity> found = new LinkedHashMap<>();
        for (NameRun run : NameRuns.find(text, tokens, people.knownNameParts())) {
            String name = run.text().replaceAll("[’']s$", "").strip();
            Span span = new Span(run.span().start(), run.span().start() + name.length());
            Person person = people.lookup(name);
            if (person != null) {
                String kind = person.isPerson() ? "person" : "organization";
                found.putIfAbsent(person.name().display(), new Entity(person.name().display(), kind, span));
                continue;
            }
            String kind = kindOf(name);
            if (kind != null) {
                found.putIfAbsent(name, new Entity(name, kind, span));
            }
        }
        return new ArrayList<>(found.values());
    }

    private String kindOf(String name) {
        return known.kindOf(name);
    }
}
