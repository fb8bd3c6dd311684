package io.claimstream.analysis.claims;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.speakers.MentionResolver;
import io.claimstream.analysis.speakers.Honorifics;
import io.claimstream.analysis.speakers.NameRun;
import io.claimstream.analysis.speakers.NameRuns;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.PersonRegistry;
import io.claimstream.analysis.speakers.Pronouns;
import io.claimstream.analysis.speakers.RoleReader;
import io.claimstream.analysis.text.Token;

/**
 * Frames of attribution without a verb of saying: {@code according to X}, {@code in X's view},
 * {@code X's feeling is that} (also with a possessive pronoun: {@code Her view is that}).
 */
final class ViewPhrases {

    private static final Set<String> VIEW_NOUNS = Set.of("view", "feeling", "belief", "opinion", "argument",
            "position", "assessment", "sense", "judgment", "judgement", "conclusion", "prediction", "expectation",
            "take", "advice", "message", "point", "bet", "hope", "worry", "concern", "answer", "verdict", "diagnosis",
            "guess",
            // "Bai's explanation is simple: …", "His reasoning: …": why the person holds what they hold, in their words
            "explanation", "reasoning", "rationale",
            // "In her words, …": the words are hers, as the view would be
            "words",
            // "The upshot, in Chen's telling, is that …": how the person tells it
            "telling", "reckoning", "estimation",
            // "By her estimate, …", "Okafor's estimate is that …": a figure the person puts on something is their view
            "estimate", "estimates", "calculation", "calculations", "projection", "projections",
            // "Her central claim is that …", "by her own account, …"
            "claim", "account");

    /** View nouns that frame only in a phrase of their own ("by her own account"): "His account was closed" is no view. */
    private static final Set<String> IN_PHRASE_ONLY = Set.of("account");

    /** A view noun for figures somebody worked out, which an organisation's analyst reports under its name. */
    private static final Set<String> FIGURING_NOUNS = Set.of("estimate", "estimates", "calculation", "calculations",
            "projection", "projections", "reckoning", "estimation");

    private final MentionResolver resolver;
    private final RoleReader roles;

    /** A noun for what somebody holds or said: "view", "argument", "answer". */
    static boolean isViewNoun(String word) {
        return VIEW_NOUNS.contains(word);
    }

    ViewPhrases(MentionResolver resolver, RoleReader roles) {
        this.resolver = resolver;
        this.roles = roles;
    }

    Optional<Frame> accordingTo(String text, Sentence sentence, List<Token> t, List<NameRun> runs) {
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).lower().equals("according") && t.get(i + 1).lower().equals("to")) {
                int at = i + 2;
                Token next = t.get(at);
                if (Pronouns.thirdPerson(next.lower()) != null) {
                    return Optional.of(new Frame(resolver.pronoun(next.lower()), false,
                            FrameFinder.contentSpan(sentence, t, i, at), null));
                }
                boolean theOrganisation = next.lower().equals("the") && at + 1 < t.size()
                        && SubjectDescriptions.isOrganisationNoun(t.get(at + 1).lower().replaceAll("[’']s$", ""));
                if (theOrganisation || next.lower().equals("its")) {
                    // "…, according to the company.", "… the company's filing", "… its annual report": the
                    // organisation the sentence names, else the one the text has been reporting on
                    Person p = organisationNamedBefore(text, t, runs, i);
                    if (p == null) {
                        p = theOrganisation ? resolver.description(text.substring(next.start(), t.get(at + 1).end())
                                .replaceAll("[’']s$", "")) : resolver.pronoun("it");
                    }
                    if (p != null) {
                        return Optional.of(new Frame(p, false,
                                FrameFinder.contentSpan(sentence, t, i, theOrganisation ? at + 1 : at), null));
                    }
                }
                int writerAt = writerWithin(t, at);
                String author = writerAt < 0 ? null : io.claimstream.analysis.speakers.Byline.author(text);
                if (author != null) {
                    // "…, according to figures compiled by the author": the byline's writer vouches for it
                    Person writer = resolver.registry().register(author, Person.Kind.PERSON);
                    writer.offerRole("author");
                    return Optional.of(new Frame(writer, false, FrameFinder.contentSpan(sentence, t, i, writerAt), null));
                }
                int named = byWhom(t, at);
                Optional<NameRun> run = runs.stream().filter(r -> r.from() == named).findFirst();
                Optional<Frame> relayed = run.flatMap(r -> relayedThrough(text, sentence, t, runs, r));
                if (relayed.isPresent()) {
                    return relayed;
                }
                Optional<Frame> reportedView = i == 0 && run.isEmpty() ? viewReportedBySource(text, sentence, t, runs)
                        : Optional.empty();
                if (reportedView.isPresent()) {
                    return reportedView;
                }
                String kindOfBody = named > at ? descriptionBefore(text, t, named) : null;
                if (run.isPresent() && kindOfBody != null) {
                    // "according to figures compiled by the research firm Halden Metrics": a body that publishes figures
                    Person p = resolver.organization(run.get().text());
                    p.offerRole(kindOfBody);
                    return Optional.of(new Frame(p, false, FrameFinder.contentSpan(sentence, t, i, run.get().to() - 1), null));
                }
                if (run.isPresent()) {
                    Person p = resolver.name(run.get().text(), run.get().titled());
                    roles.apply(p, appositiveAfter(text, t, run.get().to()));
                    return p == null ? Optional.empty()
                            : Optional.of(new Frame(p, false, FrameFinder.contentSpan(sentence, t, i, run.get().to() - 1), null));
                }
            }
        }
        return Optional.empty();
    }

    /** Verbs of holding a view of something ("considers the rivalry good for both sides", "regards it as …"). */
    private static final Set<String> REGARDING = Set.of("considers", "considered", "regards", "regarded", "views",
            "viewed", "sees", "saw");

    /**
     * {@code According to a profile in The Meridian, Wen privately considers the rivalry "good for both sides"}: a
     * source that is no one's name (a profile, a report, people close to him) vouches for what the person the clause
     * after it names thinks or said; the view is that person's, the source only how the text knows it. Empty when no
     * named person's verb of saying or believing opens the clause after the phrase.
     */
    private Optional<Frame> viewReportedBySource(String text, Sentence sentence, List<Token> t, List<NameRun> runs) {
        int comma = 2;
        while (comma < t.size() && comma < 16 && !t.get(comma).text().equals(",")) {
            comma++;
        }
        int subjectAt = comma + 1;
        Optional<NameRun> subject = runs.stream().filter(r -> r.from() == subjectAt).findFirst();
        if (comma >= 16 || subject.isEmpty()) {
            return Optional.empty();
        }
        int verb = subject.get().to();
        while (verb < t.size() && verb - subject.get().to() < 2 && t.get(verb).is("ADV")) {
            verb++; // "privately", "reportedly"
        }
        if (verb >= t.size() || !(SayingVerbs.isContentVerb(t.get(verb).lower()) || REGARDING.contains(t.get(verb).lower()))) {
            return Optional.empty();
        }
        Person p = resolver.name(subject.get().text(), subject.get().titled());
        if (p == null || !p.isPerson()) {
            return Optional.empty();
        }
        return Optional.of(new Frame(p, false, FrameFinder.contentSpan(sentence, t, subjectAt, verb), null));
    }

    /**
     * {@code According to Qiao, Lu told the team before the event: "…"}: the person the phrase names passes on what
     * another, named as the subject of a verb of saying right after it, said; the words are that other person's,
     * relayed, as the press attributes a remark to whoever made it. Empty when no such subject follows the phrase.
     */
    private Optional<Frame> relayedThrough(String text, Sentence sentence, List<Token> t, List<NameRun> runs,
                                           NameRun source) {
        int comma = source.to();
        if (source.from() != 2 || comma >= t.size() || !t.get(comma).text().equals(",")) {
            return Optional.empty(); // only the phrase opening the sentence introduces a relayed report
        }
        Optional<NameRun> other = runs.stream().filter(r -> r.from() == comma + 1).findFirst();
        if (other.isEmpty()) {
            return Optional.empty();
        }
        int verb = other.get().to();
        while (verb < t.size() && verb - other.get().to() < 2 && t.get(verb).lower().matches("once|had|has|also|later")) {
            verb++;
        }
        if (verb >= t.size() || !t.get(verb).lower().matches("told|said|says|tells|wrote|insisted|argued|warned")) {
            return Optional.empty();
        }
        Person through = resolver.name(source.text(), source.titled());
        Person p = resolver.name(other.get().text(), other.get().titled());
        if (p == null || through == null || p == through || !p.isPerson()) {
            return Optional.empty();
        }
        return Optional.of(new Frame(p, false, FrameFinder.contentSpan(sentence, t, 0, verb), null));
    }

    /**
     * {@code Bell quoted Ivo Marsh, the founder of Corda Labs, as saying that the firms that win …}: the words are
     * those of the person quoted, whoever passes them on; empty when the sentence quotes nobody so.
     */
    Optional<Frame> quotedAsSaying(String text, Sentence sentence, List<Token> t, List<NameRun> runs) {
        for (int i = 1; i + 3 < t.size(); i++) {
            if (!QUOTING_VERB.matcher(t.get(i).lower()).matches()) {
                continue;
            }
            int at = i + 1;
            Optional<NameRun> run = runs.stream().filter(r -> r.from() == at).findFirst();
            if (run.isEmpty()) {
                continue;
            }
            int as = run.get().to();
            if (as < t.size() && t.get(as).text().equals(",")) {
                as++; // past an apposition: "Ivo Marsh, the founder of Corda Labs, as saying"
                while (as < t.size() && as - run.get().to() < 16 && !t.get(as).text().equals(",")) {
                    as++;
                }
                as++;
            }
            if (as + 1 >= t.size() || !t.get(as).lower().equals("as")
                    || !t.get(as + 1).lower().matches("saying|telling|arguing|warning|predicting|insisting")) {
                continue;
            }
            Person p = resolver.name(run.get().text(), run.get().titled());
            if (p == null || !p.isPerson() && roles.kindOf(run.get().text()) != null) {
                return Optional.empty();
            }
            p.becomePerson();
            roles.apply(p, appositiveAfter(text, t, run.get().to()));
            return Optional.of(new Frame(p, false, FrameFinder.contentSpan(sentence, t, 0, as + 1), null));
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern QUOTING_VERB = java.util.regex.Pattern.compile("quoted|quotes|cited|cites");

    private static final Set<String> WRITERS = Set.of("author", "writer", "columnist", "reporter");

    /** What an organisation publishes a figure in: "according to a survey by Halden Research". */
    private static final Set<String> SOURCES = Set.of("survey", "study", "report", "poll", "analysis", "estimate",
            "estimates", "figures", "data", "research", "census", "index", "tally", "count", "review", "audit");

    /**
     * Where the name after "according to" starts: right there ("according to Halden"), or after the work it
     * published ("according to a survey by Halden Research", "the latest figures from Halden", "figures compiled by
     * Halden"), whose author vouches for the figure; past what kind of body it is, when the text says so first
     * ("the research firm Halden").
     */
    private static int byWhom(List<Token> t, int at) {
        for (int k = at; k < Math.min(t.size() - 2, at + 4); k++) {
            if (t.get(k).isCapitalized()) {
                return pastDescription(t, at);
            }
            // "figures compiled by", "a survey published by": the work, then how it came about
            int by = k + 1 < t.size() - 1 && PUBLISHING.contains(t.get(k + 1).lower()) ? k + 2 : k + 1;
            if (SOURCES.contains(t.get(k).lower()) && (t.get(by).lower().equals("by") || t.get(by).lower().equals("from"))) {
                return pastDescription(t, by + 1);
            }
        }
        return pastDescription(t, at);
    }

    /**
     * Whether the sentence sources what it says to a body's published work or to a body the text describes as one
     * ("according to a survey by Halden", "according to figures compiled by the research firm Orbis"): such a source
     * vouches for one figure; the sentences after it are the writer's narration again, not more of the source.
     * Figures the writer compiled are no such source.
     */
    static boolean sourcesPublishedWork(List<Token> t) {
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).lower().equals("according") && t.get(i + 1).lower().equals("to")) {
                // the writer's own figures ("compiled by the author") lead into the writer's own reading of them
                return byWhom(t, i + 2) > i + 2 && writerWithin(t, i + 2) < 0;
            }
        }
        return false;
    }

    /** Whether the word names a work a body publishes ("survey", "study", "figures"). */
    static boolean isPublishedWork(String word) {
        return SOURCES.contains(word);
    }

    /** How a source's work came to be, between the work and its author: "figures compiled by Halden". */
    private static final Set<String> PUBLISHING = Set.of("compiled", "published", "released", "collected", "gathered",
            "produced", "prepared", "issued", "conducted", "commissioned", "run", "carried");

    /**
     * Where the name starts past a description of what its bearer is ("the research firm Halden Metrics", "the
     * consultancy Orbis"): the press says what kind of body a source is before naming it; {@code at} itself when no
     * such description, ending in a word for a kind of organisation, stands there.
     */
    private static int pastDescription(List<Token> t, int at) {
        if (at >= t.size() || !t.get(at).lower().matches("the|a|an")) {
            return at;
        }
        for (int k = at + 1; k < t.size() && k - at <= 4; k++) {
            if (t.get(k).isCapitalized()) {
                return k > at + 1 && isKindOfBody(t.get(k - 1).lower()) ? k : at;
            }
            if (!t.get(k).isWord()) {
                return at;
            }
        }
        return at;
    }

    /** The description {@link #pastDescription} skipped before the name at {@code named} ("research firm"), or null. */
    private static String descriptionBefore(String text, List<Token> t, int named) {
        int k = named - 1;
        while (k > 0 && named - k < 4 && t.get(k).isWord() && !t.get(k).lower().matches("the|a|an")
                && !t.get(k).isCapitalized()) {
            k--;
        }
        return k >= 0 && k < named - 1 && t.get(k).lower().matches("the|a|an") && isKindOfBody(t.get(named - 1).lower())
                ? text.substring(t.get(k + 1).start(), t.get(named - 1).end()) : null;
    }

    private static boolean isKindOfBody(String word) {
        return SubjectDescriptions.isOrganisationNoun(word) || BODIES.contains(word);
    }

    /** Kinds of body that publish figures, besides companies: "the consultancy", "the statistics agency". */
    private static final Set<String> BODIES = Set.of("consultancy", "agency", "institute", "bureau", "tracker",
            "office", "publisher", "provider", "platform", "association", "foundation", "ministry", "regulator");

    /**
     * Where "the author" (or "this writer", "the reporter's") ends within the source an "according to" names
     * ({@code figures compiled by the author}, {@code the author's own tally}), or -1: a piece calls its writer so.
     */
    private static int writerWithin(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size(), from + 7); k++) {
            // "author.²": before a footnote mark the tokenizer leaves the full stop on the word
            String w = t.get(k).lower().replaceAll("[’']s$", "").replaceAll("\\.$", "");
            if (WRITERS.contains(w) && k > 0 && (t.get(k - 1).lower().equals("the") || t.get(k - 1).lower().equals("this"))) {
                return k + 1 < t.size() && t.get(k + 1).text().matches("[’']s") ? k + 1 : k;
            }
            if (t.get(k).text().matches("[,;.]")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * {@code Pellmore lost $12 million, according to the company}: the organisation the sentence names before the
     * phrase (a known one, one the entity lists call an organisation, or one unknown word, which a company's name
     * more often is than a person's), by the longer name the text writes it in ("Tessaline AI"); null when the
     * sentence names none, or only people.
     */
    private Person organisationNamedBefore(String text, List<Token> t, List<NameRun> runs, int before) {
        List<NameRun> named = new java.util.ArrayList<>(runs);
        for (int k = 0; k < before; k++) {
            Token w = t.get(k);
            int at = k;
            if (w.isCapitalized() && NameRuns.possessive(w) && runs.stream().noneMatch(r -> r.from() <= at && at < r.to())) {
                // the tagger reads an unknown "Tessaline's" as a verb at times, so no name run holds it
                named.add(new NameRun(k, k + 1, w.text(), new io.claimstream.contracts.Span(w.start(), w.end()), false));
            }
        }
        for (NameRun run : named) {
            if (run.to() > before) {
                continue;
            }
            String name = run.text().replaceAll("[’']s$", "").strip();
            Person known = resolver.registry().lookup(name);
            if (known != null) {
                if (!known.isPerson()) {
                    resolver.registry().mentioned(known);
                    return known;
                }
                continue;
            }
            // one unknown word that owns something ("Tessaline's margin") or does something ("Pellmore lost"), not
            // a common noun capitalised to open the sentence ("Revenue from agents doubled")
            boolean owns = NameRuns.possessive(t.get(run.to() - 1));
            boolean acts = t.get(run.from()).is("PROPN") && run.to() < t.size() && t.get(run.to()).isVerbal();
            boolean organisation = "organization".equals(roles.kindOf(name))
                    || !run.titled() && !name.contains(" ") && (owns || acts);
            if (organisation) {
                return resolver.organization(PersonRegistry.writtenInFull(text, name));
            }
        }
        return null;
    }

    /** {@code In Luo's view, …} and {@code Her feeling about X is that …}. */
    Optional<Frame> viewOf(String text, Sentence sentence, List<Token> t, List<NameRun> runs) {
        for (int i = 0; i + 1 < t.size(); i++) {
            // "Marsh's own view, which he offered up front, is that …": "own" between the possessive and the noun, or
            // what kind of view it is ("Her central claim is that …", "His main point was that …")
            int noun = i + 1;
            while (noun < t.size() && noun - i <= 2 && (t.get(noun).lower().equals("own") || t.get(noun).is("ADJ")
                    && !t.get(noun).isCapitalized())) {
                noun++;
            }
            if (noun >= t.size() || !VIEW_NOUNS.contains(t.get(noun).lower()) || t.get(noun).isCapitalized()) {
                continue;
            }
            Person p = null;
            int from = i;
            if (Pronouns.isPossessive(t.get(i).lower())) {
                p = resolver.pronoun(t.get(i).lower().equals("her") ? "she" : t.get(i).lower().equals("his") ? "he" : "it");
            } else if (NameRuns.possessive(t.get(i))) {
                Optional<NameRun> run = FrameFinder.runEndingAt(runs, i);
                if (run.isPresent()) {
                    p = resolver.name(run.get().text(), run.get().titled());
                    from = run.get().from();
                }
            }
            if (p == null) {
                continue;
            }
            // "in her view", "by her estimate", "on Okafor's reckoning"
            boolean inView = from > 0 && t.get(from - 1).lower().matches("in|by|on");
            if (inView && !p.isPerson() && FIGURING_NOUNS.contains(t.get(noun).lower())) {
                // "By Cardinal's estimates, …" right after its analyst was quoted: the analyst gives the firm's figures
                Person member = resolver.registry().reportingMemberOf(p);
                if (member != null) {
                    resolver.registry().mentioned(member);
                    p = member;
                }
            }
            // "Her answer: by 2027, …", "Quell's verdict: …": the colon gives what the view is, as "is that" does
            boolean isThat = t.stream().skip(noun + 1).limit(12).anyMatch(x -> x.lower().equals("is") || x.lower().equals("was"))
                    && !judged(t, noun + 1) || noun + 2 < t.size() && t.get(noun + 1).text().equals(":");
            if (inView || isThat && !IN_PHRASE_ONLY.contains(t.get(noun).lower()) && (from == 0 || sentenceStartBefore(t, from) || frontedPhraseBefore(t, from))) {
                // "…, and that, in her view, is the only moat": "in" opens the phrase, so that the commas either side of
                // it mark an aside and the whole sentence is the view
                return Optional.of(new Frame(p, false, FrameFinder.contentSpan(sentence, t, inView ? from - 1 : from, noun),
                        null));
            }
        }
        return Optional.empty();
    }

    /** What a view is judged to be: "a good one", "fair", "well taken", "wrong". */
    private static final java.util.regex.Pattern JUDGEMENT = java.util.regex.Pattern.compile("(?:an? (?:very |fair |good )?"
            + "(?:good|fair|valid|strong|weak|bad|reasonable|important|useful|serious|interesting) (?:one|point)|fair|right"
            + "|wrong|valid|correct|mistaken|well (?:taken|made)|sound|persuasive|unconvincing|misguided)(?:$|[,;.]| and\\b| but\\b)");

    /**
     * "Roe's point about subsidies is a good one, and I accept it": the sentence judges somebody's view, whoever the
     * writer is, rather than saying what the view is; the first "is" or "was" after the noun is followed by a verdict.
     */
    private static boolean judged(List<Token> t, int from) {
        for (int k = from; k < t.size() && k < from + 12; k++) {
            if (t.get(k).lower().equals("is") || t.get(k).lower().equals("was")) {
                if (k + 1 >= t.size()) {
                    return false;
                }
                StringBuilder after = new StringBuilder();
                for (int j = k + 1; j < t.size() && j < k + 6; j++) {
                    after.append(j > k + 1 && t.get(j).isWord() ? " " : "").append(t.get(j).lower());
                }
                return JUDGEMENT.matcher(after).lookingAt();
            }
        }
        return false;
    }

    /**
     * {@code For Chen Wei, the bottleneck is power.}: a paraphrase without a verb of saying, the view the sentence
     * reports being the named person's. Only a person's name (two words, a title, or somebody already known as a
     * person) right at the start, and a clause after the comma that states something ("is", "are", "was", "lies").
     */
    Optional<Frame> forPerson(String text, Sentence sentence, List<Token> t, List<NameRun> runs) {
        int first = 0;
        while (first < t.size() && !t.get(first).isWord()) {
            first++;
        }
        if (first + 3 >= t.size() || !t.get(first).lower().equals("for")) {
            return Optional.empty();
        }
        int at = first + 1;
        if (t.get(at).lower().matches("her|him") && t.get(at + 1).text().equals(",") && states(t, at + 2)) {
            // "For her, the bottleneck is power.": the person a pronoun refers to, as a name would be
            Person p = resolver.pronoun(t.get(at).lower().equals("her") ? "she" : "he");
            return p == null || !p.isPerson() ? Optional.empty()
                    : Optional.of(new Frame(p, false, new io.claimstream.contracts.Span(t.get(at + 2).start(),
                            sentence.span().end()), null));
        }
        Optional<NameRun> run = runs.stream().filter(r -> r.from() == at).findFirst();
        if (run.isEmpty() || run.get().to() >= t.size() || !t.get(run.get().to()).text().equals(",")) {
            return Optional.empty();
        }
        NameRun r = run.get();
        Person known = resolver.registry().lookup(r.text());
        boolean person = known != null ? known.isPerson()
                : (r.titled() || r.to() - r.from() >= 2) && roles.kindOf(Honorifics.strip(r.text())) == null;
        if (!person || !states(t, r.to() + 1)) {
            return Optional.empty();
        }
        Person p = resolver.name(r.text(), r.titled());
        return p == null || !p.isPerson() ? Optional.empty()
                : Optional.of(new Frame(p, false, new io.claimstream.contracts.Span(t.get(r.to() + 1).start(),
                        sentence.span().end()), null));
    }

    /**
     * A clause that states something within a few words of {@code from}: "is", "lies", "remains", or a modal that
     * says what will or must be ("open models will win", "regulators should wait").
     */
    private static boolean states(List<Token> t, int from) {
        return t.stream().skip(from).limit(8)
                .anyMatch(x -> x.lower().matches("is|are|was|were|lies|remains|will|would|must|should|can|cannot"));
    }

    /** {@code NAME, an analyst at Meridian Research,}: the description after a name, up to the next comma. */
    static String appositiveAfter(String text, List<Token> t, int afterName) {
        if (afterName + 1 >= t.size() || !t.get(afterName).text().equals(",")) {
            return null;
        }
        int end = afterName + 1;
        while (end < t.size() && !t.get(end).text().matches("[,.;:]")) {
            end++;
        }
        String words = text.substring(t.get(afterName + 1).start(), t.get(end - 1).end());
        return RoleReader.looksLikeRole(words) ? words : null;
    }

    /**
     * {@code On jobs, Chen's feeling is that …}, {@code But her view was that …}: what stands before the possessive is a
     * conjunction or a short phrase of place in the talk, set off by a comma, and no clause of its own, so that the
     * sentence still opens with whose view it reports.
     */
    private static boolean frontedPhraseBefore(List<Token> t, int from) {
        int first = 0;
        while (first < from && !t.get(first).isWord()) {
            first++;
        }
        if (first < from && from - first == 1 && FRONTED_CONJUNCTIONS.contains(t.get(first).lower())) {
            return true;
        }
        if (from - first < 3 || from - first > 7 || !t.get(from - 1).text().equals(",")
                || !FRONTED_PREPOSITIONS.contains(t.get(first).lower())) {
            return false;
        }
        for (int k = first + 1; k < from - 1; k++) {
            if (!t.get(k).isWord()) {
                return false; // a second comma or a quotation: more than one short phrase
            }
        }
        return true;
    }

    private static final Set<String> FRONTED_CONJUNCTIONS = Set.of("but", "and", "yet", "so", "still");
    private static final Set<String> FRONTED_PREPOSITIONS = Set.of("on", "about", "regarding", "as", "for", "with",
            "asked", "in", "of");

    private static boolean sentenceStartBefore(List<Token> t, int from) {
        for (int k = 0; k < from; k++) {
            if (t.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

}
