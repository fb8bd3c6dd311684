package io.claimstream.analysis.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.sentences.Block;
import io.claimstream.analysis.speakers.MentionResolver;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.PersonName;
import io.claimstream.analysis.speakers.RoleReader;
import io.claimstream.contracts.Span;

/**
 * A paragraph or list item that opens with a speaker's name and a colon where the parser saw no
 * turn ({@code - **Lars Eriksen** (Fjord AI): Open models are …}). It is that person's direct
 * speech when the name is marked up (bold, italics) or already known as a person of the
 * document; an unknown plain "Word Word:" is more often a heading or a title.
 */
final class InlineLabels {

    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(?<mark>\\*{1,2}|_{1,2})?(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})(?:\\k<mark>)?"
                    + "\\s*(?:\\((?<role>[^)]{1,80})\\))?\\s*(?:\\k<mark>)?\\s*[:：]\\s+");

    private final MentionResolver resolver;
    private final RoleReader roles;

    InlineLabels(MentionResolver resolver, RoleReader roles) {
        this.resolver = resolver;
        this.roles = roles;
    }

    /** Who the block is labelled with and where the speech after the label starts, or null. */
    Labelled speaker(String text, Block block) {
        return speaker(text, block.span().start(), block.span().end(), false);
    }

    /**
     * The same at {@code from}, the start of a sentence: the block's first after a live blog's entry time
     * ({@code 12:41 — Ruiz: …}), or one inside a paragraph ({@code The demo stalled. Ruiz: "It happens."}). Inside a
     * paragraph only a person the text has already introduced, and only before a quotation mark: a capitalised
     * word and a colon there are more often a lead-in ("Pricing: $2 a month") than a speaker.
     */
    Labelled speaker(String text, int from, int to, boolean insideParagraph) {
        Matcher m = LABEL.matcher(text).region(from, to);
        if (!m.lookingAt()) {
            return null;
        }
        String name = m.group("name");
        if (io.claimstream.analysis.speakers.RoleLabels.isNoteLabel(name)) {
            return null; // "**Update:** …" heads a notice, whoever it mentions
        }
        boolean marked = m.group("mark") != null;
        Person known = resolver.registry().lookup(name);
        if (!marked && (known == null || !known.isPerson()) || PersonName.of(name).isEmpty()) {
            return null;
        }
        if (insideParagraph && (known == null || !known.isPerson() || m.end() >= to
                || "\"“".indexOf(text.charAt(m.end())) < 0)) {
            return null;
        }
        Person p = known != null ? known : resolver.name(name, false);
        if (p == null) {
            return null;
        }
        if (!PersonName.of(name).isSingleWord()) {
            p.becomePerson();
        }
        resolver.registry().mentioned(p);
        roles.apply(p, m.group("role"));
        return new Labelled(p, m.end());
    }

    record Labelled(Person speaker, int speechStart) {

        Span trim(Span sentence) {
            return sentence.start() < speechStart && speechStart < sentence.end()
                    ? new Span(speechStart, sentence.end()) : sentence;
        }
    }
}
