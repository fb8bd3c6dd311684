package io.claimstream.analysis.claims;

import java.util.Set;
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
 * <p>
 * A digest's or a recap's line about somebody the text already knows puts the occasion or the subject between the
 * name and the colon ({@code - Eriksen (again), on hiring, in the same interview: "…"}, {@code Eriksen on his
 * rivals: …}): the writer's one-line account of what that person said, so the claim is the whole line, label
 * included.
 */
final class InlineLabels {

    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(?<mark>\\*{1,2}|_{1,2})?(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})(?:\\k<mark>)?"
                    + "\\s*(?:\\((?<role>[^)]{1,80})\\))?\\s*(?:\\k<mark>)?\\s*[:：]\\s+");

    /**
     * After a known name (and its parenthesis), the occasion or the subject of what follows the colon: ", on hiring,
     * in the same interview", " on her rivals", ", in a post of his own (still up)". No quotation and no colon
     * inside, and short: a longer run before a colon is a sentence of the writer's that happens to open on a name.
     */
    private static final Pattern CONTEXT = Pattern.compile(
            "\\G(?:,\\s*|\\s+(?=(?:on|about)\\s))(?<context>[^:：\"“”\\n]{3,90}?)\\s*[:：]\\s+");

    /** The words an occasion or a subject opens with: "on hiring", "in a post of his own", "per the recording". */
    private static final Set<String> OCCASION_WORDS = Set.of("on", "in", "at", "about", "per",
            "from", "during", "after", "before", "to", "again", "asked", "speaking", "writing");

    private static final Pattern NAME_WITH_PARENTHESIS = Pattern.compile(
            "^\\s*(?<name>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})(?:\\s*\\((?<role>[^)]{1,80})\\))?");

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
            return insideParagraph ? null : contextLabel(text, from, to);
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
        return new Labelled(p, m.end(), false);
    }

    /** {@code Eriksen (again), on hiring, in the same interview: …}: a known person, the occasion, a colon. */
    private Labelled contextLabel(String text, int from, int to) {
        Matcher n = NAME_WITH_PARENTHESIS.matcher(text).region(from, to);
        if (!n.lookingAt()) {
            return null;
        }
        Matcher c = CONTEXT.matcher(text).region(n.end(), to);
        if (!c.lookingAt()) {
            return null;
        }
        for (String piece : c.group("context").split(",")) {
            if (!OCCASION_WORDS.contains(piece.strip().split("\\s+")[0])) {
                return null; // "Kovac, having been sworn, testified as follows:", "Ruiz, the CEO, put it this way:"
            }
        }
        // only looking: a line opening on a company's short name ("Helio, in its filing: …") registers no employer
        Person known = resolver.registry().lookupWithoutRegistering(n.group("name"));
        if (known == null || !known.isPerson()) {
            return null;
        }
        resolver.registry().mentioned(known);
        return new Labelled(known, c.end(), true);
    }

    /**
     * Who speaks after the label, from where; a label with the occasion in it belongs to the writer's account of the
     * person ({@code Eriksen, on hiring: …}) and stays in the claim, where a turn's label ({@code **Eriksen**: …}) does not.
     */
    record Labelled(Person speaker, int speechStart, boolean keepsLabel) {

        Span trim(Span sentence) {
            return !keepsLabel && sentence.start() < speechStart && speechStart < sentence.end()
                    ? new Span(speechStart, sentence.end()) : sentence;
        }
    }
}
