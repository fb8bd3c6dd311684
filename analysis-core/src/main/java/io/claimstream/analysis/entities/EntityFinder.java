package io.claimstream.analysis.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * dropped, a person under their canonical name, {@code Institute for Strategic Studies} whole) and
 * listed once. The claim's own speaker named where the claim is attributed ({@code Ana Ruiz, CEO of
 * Tessel, said that …}) is its holder, not something it mentions; a date written like a version
 * ({@code Mid-2027}, {@code Q4 2026}) is no product, and an unnamed role holder or a position
 * ({@code Special Envoy}) no one.
 */
public final class EntityFinder {

    /** Organisations named with "of" or "for" after their head word: "Ministry of Health", "Institute for …". */
    private static final Pattern HEAD_OF = Pattern.compile(".*\\b(?:Institute|University|Ministry|Academy|Bank|School"
            + "|Department|Council|Centre|Center|Office|Bureau|Commission|Agency|Association|Society|Federation"
            + "|Foundation|College|Laborator(?:y|ies)|Museum|Court|Chamber|Board)$");
    private static final Pattern OF_OR_FOR = Pattern.compile("^\\s+(?:of|for)\\s+(?:the\\s+)?$");
    private static final Pattern AND = Pattern.compile("^\\s+(?:and|&)\\s+$");
    /** "Mid-2027", "Q4 2026", "H2 2027", "June 2026", "FY2026": a time, whatever its shape. */
    private static final Pattern DATE_SHAPED = Pattern.compile("(?i)(?:mid|early|late|end|start|spring|summer|autumn"
            + "|fall|winter|q[1-4]|h[12]|fy|january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[\\s-]?['’]?(?:19|20)?\\d\\d");

    /** "Special Envoy", "Chief Executive Officer": a position, which names nobody. */
    private static final Pattern POSITION = Pattern.compile("(?i)(?:(?:special|chief|vice|deputy|executive|senior|general"
            + "|foreign|prime|managing|technical|financial|operating|acting|interim)\\s+)*(?:envoy|officer|ambassador"
            + "|minister|secretary|secretary-general|spokesperson|spokesman|spokeswoman|delegate|representative"
            + "|commissioner|president|director|chair|chairman|chairwoman|governor|senator|mayor|ceo|cto|cfo|coo)");

    private static final Pattern BASED = Pattern.compile("^\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?-based\\s+");
    private static final Pattern GENERIC_TAIL = Pattern.compile("(?<=[\\d\\p{L}])\\s+(?:Models?|Family|Series)$");
    private static final Pattern VERSION_AFTER = Pattern.compile("^[-‑]\\d+(?:\\.\\d+)*[a-z]?\\b");

    private static final Pattern PLACE_AND_TERM = Pattern.compile("(\\S+(?:\\s\\S+)?)\\s(\\S+)");

    private final KnownEntities known;

    public EntityFinder(KnownEntities known) {
        this.known = known;
    }

    public List<Entity> find(String text, List<Token> tokens, PersonRegistry people) {
        return find(text, tokens, people, null, null);
    }

    /**
     * As {@link #find(String, List, PersonRegistry)}, without {@code speaker} where they are named outside
     * {@code content}, the part of the claim that is asserted.
     */
    public List<Entity> find(String text, List<Token> tokens, PersonRegistry people, Person speaker, Span content) {
        Map<String, Entity> found = new LinkedHashMap<>();
        List<NameRun> runs = NameRuns.find(text, tokens, people.knownNameParts());
        java.util.Set<String> employers = null;
        for (int i = 0; i < runs.size(); i++) {
            NameRun run = runs.get(i);
            String written = POSSESSIVE_ENDING.matcher(withVersion(text, run)).replaceAll("").strip();
            // "Beijing-based Lanyun Technology": where a company sits describes it; "Kunpeng-3 Models": the product
            String name = BASED.matcher(written).replaceFirst("");
            int start = run.span().start() + written.length() - name.length();
            name = GENERIC_TAIL.matcher(name).replaceFirst("");
            Span span = new Span(start, start + name.length());
            int joined = joinedOrganisation(text, runs, i);
            if (joined > i) {
                NameRun last = runs.get(joined);
                String whole = text.substring(run.span().start(), last.span().end()).replaceAll("[’']s$", "").strip();
                found.putIfAbsent(whole, new Entity(whole, "organization",
                        new Span(run.span().start(), run.span().start() + whole.length())));
                i = joined;
                continue;
            }
            Person person = people.lookup(name);
            if (person != null) {
                if (person.isUnnamed() || POSITION.matcher(person.name().display()).matches()
                        || person == speaker && content != null && outside(span, content)) {
                    continue;
                }
                String kind = person.isPerson() ? "person" : "organization";
                found.putIfAbsent(person.name().display(), new Entity(person.name().display(), kind, span));
                continue;
            }
            if (DATE_SHAPED.matcher(name).matches()) {
                continue;
            }
            Matcher placeAndTerm = PLACE_AND_TERM.matcher(name);
            if (placeAndTerm.matches() && "place".equals(kindOf(placeAndTerm.group(1)))
                    && "term".equals(kindOf(placeAndTerm.group(2)))) {
                // "Chinese AI companies", "US AI policy": the place, and the field's word after it, which names nothing
                name = placeAndTerm.group(1);
                span = new Span(span.start(), span.start() + name.length());
            }
            String kind = kindOf(name);
            if (kind == null && employers == null) {
                employers = people.employers();
            }
            if (kind == null && employers.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                kind = "organization"; // "Ma Lin, Bytewave" elsewhere: the company somebody in the text works for
            }
            if (kind != null && !"term".equals(kind)) { // "AI" is what the piece is about, no entity in it
                String entity = known.canonical(name);
                found.putIfAbsent(entity, new Entity(entity, kind, span));
            }
        }
        return new ArrayList<>(found.values());
    }

    private static final Pattern POSSESSIVE_ENDING = Pattern.compile("[’']s$");

    /**
     * The index of the last run of "Institute for Strategic Technology" or "Ministry of Science and ICT" when run
     * {@code i} is its head, or {@code i}.
     */
    private static int joinedOrganisation(String text, List<NameRun> runs, int i) {
        NameRun head = runs.get(i);
        if (i + 1 >= runs.size() || !HEAD_OF.matcher(head.text()).matches()) {
            return i;
        }
        NameRun next = runs.get(i + 1);
        if (!OF_OR_FOR.matcher(text.substring(head.span().end(), next.span().start())).matches()
                || next.text().matches(".*[’']s$")) {
            return i;
        }
        if (i + 2 < runs.size() && AND.matcher(text.substring(next.span().end(), runs.get(i + 2).span().start())).matches()) {
            return i + 2;
        }
        return i + 1;
    }

    /** "Kunpeng-3", which the tokenizer may split at the hyphen: the run with the version joined to it. */
    private static String withVersion(String text, NameRun run) {
        Matcher version = VERSION_AFTER.matcher(text.substring(run.span().end(), Math.min(text.length(),
                run.span().end() + 12)));
        return version.find() && !run.text().matches(".*[’']s$") ? run.text() + version.group() : run.text();
    }

    private static boolean outside(Span span, Span content) {
        return span.end() <= content.start() || span.start() >= content.end();
    }

    private String kindOf(String name) {
        return known.kindOf(name);
    }
}
