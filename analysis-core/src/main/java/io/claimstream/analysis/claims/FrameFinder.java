package io.claimstream.analysis.claims;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.claimstream.analysis.predictions.OddsWords;
import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.speakers.MentionResolver;
import io.claimstream.analysis.speakers.NameRun;
import io.claimstream.analysis.speakers.NameRuns;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.PersonName;
import io.claimstream.analysis.speakers.PersonRegistry;
import io.claimstream.analysis.speakers.Pronouns;
import io.claimstream.analysis.speakers.RoleReader;
import io.claimstream.analysis.text.Token;
import io.claimstream.contracts.Span;

/**
 * Finds the frame of reported speech in a sentence: a subject with a verb of saying or believing
 * before, after or around the content ({@code Luo said …}, {@code “…,” she said},
 * {@code The gap, she said, lies …}), a relative clause ({@code Lin, who said …}), a participle
 * ({@code …, saying it was built for …}), {@code according to X}, {@code in X's view} and
 * {@code X's feeling is that}. Subjects resolve through the {@link MentionResolver}.
 */
public final class FrameFinder {

    private static final Set<String> SKIPPABLE = Set.of("also", "further", "later", "then", "recently", "previously",
            "once", "repeatedly", "publicly", "has", "have", "had", "would", "will", "did", "does", "do", "earlier",
            "again", "even", "still", "just", "firmly", "strongly", "privately", "openly", "separately", "clearly",
            "told", "reportedly", "frankly", "long", "often", "always", "consistently", "bluntly", "candidly", "confidently",
            // "Asked twice, Ouyang finally said about one in three": when, after holding back, the subject said it
            "finally", "eventually", "ultimately");
    private static final Set<String> GENERIC_SUBJECTS = Set.of("people", "analysts", "experts", "critics", "some",
            "many", "others", "observers", "report", "reports", "study", "studies", "data", "sources", "insiders",
            "researchers", "investors", "users", "everyone", "nobody", "someone", "they", "you", "one", "article",
            "paper", "survey", "media", "i", "we");
    /**
     * People counted, not named: "everyone at Marlin", "many in the party", "some of Vell's engineers" hold no view of
     * the organisation's, as its staff publishing an estimate would.
     */
    private static final Set<String> QUANTIFIED_PEOPLE = Set.of("everyone", "everybody", "nobody", "someone",
            "somebody", "people", "many", "some", "others", "few", "most");
    private static final Set<String> ROLE_NOUNS = Set.of("company", "firm", "startup", "lab", "group", "ceo", "cto",
            "founder", "cofounder", "co-founder", "moderator", "host", "professor", "executive", "chief", "scientist",
            "researcher", "chairman", "president", "director", "head", "lead", "engineer", "investor", "analyst",
            "organization", "organisation", "maker", "developer", "team", "interviewer", "interviewee", "guest",
            "committee", "council", "board", "commission", "agency", "institute", "foundation", "association",
            "county", "authority", "department", "statement", "announcement", "filing",
            // the positions a recap calls its panellists by once it has named them ("the Farlane partner said")
            "partner", "architect", "official", "economist", "strategist", "adviser", "advisor", "lecturer",
            "fellow", "diplomat", "regulator", "lawmaker", "panellist", "panelist",
            // what it calls them by their career or origin ("the Washington veteran", "the Eindhoven engineer")
            "veteran", "expert", "specialist", "insider",
            // the offices a briefing calls its speaker by ("the minister says that …", as an interpreter relays it)
            "minister", "chairwoman", "chairperson", "governor", "mayor", "ambassador", "senator",
            // a university's offices ("the dean said", "the provost added")
            "dean", "provost", "rector", "chancellor");

    /**
     * What an organisation or a person puts out in writing, whose words are its owner's once a possessive names the
     * owner ("Kestrel's note said", "its statement says"): never a holder of a role at the organisation.
     */
    private static final Set<String> WRITINGS = Set.of("note", "report", "memo", "letter", "paper", "study", "survey",
            "statement", "announcement", "filing", "analysis", "presentation", "prospectus", "submission", "release");

    /** Marks a subject found through a participle: the whole sentence is what the subject says and does. */
    private static final int PARTICIPLE = -1;

    private final MentionResolver resolver;
    private final RoleReader roles;
    private final ViewPhrases phrases;
    private final FamiliarSources anonymousSources = new FamiliarSources();

    public FrameFinder(MentionResolver resolver, RoleReader roles) {
        this.resolver = resolver;
        this.roles = roles;
        this.phrases = new ViewPhrases(resolver, roles);
    }

    public Optional<Frame> find(String text, Sentence sentence) {
        List<Token> t = sentence.tokens();
        List<NameRun> runs = resolver.names(text, t);
        Optional<Frame> special = phrases.accordingTo(text, sentence, t, runs)
                .or(() -> phrases.viewOf(text, sentence, t, runs))
                .or(() -> phrases.forPerson(text, sentence, t, runs))
                .or(() -> phrases.quotedAsSaying(text, sentence, t, runs));
        if (special.isPresent()) {
            return special;
        }
        Optional<Frame> unnamed = unnamedSource(text, sentence, t, runs).or(() -> unnamedCloser(text, sentence, t, runs));
        if (unnamed.isPresent()) {
            return unnamed;
        }
        Optional<Frame> firstPerson = Optional.empty();
        for (int v = 0; v < t.size(); v++) {
            String w = t.get(v).lower();
            boolean content = SayingVerbs.isContentVerb(w) && !t.get(v).isCapitalized() || isPointedOut(t, v)
                    || holdsView(t, v) || givesOdds(t, v) || postsThat(t, v) || pushesFor(t, v) || disputesIdea(t, v)
                    || betsThat(t, v) || makesTheCase(t, v) || isSureThat(t, v) || putsItSo(t, v) >= 0
                    || citesEvidence(t, v) || FRAMING.contains(w) && !t.get(v).isCapitalized();
            if (content && answersQuestions(t, v)) {
                content = false; // "X answered questions on Reddit": an event of answering, what was answered is to come
            }
            boolean topic = !content && (SayingVerbs.isTopicVerb(w) || isPointedTo(t, v) || answersQuestions(t, v))
                    && !t.get(v).isCapitalized();
            // "Quell bets that …": the tagger calls an unknown name's verb a plural noun, which "that" right after belies
            if (!content && !topic || mistaggedNoun(t, v) && !betsThat(t, v) && !judgesThat(t, v) || negated(t, v) && !BELIEFS.contains(w)) {
                continue;
            }
            if (topic && opensAsideBeforeSaying(t, v)) {
                continue; // "Adebayo, speaking on behalf of the Group, said that …": the aside tells in what capacity
            }
            // "She described the plan as reckless", "He dismissed the forecast as marketing", "She characterised the
            // rules as a tax": the verdict is in the "as"; "dismissed the idea that …" disputes the idea instead
            if ((w.startsWith("describ") || w.startsWith("dismiss") || w.startsWith("characteri") || FRAMING.contains(w))
                    && !disputesIdea(t, v)) {
                if (t.stream().skip(v).noneMatch(x -> x.lower().equals("as"))) {
                    continue;
                }
            }
            if (w.startsWith("remind") && t.stream().skip(v).noneMatch(x -> x.lower().equals("that"))) {
                continue; // "The chair reminded members of the rules", "… reminded speakers to be brief": no report
            }
            if (content && relativeWithoutThat(t, v)) {
                continue; // "the cliff she fears might be steep", "what he says is true": the view is a noun's, not said
            }
            if (putsItSo(t, v) >= 0 && creditedInAside(t, v)) {
                continue; // "Wang, as Yang put it this morning, thinks …": an aside crediting the words, not the frame
            }
            int verb = v;
            Optional<Subject> subject = subjectBefore(text, t, runs, verb).or(() -> subjectAfter(text, t, runs, verb))
                    .or(() -> participleSubject(text, t, runs, verb));
            if (subject.isPresent() && subject.get().from() > 0 && asksAbout(t, subject.get().from())) {
                continue; // "When I ask Nadia whether she worries about …": what is asked, not a view she holds
            }
            if (subject.isPresent() && subject.get().from() > 0 && opensAdverbialClause(t, subject.get().from(), v)) {
                // "When she says spending will fall, she is looking at the chips alone": the saying sets the time of
                // the main clause after the comma, which is not what she said
                continue;
            }
            if (subject.isPresent() && subject.get().person() == null && negated(t, v)) {
                continue; // "Analysts do not expect …": a generic subject's denied belief is nobody's view
            }
            if (subject.isPresent() && subject.get().person() == null && firstPerson.isEmpty()
                    && Pronouns.isFirstPerson(t.get(subject.get().from()).lower())) {
                // '"…, and I think it will be," he said': the quoted "I" is whoever a later frame names
                firstPerson = Optional.of(new Frame(null, topic, contentSpan(sentence, t, subject.get().from(), v), null));
                continue;
            }
            if (subject.isPresent()) {
                Subject s = subject.get();
                Optional<Frame> closing = topic ? Optional.empty() : trailingFrame(text, sentence, t, runs, verb);
                if (closing.isPresent()) {
                    return closing;
                }
                roles.apply(s.person(), s.role());
                Span said = s.from() == PARTICIPLE ? sentence.span() : contentSpan(sentence, t, s.from(), v);
                int putMark = putsItSo(t, v);
                if (putMark >= 0 && s.from() != PARTICIPLE) {
                    // "As Lee put it, …", "She summed it up: …": what was said follows the mark that closes the frame
                    said = new Span(t.get(putMark + 1).start(), sentence.span().end());
                }
                if (s.person() == null) {
                    // "Some senior engineers have told Lee …, according to a person familiar with the discussions"
                    Optional<Frame> anonymous = anonymousSources.in(text, sentence);
                    if (anonymous.isPresent()) {
                        return anonymous;
                    }
                }
                return Optional.of(new Frame(s.person(), topic, said, s.role()));
            }
        }
        // "… is exploring a sale of its chip unit, according to people familiar with the matter."
        return firstPerson.isPresent() ? firstPerson : anonymousSources.in(text, sentence);
    }

    private static final Set<String> SPOKESPEOPLE = Set.of("spokesperson", "spokesman", "spokeswoman");
    /** "the Ministry of Digital Development and Information": capitalised words joined by "of", "and", "for", "the". */
    private static final java.util.regex.Pattern BODY_AFTER_THE = java.util.regex.Pattern.compile(
            "the\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:of|and|for|the)\\s+)*\\p{Lu}[\\p{L}'’-]*)*)");

    /** Nouns for one person the reporter will not name: "An official at …", "A spokesperson for …". */
    private static final Set<String> UNNAMED_PEOPLE = Set.of("official", "spokesperson", "spokesman", "spokeswoman",
            "person", "executive", "source", "engineer", "employee", "aide", "diplomat", "staffer", "insider",
            "adviser", "advisor", "lawyer", "regulator", "negotiator", "manager", "director", "researcher");

    /**
     * {@code An official at the agency, who spoke on condition of anonymity, said the rule would pass.}:
     * an indefinite person opening the sentence, then (past asides set off by commas) a verb of saying.
     * Empty when a name stands in apposition ({@code A spokesperson, Ana Ruiz, said}): that is who speaks.
     */
    private Optional<Frame> unnamedSource(String text, Sentence sentence, List<Token> t, List<NameRun> runs) {
        int first = 0;
        while (first < t.size() && !t.get(first).isWord()) {
            first++;
        }
        if (first + 3 >= t.size() || !ARTICLE_OR_ONE.matcher(t.get(first).lower()).matches()) {
            return Optional.empty();
        }
        int head = -1;
        int organisationWord = -1;
        int organisationEnd = -1;
        for (int k = first + 1; k <= Math.min(t.size() - 1, first + 4); k++) {
            if (UNNAMED_PEOPLE.contains(t.get(k).lower())) {
                head = k;
                break;
            }
            if (t.get(k).is("PROPN") && t.get(k).isCapitalized() && (organisationWord < 0 || organisationEnd == k)) {
                // "A Corvid spokesperson", "A Corvid Labs spokesperson": the organisation it speaks for
                organisationWord = organisationWord < 0 ? k : organisationWord;
                organisationEnd = k + 1;
            } else if (!t.get(k).is("ADJ") && !t.get(k).is("NOUN")) {
                break; // "A senior Commerce official": modifiers only, up to the noun
            }
        }
        if (head < 0) {
            return Optional.empty();
        }
        while (organisationWord > first + 1 && t.get(organisationWord - 1).isWord()
                && t.get(organisationWord - 1).isCapitalized()) {
            // "A Meridian Labs spokesperson": the tagger may call the name's first word an adjective; the capitalised
            // words between the article and the noun are one name all the same
            organisationWord--;
        }
        // "A Halden spokesperson said …": a spokesperson voices the organisation, which the text has named
        Person voiced = null;
        if (organisationWord >= 0 && SPOKESPEOPLE.contains(t.get(head).lower())) {
            String organisation = String.join(" ", t.subList(organisationWord, organisationEnd).stream()
                    .map(Token::text).toList());
            Person known = resolver.registry().lookup(organisation);
            // by the name the text writes in full, which an organisation known by its short name takes on
            if (known == null || !known.isPerson()) {
                voiced = resolver.registry().register(PersonRegistry.writtenInFull(text, organisation), Person.Kind.ORGANIZATION);
                resolver.registry().mentioned(voiced);
            }
        }
        if (voiced == null && SPOKESPEOPLE.contains(t.get(head).lower()) && head + 2 < t.size()
                && t.get(head + 1).lower().equals("for")) {
            // "A spokesperson for Veridian Utilities said …": the organisation the preposition names
            int h = head;
            Optional<NameRun> named = runs.stream().filter(r -> r.from() == h + 2).findFirst();
            java.util.regex.Matcher body = BODY_AFTER_THE.matcher(text.substring(t.get(h + 2).start(), sentence.span().end()));
            if (named.isEmpty() && t.get(h + 2).lower().equals("the") && body.lookingAt()
                    && PersonName.of(body.group(1)).tokens().size() > 1) {
                // "A spokesman for the Ministry of Digital Development and Information said …": a body's name with its
                // article and its small words
                Person known = resolver.registry().lookup(body.group(1));
                voiced = known != null && !known.isPerson() ? known : known == null ? resolver.organization(body.group(1)) : null;
                if (voiced != null) {
                    resolver.registry().mentioned(voiced);
                }
            } else if (named.isPresent()) {
                Person known = resolver.registry().lookup(named.get().text());
                if (known == null || !known.isPerson()) {
                    voiced = known != null ? known : resolver.organization(named.get().text());
                    resolver.registry().mentioned(voiced);
                }
            }
        }
        boolean aside = false;
        for (int v = head + 1; v < t.size() && v - head <= 40; v++) {
            Token x = t.get(v);
            if (x.text().equals(",")) {
                aside = !aside;
                continue;
            }
            if (SayingVerbs.isContentVerb(x.lower()) && !x.isCapitalized() && !aside && !negated(t, v)) {
                int verb = v;
                int opening = first;
                boolean named = runs.stream().anyMatch(r -> r.from() > opening && r.to() <= verb
                        && r.from() > 0 && t.get(r.from() - 1).text().equals(",") && r.to() < t.size()
                        && t.get(r.to()).text().equals(",") && roles.kindOf(r.text()) == null
                        && (resolver.registry().lookup(r.text()) == null || resolver.registry().lookup(r.text()).isPerson()));
                if (named) {
                    return Optional.empty();
                }
                return Optional.of(voiced != null ? new Frame(voiced, false, contentSpan(sentence, t, first, verb), null)
                        : new Frame(null, false, contentSpan(sentence, t, first, verb), null, true));
            }
            if (x.isVerbal() && !aside && !x.lower().matches("who|that")) {
                return Optional.empty(); // the person does something else first: narration, not a source
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern ARTICLE_OR_ONE = java.util.regex.Pattern.compile("an?|one");

    /**
     * A verb of saying tagged as a noun ("the claims", "his warnings"): not a frame. The tagger also
     * calls "said" and "told" nouns at times ("its chief executive said"), which they never are.
     */
    private static boolean mistaggedNoun(List<Token> t, int v) {
        String w = t.get(v).lower();
        // "has been warning", "keeps saying": an -ing form after a progressive is the verb, whatever the tagger says
        boolean progressive = w.endsWith("ing") && v > 0 && (t.get(v - 1).lower().equals("been")
                || KEEP.contains(t.get(v - 1).lower())
                // "opened by recalling that …": the -ing form after a turn taken "by" is the verb of saying
                || v > 1 && t.get(v - 1).lower().equals("by") && TURN_TAKING.contains(t.get(v - 2).lower()));
        // "Ana Ruiz, who runs the lab, argues that …", "…, writing that …": after a clause's closing comma and before
        // "that", a verb's -s form or its participle is the verb, whatever the tagger says
        boolean afterClause = (w.endsWith("s") || w.endsWith("ing")) && v > 0 && t.get(v - 1).text().equals(",")
                && v + 1 < t.size() && t.get(v + 1).lower().equals("that");
        return t.get(v).is("NOUN") && !w.endsWith("ed") && !w.equals("said") && !w.equals("told") && !progressive
                && !afterClause || pluralAfterCount(t, v);
    }

    /**
     * "in at least four US states", "the two claims": an -s form after a number (a capitalised modifier between) counts
     * things, whatever the tagger calls it; a verb's subject is no number.
     */
    private static boolean pluralAfterCount(List<Token> t, int v) {
        if (!t.get(v).lower().endsWith("s") || v < 1) {
            return false;
        }
        int k = v - 1;
        if (t.get(k).isCapitalized() && k > 0) {
            k--; // "four US states"
        }
        return t.get(k).is("NUM") || t.get(k).lower().matches("two|three|four|five|six|seven|eight|nine|ten|several|many|both");
    }

    private record Subject(Person person, int from, String role) {
    }

    /** Staff who publish an organisation's estimates under its name, unnamed themselves. */
    private static final Set<String> STAFF = Set.of("analysts", "economists", "strategists", "researchers");

    /**
     * {@code analysts at Brightwater Capital put the odds …}, {@code Brightwater's analysts expect …}: the unnamed staff
     * of a named organisation give its estimate, as a spokesperson gives its statement, so the organisation holds the
     * claim; empty when the subject ending at {@code j} is no such group.
     */
    private Optional<Subject> organisationsStaff(String text, List<Token> t, List<NameRun> runs, int j) {
        Optional<NameRun> run = runEndingAt(runs, j);
        if (run.isPresent() && PersonName.of(run.get().text()).namesGathering()) {
            int at = run.get().from() - 1;
            at = at >= 0 && t.get(at).lower().equals("the") ? at - 1 : at;
            if (at > 0 && t.get(at).lower().equals("at")) {
                // "Five executives and researchers at the Shenzhen AI Conference disagreed": people who attended say
                // it, whom the sentence does not name; the gathering itself says nothing
                return Optional.of(new Subject(null, at - 1, null));
            }
        }
        if (run.isPresent() && run.get().from() >= 2 && t.get(run.get().from() - 1).lower().matches("at|of|from")
                && STAFF.contains(t.get(run.get().from() - 2).lower())) {
            return Optional.of(new Subject(resolver.organization(run.get().text()), run.get().from() - 2, null));
        }
        if (!STAFF.contains(t.get(j).lower()) || j < 1) {
            return Optional.empty();
        }
        int owner = t.get(j - 1).text().matches("[’']s") ? j - 2 : j - 1;
        Optional<NameRun> named = owner >= 0 ? runEndingAt(runs, owner) : Optional.empty();
        if (named.isEmpty() || owner == j - 1 && !NameRuns.possessive(t.get(owner))) {
            return Optional.empty();
        }
        String name = named.get().text().replaceAll("[’']s$", "");
        Person known = resolver.registry().lookup(name);
        if (known != null && known.isPerson()) {
            return Optional.empty(); // "Chen's analysts": a person's team, not an organisation's published view
        }
        return Optional.of(new Subject(resolver.organization(known != null ? known.name().display() : name),
                named.get().from(), null));
    }

    /**
     * A subject opening a question put indirectly ({@code I ask Nadia whether she worries …}, {@code asked if he
     * expects …}): "whether" before it, or "if" after a verb of asking.
     */
    private static boolean asksAbout(List<Token> t, int subject) {
        String before = t.get(subject - 1).lower();
        if (before.equals("whether")) {
            return true;
        }
        return before.equals("if") && t.subList(0, subject - 1).stream()
                .anyMatch(x -> x.lower().matches("ask|asks|asked|asking|wonder|wonders|wondered|wondering"));
    }

    /** Conjunctions opening a clause of time or condition before the main clause. */
    private static final Set<String> ADVERBIAL = Set.of("when", "whenever", "if", "unless", "while", "once", "until");

    /**
     * The subject at {@code subject} follows a conjunction of time or condition that opens the sentence, and a comma
     * after the verb at {@code v} goes on to a main clause: the clause of saying is only when or if the main one holds.
     */
    private static boolean opensAdverbialClause(List<Token> t, int subject, int v) {
        int first = 0;
        while (first < t.size() && !t.get(first).isWord()) {
            first++;
        }
        if (first != subject - 1 || !ADVERBIAL.contains(t.get(first).lower())) {
            return false;
        }
        for (int k = v + 1; k + 2 < t.size(); k++) {
            if (t.get(k).text().equals(",") && t.get(k + 1).isWord()) {
                return true;
            }
        }
        return false;
    }

    /** Auxiliaries and modals that open a main clause's predicate. */
    private static final Set<String> PREDICATE_OPENERS = Set.of("is", "are", "was", "were", "will", "would", "might",
            "may", "can", "could", "should", "must");

    /**
     * "the cliff she fears might be less steep", "what he says is true": a verb of saying or thinking followed at once
     * by an auxiliary has no clause of its own after it (a clause would open on its subject); it sits in a relative
     * clause whose noun is the subject of the sentence's own predicate.
     */
    private static boolean relativeWithoutThat(List<Token> t, int v) {
        // "the savings she hopes for will …": a preposition the relative clause leaves at its end
        int next = v + 1 < t.size() && t.get(v + 1).lower().matches("for|about|of|on|in|to") ? v + 2 : v + 1;
        // "said in May that …": the month is no modal
        return v > 0 && next < t.size() && PREDICATE_OPENERS.contains(t.get(next).lower()) && !t.get(next).isCapitalized()
                && !t.get(v - 1).lower().matches("to|will|would|can|could|should|must|might|may|do|does|did");
    }

    /** The participle opening the clause after the last comma before {@code before} ("…, calling it …"), or -1. */
    private static int participleBefore(List<Token> t, int before) {
        for (int k = before - 1; k > 1; k--) {
            if (t.get(k - 1).text().equals(",")) {
                Token x = t.get(k);
                return x.isWord() && !x.isCapitalized() && x.lower().endsWith("ing") ? k : -1;
            }
        }
        return -1;
    }

    /** Verbs of taking an occasion to speak: "used the keynote to", "took the opportunity to", "went on to". */
    private static final Set<String> OCCASION_TAKEN = Set.of("used", "uses", "took", "takes", "went", "goes");
    private static final int OCCASION_WORDS = 8;

    /**
     * Where "used the keynote" stands before the infinitive's "to" at {@code to}, or -1; a clause's comma ends the look,
     * which reaches past an occasion of a few words ("used his longest interview to date to argue").
     */
    private static int occasionTakenBefore(List<Token> t, int to) {
        for (int k = to - 1; k >= Math.max(1, to - OCCASION_WORDS); k--) {
            if (OCCASION_TAKEN.contains(t.get(k).lower()) && t.get(k).is("VERB")) {
                return k;
            }
            if (!t.get(k).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Past a position the clause opens on, "the", at most two words and a role noun ("The researcher", "The Qiming
     * researcher", "The former official"): the index after the noun, or -1 when the clause opens on no such position.
     */
    private static int afterOpeningPosition(List<Token> t) {
        for (int noun = 1; noun <= 3 && noun < t.size(); noun++) {
            if (!t.get(noun).isWord()) {
                return -1;
            }
            if (ROLE_NOUNS.contains(t.get(noun).lower())) {
                return noun + 1;
            }
        }
        return -1;
    }

    private Optional<Subject> subjectBefore(String text, List<Token> t, List<NameRun> runs, int v) {
        int j = v - 1;
        while (j >= 0 && (SKIPPABLE.contains(t.get(j).lower()) || isNegation(t.get(j).lower()))) {
            j--; // a negation reaches here only before a belief ("does not expect"), which stays the subject's
        }
        int beforeAspect = habitBefore(t, j);
        beforeAspect = beforeAspect != j ? beforeAspect : aspectBefore(t, v, j);
        if (beforeAspect != j) {
            j = beforeAspect;
            while (j >= 0 && SKIPPABLE.contains(t.get(j).lower())) {
                j--;
            }
        }
        if (j < 0) {
            return Optional.empty();
        }
        Token s = t.get(j);
        String w = s.lower();
        if (w.equals("to")) {
            // "Lu used the keynote to argue that …", "She took the chance to warn …": whoever used the occasion says it
            int occasion = occasionTakenBefore(t, j);
            return occasion > 0 ? subjectBefore(text, t, runs, occasion) : Optional.empty();
        }
        if ((w.equals("and") || w.equals("but")) && j > 1) {
            // "The firm employs 61 people and says it turned a profit", "PM backed the plan but warned that …": the
            // second verb shares the subject opening the clause (a name, a pronoun, "the" and a role noun), which the
            // first verb follows
            Optional<NameRun> opening = runs.stream().filter(r -> r.from() == 0).findFirst();
            int after = opening.isPresent() ? opening.get().to()
                    : t.get(0).lower().equals("the") ? afterOpeningPosition(t)
                    : Pronouns.thirdPerson(t.get(0).lower()) != null && t.get(0).is("PRON") ? 1 : -1;
            if (after > 0 && after < j - 1 && onlyAsideCommas(t, after, j)) {
                return subjectBefore(text, t, runs, after);
            }
            int participle = t.get(v).lower().endsWith("ing") ? participleBefore(t, j) : -1;
            if (participle > 0) {
                // "Halcyon, based in San Francisco, launched Orrery 4, calling it "…" and saying it had set records":
                // the second participle joined by "and" shares the first one's subject
                return subjectBefore(text, t, runs, participle);
            }
        }
        int predicate = w.equals(",") && t.get(v).lower().endsWith("ing") ? predicateBefore(t, j) : -1;
        if (predicate < 0 && w.equals(",") && t.get(v).lower().endsWith("ing")) {
            predicate = verbAfterOpeningSubject(t, runs, j);
        }
        if (predicate > 0) {
            // "Ada Holm, a partner at Brook Capital, has defended Marsh, saying …": the participle's subject is the
            // subject of the clause before it, not a name inside that clause's object or the subject's apposition
            return subjectBefore(text, t, runs, predicate);
        }
        if (w.equals(",") && j > 0) {
            Optional<Subject> before = openingSubjectBeforeLongAside(text, t, runs, j);
            if (before.isPresent()) {
                return before;
            }
            int opening = asideOpening(t, j);
            if (opening > 0 && !t.get(opening + 1).lower().equals("who")) {
                // "Chen, speaking in Berlin on Tuesday, said …", "Ms Ade, asked about the delay, said …": the aside says
                // in what capacity or when, it describes nobody; the subject stands before it, perhaps with an
                // appositive of its own ("VALDSTAD (Norway), Council President, speaking in his national capacity, said")
                return subjectBefore(text, t, runs, opening + 1).or(() -> subjectBefore(text, t, runs, opening));
            }
            int affiliationEnd = opening > 0 ? -1 : relativeAboutAffiliation(t, runs, j);
            if (affiliationEnd > 0) {
                // "Mara Lind, a partner at Solberg Capital, which led the round, said": the relative clause tells of the
                // firm the apposition names, and the person the apposition describes is who says it
                Optional<Subject> described = appositiveSubject(text, t, runs, affiliationEnd);
                if (described.isPresent() && described.get().person() != null && described.get().person().isPerson()) {
                    return described;
                }
            }
            Optional<Subject> appositive = appositiveSubject(text, t, runs, j);
            if (appositive.isEmpty() && opening > 0) {
                // "ADEBAYO (Nigeria), who chairs the group, said …": a relative clause after a subject no name run ends
                return subjectBefore(text, t, runs, opening);
            }
            return appositive;
        }
        if (w.equals(")") && j > 1) {
            return parenthesisedSubject(text, t, runs, j);
        }
        if (w.equals("who") && j >= 2 && t.get(j - 1).text().equals(",")) {
            // "Professor Ilse Marten of Leiden University, who told her that …": "who" is the person the name before
            // "of" gives, not the body they belong to
            return runEndingAt(runs, j - 2).map(r -> affiliationHolder(t, runs, r).orElse(r))
                    .map(r -> new Subject(resolver.name(r.text(), r.titled()), r.from(), null));
        }
        Optional<NameRun> run = runEndingAt(runs, j);
        Optional<Subject> voiced = organisationsStaff(text, t, runs, j);
        if (voiced.isPresent()) {
            return voiced;
        }
        if (w.equals("they") && s.is("PRON")) {
            resolver.readNamesBefore(text, t, j);
            Person declared = resolver.singularThey(w); // "They argued that …" of somebody who goes by they
            if (declared != null) {
                return Optional.of(new Subject(declared, j, null));
            }
        }
        // "Researchers say", but "Ma Guoliang of Yunqi Data thinks": a generic word that ends a longer name is the name's
        if (GENERIC_SUBJECTS.contains(w) && run.map(r -> r.to() - r.from() < 2).orElse(true)) {
            return Optional.of(new Subject(null, j, null));
        }
        if (Pronouns.thirdPerson(w) != null || w.equals("it")) {
            resolver.readNamesBefore(text, t, j);
            Person p = resolver.pronoun(w);
            return Optional.of(new Subject(p, j, null));
        }
        if (run.isPresent() && run.get().from() >= 2 && PLACE_BEFORE_BODY.contains(t.get(run.get().from() - 1).lower())
                && QUANTIFIED_PEOPLE.contains(t.get(run.get().from() - 2).lower())) {
            return Optional.of(new Subject(null, run.get().from() - 2, null)); // "Not everyone at Marlin agrees": nobody
        }
        if (run.isPresent() && j == v - 1 && t.get(v).lower().endsWith("ing") && run.get().from() >= 1
                && t.get(run.get().from() - 1).lower().equals("of")) {
            // "an hour of Europeans worrying out loud": a participle after the object of "of" describes that object,
            // it is no verb of a clause the name opens
            return Optional.empty();
        }
        if (run.isPresent()) {
            NameRun r = run.get();
            if (r.from() >= 2 && t.get(r.from() - 1).lower().equals("and")
                    && Pronouns.thirdPerson(t.get(r.from() - 2).lower()) != null && t.get(r.from() - 2).is("PRON")) {
                // "she and Nadia have argued": the pronoun is somebody else than Nadia, the one the story is about
                Person named = resolver.name(r.text(), r.titled());
                Person p = resolver.pronounBeside(t.get(r.from() - 2).lower(), named);
                return Optional.of(new Subject(p != null ? p : named, r.from() - 2, null));
            }
            Optional<Subject> body = longOrganisationName(text, t, runs, r);
            if (body.isPresent()) {
                return body;
            }
            Optional<NameRun> holder = affiliationHolder(t, runs, r);
            if (holder.isPresent()) { // "Lia Chen of Brightpeak said": Lia Chen speaks, of Brightpeak
                NameRun h = holder.get();
                String affiliation = text.substring(t.get(h.to()).start(), s.end());
                return Optional.of(new Subject(resolver.name(h.text(), h.titled()), h.from(), affiliation));
            }
            if (r.from() >= 2 && t.get(r.from() - 1).lower().equals("of")) {
                Optional<NameRun> head = runEndingAt(runs, r.from() - 2).filter(h -> h.to() - h.from() == 1);
                if (head.isPresent()) { // "The University of Amsterdam said": one organisation's name
                    return Optional.of(new Subject(resolver.organization(text.substring(t.get(head.get().from()).start(),
                            s.end())), head.get().from(), null));
                }
                Optional<Subject> role = roleOfNamedOrganisation(text, t, r);
                if (role.isPresent()) {
                    return role;
                }
            }
            if (r.from() > 0 && t.get(r.from() - 1).lower().equals("the")) {
                Person described = resolver.description(text.substring(t.get(r.from() - 1).start(), s.end()));
                String titleHolder = described == null ? SubjectDescriptions.holderNamedBeside(text, r.text()) : null;
                if (titleHolder != null) { // "The National Security Advisor said …", named elsewhere as Marcus Tellen
                    Person p = resolver.name(titleHolder, true);
                    if (p != null && p.isPerson()) {
                        p.offerRole(r.text());
                        return Optional.of(new Subject(p, r.from() - 1, null));
                    }
                }
                if (described == null && r.to() - r.from() == 1 && ROLE_NOUNS.contains(r.text().toLowerCase(Locale.ROOT))) {
                    // "The Board considers …" under "Decision of the Digital Markets Board (the Board)": a body's noun
                    // capitalised as its defined short name is the body the text named with it
                    described = resolver.bodyNamedBefore(text, t.get(r.from() - 1).start(),
                            r.text().toLowerCase(Locale.ROOT), text.substring(t.get(r.from() - 1).start(), s.end()));
                }
                String lead = described == null && r.to() - r.from() == 1 ? JointTerms.leadOf(text, r.text()) : null;
                if (lead != null) {
                    // "The Parties submitted that …" after "Halden and Brightlane are together referred to as the Parties"
                    described = resolver.known(lead);
                    described = described != null ? described : resolver.organization(lead);
                }
                return Optional.of(new Subject(described, r.from() - 1, null));
            }
            String title = SubjectDescriptions.titleBefore(text, t, runs, r);
            String fullName = resolver.registry().lookup(r.text()) == null
                    ? SubjectDescriptions.fullNameOfSurname(text, r.text()) : null;
            if (fullName != null) { // "Secretary Whitcomb told …" after "Commerce Secretary Daniel Whitcomb signed …"
                Person p = resolver.name(fullName, true);
                if (p != null && p.isPerson()) {
                    p.addAlias(r.text());
                    return Optional.of(new Subject(p, r.from(), title));
                }
            }
            return Optional.of(new Subject(resolver.name(text, r.span().start(), r.text(), r.titled()), r.from(), title));
        }
        if (SPOKESPEOPLE.contains(w)) {
            Optional<Subject> spokesperson = organisationsSpokesperson(text, t, j);
            if (spokesperson.isPresent()) {
                return spokesperson;
            }
        }
        if (WRITINGS.contains(w) && !ROLE_NOUNS.contains(w)) {
            return ownedRole(text, t, runs, j); // "Kestrel's note said …": whose note it is, or nobody's
        }
        if (ROLE_NOUNS.contains(w)) {
            Optional<Subject> owned = ownedRole(text, t, runs, j);
            if (owned.isPresent()) {
                return owned;
            }
            int d = j;
            while (d > 0 && j - d < 4 && !t.get(d).lower().equals("the")) {
                d--;
            }
            Optional<NameRun> opening = SubjectDescriptions.openingOrganisation(t, runs, d, w);
            if (t.get(d).lower().equals("the") && opening.isPresent()) {
                Person p = resolver.organization(opening.get().text());
                p.addAlias(text.substring(t.get(d).start(), s.end()));
                return Optional.of(new Subject(p, d, null));
            }
            if (t.get(d).lower().equals("the")) {
                resolver.readNamesBefore(text, t, d); // "Fenwick raised £40 million, and the company said": Fenwick
                String description = text.substring(t.get(d).start(), s.end());
                Person p = resolver.description(description);
                if (p == null && d == j - 1) {
                    // "The county says …" after "Harlan County approved …": the body the text named by that noun
                    p = resolver.bodyNamedBefore(text, t.get(d).start(), w, description);
                }
                if ((p == null || !p.isPerson()) && d == j - 1 && SubjectDescriptions.isOrganisationNoun(w)) {
                    // "The company said …" after "Foldwise, a Shenzhen robotics company, raised …"
                    Person introduced = resolver.organisationDescribedBefore(text, t.get(d).start(), w, description, p);
                    p = introduced != null ? introduced : p;
                }
                return Optional.of(new Subject(p, d, null));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code "…," a Corvid Labs spokesperson said}: after the quotation as before it (see {@link #unnamedSource}), a
     * spokesperson the text does not name voices the organisation named before the noun, which speaks.
     */
    private Optional<Subject> organisationsSpokesperson(String text, List<Token> t, int noun) {
        int k = noun - 1;
        // "a Meridian Labs spokesperson": capitalised words, whatever the tagger calls the first, up to the article
        while (k >= 0 && noun - k <= 3 && t.get(k).isWord() && t.get(k).isCapitalized()
                && !t.get(k).lower().matches("an?")) {
            k--;
        }
        if (k < 0 || k == noun - 1 || !t.get(k).lower().matches("an?")) {
            return Optional.empty();
        }
        String organisation = text.substring(t.get(k + 1).start(), t.get(noun - 1).end());
        Person known = resolver.registry().lookup(organisation);
        if (known != null && known.isPerson()) {
            return Optional.empty();
        }
        Person voiced = known != null ? known
                : resolver.registry().register(PersonRegistry.writtenInFull(text, organisation), Person.Kind.ORGANIZATION);
        resolver.registry().mentioned(voiced);
        return Optional.of(new Subject(voiced, k, null));
    }

    /**
     * {@code Prices will fall by half next year, a senior executive at Harbor Grid said on Monday.}: a wire lead closes
     * on a person it does not name yet, described by a title at an organisation, and names them in the next
     * paragraph. The words are that person's, a claim without a speaker until the naming is found, not the
     * organisation's, which a spokesperson voices ("a Harbor Grid spokesperson said") but an executive does not.
     */
    private Optional<Frame> unnamedCloser(String text, Sentence sentence, List<Token> t, List<NameRun> runs) {
        for (int v = t.size() - 1; v > 0 && t.size() - v <= 8; v--) {
            if (!SayingVerbs.isContentVerb(t.get(v).lower()) || t.get(v).isCapitalized()) {
                continue;
            }
            Optional<NameRun> organisation = runEndingAt(runs, v - 1);
            if (organisation.isEmpty() || organisation.get().from() < 4) {
                return Optional.empty();
            }
            int preposition = organisation.get().from() - 1;
            int noun = preposition - 1;
            if (!t.get(preposition).lower().matches("at|of|with|from") || !UNNAMED_PEOPLE.contains(t.get(noun).lower())
                    || SPOKESPEOPLE.contains(t.get(noun).lower())) {
                return Optional.empty();
            }
            int article = noun - 1;
            while (article > noun - 3 && article > 0 && !t.get(article).lower().matches("an?")
                    && t.get(article).isWord() && !t.get(article).isCapitalized()) {
                article--; // "a senior executive", "a former top official"
            }
            if (!t.get(article).lower().matches("an?") || article < 1 || !t.get(article - 1).text().equals(",")) {
                return Optional.empty();
            }
            String name = organisation.get().text();
            Person known = resolver.registry().lookup(name);
            if (known != null && known.isPerson() && (known.role() != null || known.isTurnSpeaker()
                    || !known.affiliations().isEmpty())
                    || roles.kindOf(name) != null && !"organization".equals(roles.kindOf(name))) {
                return Optional.empty(); // somebody the text has introduced as a person is nobody's employer
            }
            if (known != null) {
                known.becomeOrganisation();
            }
            resolver.registry().mentioned(known != null ? known : resolver.organization(name));
            return Optional.of(new Frame(null, false, contentSpan(sentence, t, article, v), null, true));
        }
        return Optional.empty();
    }

    /**
     * A role at an organisation named by a possessive ({@code Its chief executive said},
     * {@code the company's founder argued}, {@code Corvane's CTO said}): whoever holds that role
     * there, found through the {@link MentionResolver}; empty when no possessive owns the role.
     */
    private Optional<Subject> ownedRole(String text, List<Token> t, List<NameRun> runs, int j) {
        int k = j - 1;
        while (k >= 0 && j - k <= 3 && t.get(k).isWord() && !isOwner(t.get(k))
                && (!t.get(k).isCapitalized() || t.get(k).text().matches("CEO|CTO|CFO|COO|VP"))) {
            k--;
        }
        if (k < 0 || k == j || !isOwner(t.get(k))) {
            return Optional.empty();
        }
        int roleFrom = k + 1;
        int ownerAt = t.get(k).text().matches("[’']s") ? k - 1 : k; // "company 's" when the tokenizer splits it
        if (ownerAt < 0) {
            return Optional.empty();
        }
        Token owner = t.get(ownerAt);
        String ownerWord = owner.text().replaceAll("[’']s$", "");
        Person organisation;
        int from = ownerAt;
        if (owner.lower().matches("its|their")) {
            // "Pellucid expects …, its chief executive said": the organisation the sentence opens with, else the last one
            organisation = openingOrganisation(text, t, runs, ownerAt);
            if (organisation == null) {
                organisation = resolver.registry().mostRecent(p -> !p.isPerson() && !p.isUnnamed());
            }
        } else if (!ownerWord.isEmpty() && Character.isLowerCase(ownerWord.charAt(0))) {
            if (ownerAt == 0 || !t.get(ownerAt - 1).lower().equals("the")) {
                return Optional.empty(); // "a company's founder" is nobody in particular
            }
            from = ownerAt - 1;
            organisation = resolver.registry().lookupRole("the " + ownerWord);
        } else {
            Optional<NameRun> run = runEndingAt(runs, ownerAt);
            if (run.isEmpty()) {
                return Optional.empty();
            }
            from = run.get().from();
            organisation = resolver.known(run.get().text());
            if (organisation == null && "organization".equals(roles.kindOf(run.get().text().replaceAll("[’']s$", "")))) {
                organisation = resolver.organization(run.get().text().replaceAll("[’']s$", ""));
            }
        }
        if (organisation != null && WRITINGS.contains(t.get(j).lower())) {
            // "Kestrel's note said …", "the firm's statement said …": a paper says what its owner put in it, the
            // organisation itself, or the person who wrote it
            return Optional.of(new Subject(organisation, from, null));
        }
        if (organisation == null || organisation.isPerson()) {
            return Optional.empty(); // "his chief of staff", "Luo's team lead": not an organisation's role
        }
        String role = text.substring(t.get(roleFrom).start(), t.get(j).end());
        return Optional.of(new Subject(resolver.roleAt(organisation, role), from, null));
    }

    /**
     * {@code The chief executive of Quanta Grid, a start-up …, argues}: the person holding that role there, not a
     * person called "Quanta Grid". A news story names somebody ("For Chen Wei, the bottleneck is power.") and goes on
     * by role, so a role nobody is known to hold is the person just mentioned, if the text has given them none yet.
     */
    private Optional<Subject> roleOfNamedOrganisation(String text, List<Token> t, NameRun organisationRun) {
        int of = organisationRun.from() - 1;
        int the = of - 1;
        while (the >= 0 && of - the <= 3 && !t.get(the).lower().equals("the")) {
            the--;
        }
        if (the < 0 || of - the > 3 || the == of - 1 || !ROLE_NOUNS.contains(t.get(of - 1).lower())
                || SubjectDescriptions.isOrganisationNoun(t.get(of - 1).lower())) {
            return Optional.empty();
        }
        String kind = roles.kindOf(organisationRun.text());
        if (kind != null && !kind.equals("organization")) {
            return Optional.empty();
        }
        Person organisation = resolver.organization(organisationRun.text());
        String role = text.substring(t.get(the + 1).start(), t.get(of - 1).end());
        Person holder = resolver.registry().holderOf(organisation, role);
        if (holder == null) {
            Person last = resolver.registry().mostRecent(p -> p != organisation);
            if (last != null && last.isPerson() && !last.isUnnamed() && last.role() == null) {
                last.offerRole(role);
                last.addAffiliation(organisationRun.text());
                holder = last;
            }
        }
        return Optional.of(new Subject(holder != null ? holder : resolver.roleAt(organisation, role), the, null));
    }

    /** The organisation named at the start of the sentence, before {@code before}, or null. */
    private Person openingOrganisation(String text, List<Token> t, List<NameRun> runs, int before) {
        int first = SubjectDescriptions.afterDateline(t);
        while (first < t.size() && !t.get(first).isWord()) {
            first++;
        }
        int opening = first;
        Optional<NameRun> run = runs.stream().filter(r -> r.from() == opening && r.to() <= before).findFirst();
        if (run.isEmpty()) {
            return null;
        }
        String name = run.get().text().replaceAll("[’']s$", "");
        Person known = resolver.registry().lookup(name);
        if (known != null) {
            return known.isPerson() ? null : known;
        }
        return "organization".equals(roles.kindOf(name)) ? resolver.organization(name) : null;
    }

    private static boolean isOwner(Token t) {
        return t.lower().matches("its|their|[’']s") || NameRuns.possessive(t);
    }

    /**
     * {@code Verano expects X, its chief executive said on Tuesday.}: a reporting clause closing
     * the sentence after a comma frames everything before it, including an earlier verb of saying
     * or expecting; empty when the sentence does not close so.
     */
    private Optional<Frame> trailingFrame(String text, Sentence sentence, List<Token> t, List<NameRun> runs,
                                          int firstVerb) {
        for (int v = t.size() - 1; v > firstVerb + 2; v--) {
            Token x = t.get(v);
            if (x.isVerbal() && !SayingVerbs.isContentVerb(x.lower())) {
                return Optional.empty(); // only a short adjunct ("on Tuesday") may follow the closing verb
            }
            if (SayingVerbs.isContentVerb(x.lower()) && !x.isCapitalized()) {
                if (t.size() - v > 8) {
                    return Optional.empty();
                }
                int verb = v;
                int j = v - 1;
                while (j >= 0 && SKIPPABLE.contains(t.get(j).lower())) {
                    j--;
                }
                if (j < 1 || !ROLE_NOUNS.contains(t.get(j).lower()) && Pronouns.thirdPerson(t.get(j).lower()) == null
                        && runEndingAt(runs, j).isEmpty()) {
                    return Optional.empty();
                }
                Optional<Subject> subject = subjectBefore(text, t, runs, verb).map(found -> pastTitleCaseTitle(text, t, found));
                if (subject.isEmpty() || subject.get().person() == null || subject.get().from() < 1
                        || !afterComma(t, subject.get().from())) {
                    return Optional.empty();
                }
                Subject s = subject.get();
                roles.apply(s.person(), s.role());
                return Optional.of(new Frame(s.person(), false, contentSpan(sentence, t, s.from(), verb), s.role()));
            }
        }
        return Optional.empty();
    }

    /**
     * The subject with the title written before the name in title case, which a closing frame opens with ("…,
     * Senior Vice President for Port Services Li Wei said on Tuesday."); the subject as found when no such title
     * precedes the name.
     */
    private static Subject pastTitleCaseTitle(String text, List<Token> t, Subject subject) {
        int k = subject.from();
        while (k > 0 && subject.from() - k < 8 && (t.get(k - 1).isCapitalized() && t.get(k - 1).isWord()
                || t.get(k - 1).text().matches("for|of|and|&"))) {
            k--;
        }
        if (k == subject.from() || k == 0 || !t.get(k - 1).text().equals(",")) {
            return subject;
        }
        String title = text.substring(t.get(k).start(), t.get(subject.from() - 1).end());
        return RoleReader.looksLikeRole(title) ? new Subject(subject.person(), k,
                subject.role() != null ? subject.role() : title) : subject;
    }

    /**
     * {@code NAME, appositive, said}: the subject sits before the appositive; or
     * {@code The CEO of Nimbus, NAME, said}: the name is the appositive.
     */
    /**
     * A comma ends the clause before {@code at}, perhaps followed by the quotation's closing mark: {@code …, she said}
     * and {@code "… what they think it means," she said}, whose "they think" inside the quotation is no frame.
     */
    private static boolean afterComma(List<Token> t, int at) {
        int k = at - 1;
        if (k >= 1 && QUOTE_MARKS.contains(t.get(k).text())) {
            k--;
        }
        return t.get(k).text().equals(",");
    }

    private static final Set<String> QUOTE_MARKS = Set.of("\"", "\u201D", "''", "\u2019");

    private Optional<Subject> appositiveSubject(String text, List<Token> t, List<NameRun> runs, int comma) {
        Optional<Subject> designated = designationSubject(text, t, runs, comma);
        if (designated.isPresent()) {
            return designated;
        }
        for (int k = comma - 1; k > 0 && comma - k <= 30; k--) {
            if (t.get(k).text().equals(",")) {
                int from = k + 1;
                Optional<NameRun> whole = runs.stream().filter(r -> r.from() == from && r.to() == comma).findFirst();
                String opening = text.substring(t.get(0).start(), t.get(k).start());
                if (whole.isEmpty() && POSSESSED_ROLE.matcher(opening).matches()) {
                    // "Its sponsor, State Senator Carla Reyes, said": a title the name run leaves out may precede it
                    whole = runs.stream().filter(r -> r.to() == comma && r.from() > from && r.from() - from <= 2
                            && t.subList(from, r.from()).stream().allMatch(Token::isCapitalized)).findFirst();
                }
                if (whole.isEmpty() && (POSSESSED_ROLE.matcher(opening).matches() || RoleReader.looksLikeRole(opening))) {
                    // "The fund's chair, Porto University lecturer Rui Lobo, said": the title written before the name
                    // in the apposition, as news copy writes it without commas, may name where the person works
                    whole = runs.stream().filter(r -> r.to() == comma && r.from() > from && r.from() - from <= 4
                            && RoleReader.looksLikeRole(text.substring(t.get(from).start(), t.get(r.from() - 1).end())))
                            .findFirst();
                }
                int roleFrom = 0;
                int roleEnd = k;
                Optional<NameRun> addressee = runs.stream().filter(r -> r.from() == 0 && r.to() < roleEnd
                        && t.get(r.to()).text().equals(",")).findFirst();
                if (whole.isPresent() && addressee.isPresent()) {
                    // "Dr. Ito, the chief executive of Pellor, Hanna Voss, told investors …": the name the question
                    // opens with is whom it is put to; the role is that of the name after it
                    String after = text.substring(t.get(addressee.get().to() + 1).start(), t.get(k).start());
                    if (RoleReader.looksLikeRole(after)) {
                        roleFrom = addressee.get().to() + 1;
                        opening = after;
                    }
                }
                if (whole.isPresent() && (RoleReader.looksLikeRole(opening) || POSSESSED_ROLE.matcher(opening).matches())) {
                    String role = text.substring(t.get(roleFrom).start(), t.get(k).start());
                    NameRun r = whole.get();
                    // past an addressee the frame opens with the role, so what it reports follows the verb
                    return Optional.of(new Subject(resolver.name(r.text(), r.titled()), roleFrom > 0 ? roleFrom : r.from(),
                            role));
                }
                Optional<NameRun> run = runEndingAt(runs, k - 1);
                if (run.isPresent() && run.get().from() >= 2 && t.get(run.get().from() - 1).lower().equals("of")) {
                    // "The chief executive of Quanta Grid, a start-up …, argues": the appositive is the company's
                    Optional<Subject> holder = roleOfNamedOrganisation(text, t, run.get());
                    if (holder.isPresent()) {
                        return holder;
                    }
                }
                Optional<NameRun> holder = run.flatMap(r -> affiliationHolder(t, runs, r));
                if (holder.isPresent()) {
                    // "Vice Minister Ana Lobo of the Ministry of Science and ICT, who …, said": the name holds the
                    // ministry, whose last word is no speaker
                    NameRun h = holder.get();
                    String affiliation = text.substring(t.get(h.to()).start(), t.get(k - 1).end());
                    return Optional.of(new Subject(resolver.name(h.text(), h.titled()), h.from(), affiliation));
                }
                if (run.isPresent()) {
                    NameRun r = run.get();
                    String role = text.substring(t.get(k + 1).start(), t.get(comma - 1).end());
                    return Optional.of(new Subject(resolver.name(r.text(), r.titled()), r.from(), role));
                }
                if (t.get(k - 1).text().equals(")") && k > 2) {
                    // "HENRIK VALDSTAD (Norway), Council President for March, said": the name before its country
                    return parenthesisedSubject(text, t, runs, k - 1);
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * {@code Mr. Anil Kapoor, Vice-President, NASSCOM, said}: a name, then its designation and the organisation each
     * set off by commas, as Indian and much British business reporting writes them. The speaker is the name, not
     * the organisation nearest the verb; the role and the organisation describe them.
     */
    private Optional<Subject> designationSubject(String text, List<Token> t, List<NameRun> runs, int comma) {
        int orgComma = previousComma(t, comma - 1, 8);
        int roleComma = orgComma > 0 ? previousComma(t, orgComma - 1, 8) : -1;
        if (roleComma <= 0) {
            return Optional.empty();
        }
        Optional<NameRun> organisation = runs.stream().filter(r -> r.from() == orgComma + 1 && r.to() == comma).findFirst();
        Optional<NameRun> name = runEndingAt(runs, roleComma - 1);
        String role = text.substring(t.get(roleComma + 1).start(), t.get(orgComma - 1).end());
        // a designation is a bare title ("Vice-President", "MD and CEO"); "the chief executive of Pellor" between two
        // names is an apposition to the second, and the first the person a question is put to
        if (organisation.isEmpty() || name.isEmpty() || !RoleReader.looksLikeRole(role)
                || role.matches("(?i)(?:the|a|an|its|his|her|their)\\b.*|.*\\b(?:of|at|for)\\b.*")
                || organisation.get().titled()
                || !(name.get().titled() || name.get().to() - name.get().from() >= 2)
                || name.get().from() > 0 && !t.get(name.get().from() - 1).text().equals(",")) {
            return Optional.empty();
        }
        Person p = resolver.name(name.get().text(), name.get().titled());
        if (p == null || !p.isPerson()) {
            return Optional.empty();
        }
        return Optional.of(new Subject(p, name.get().from(), role + ", " + organisation.get().text()));
    }

    /** The nearest comma at or before {@code from}, at most {@code reach} tokens back; -1 without one. */
    private static int previousComma(List<Token> t, int from, int reach) {
        for (int k = from; k >= 0 && from - k <= reach; k--) {
            if (t.get(k).text().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * {@code Its sponsor}, {@code Her co-founder}, {@code The bill's author}, {@code Orrin's finance chief}: a relation
     * to someone or something just named, which the name in apposition after it fills in.
     */
    private static final java.util.regex.Pattern POSSESSED_ROLE = java.util.regex.Pattern.compile(
            "(?i)(?:its|his|her|their|the [\\p{L}-]+['’]s|(?-i:\\p{Lu}[\\p{L}&.-]*)(?: (?-i:\\p{Lu}[\\p{L}&.-]*)){0,2}['’]s)"
            + "(?: [\\p{L}-]+){1,3}\\s*");

    /**
     * {@code Jane Roe (Meridian Capital) said}: the name before a short parenthesis, which describes
     * them; empty when no name precedes it.
     */
    private Optional<Subject> parenthesisedSubject(String text, List<Token> t, List<NameRun> runs, int close) {
        int open = close - 1;
        while (open > 0 && close - open < 12 && !t.get(open).text().equals("(")) {
            open--;
        }
        if (open < 1 || open + 1 >= close || !t.get(open).text().equals("(")) {
            return Optional.empty();
        }
        String inside = text.substring(t.get(open + 1).start(), t.get(close - 1).end());
        Optional<Subject> named = runEndingAt(runs, open - 1)
                .map(r -> new Subject(resolver.name(r.text(), r.titled()), r.from(), inside));
        return named.isPresent() ? named : surnameAfterRole(t, open, close);
    }

    /**
     * {@code The evaluator (Ruan) thinks …}, {@code The safety lead (He) argued …}: a summary names each speaker by what
     * they do, with their surname in brackets after it. The speaker is the person the text knows by that surname, a
     * word such as "He" included, since no pronoun stands in brackets after a noun; nobody when the text knows no one
     * by it.
     */
    private Optional<Subject> surnameAfterRole(List<Token> t, int open, int close) {
        if (close != open + 2 || open < 1 || !isLowerCaseWord(t.get(open - 1))) {
            return Optional.empty();
        }
        String surname = t.get(open + 1).text();
        if (!Character.isUpperCase(surname.charAt(0)) || !surname.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Person known = PersonName.canBeAlias(surname) ? resolver.registry().lookupWithoutRegistering(surname)
                : resolver.registry().onlyBearerOf(surname);
        if (known == null || !known.isPerson()) {
            return Optional.empty();
        }
        int from = open - 1;
        while (from > 0 && open - from < 4 && isLowerCaseWord(t.get(from - 1))) {
            from--; // "the safety lead": the role's words, back to its article
        }
        if (from > 0 && t.get(from - 1).lower().equals("the")) {
            from--;
        }
        resolver.registry().mentioned(known);
        return Optional.of(new Subject(known, from, null));
    }

    private static boolean isLowerCaseWord(Token token) {
        return token.isWord() && Character.isLowerCase(token.text().charAt(0));
    }

    /**
     * The comma opening an aside that the comma at {@code closing} ends, when the aside is a clause about the subject
     * rather than a description of them: a participle ({@code speaking on behalf of …}), a passive ({@code asked
     * about …}) or a relative clause ({@code who leads …}); -1 otherwise.
     */
    /**
     * The comma before a "which" clause closed at {@code closing}, when the clause follows an organisation named after
     * "at", "of" or "from" inside an apposition ("…, a partner at Solberg Capital, which …,"); -1 otherwise.
     */
    private static int relativeAboutAffiliation(List<Token> t, List<NameRun> runs, int closing) {
        for (int k = closing - 1; k > 1 && closing - k <= 25; k--) {
            if (t.get(k).text().equals(",")) {
                if (!t.get(k + 1).lower().equals("which")) {
                    return -1;
                }
                Optional<NameRun> body = runEndingAt(runs, k - 1);
                if (body.isEmpty() || body.get().from() < 3) {
                    return -1;
                }
                int before = body.get().from() - 1;
                if (t.get(before).lower().equals("the")) {
                    before--;
                }
                return before > 1 && AFFILIATION_WORDS.contains(t.get(before).lower()) ? k : -1;
            }
        }
        return -1;
    }

    private static final Set<String> AFFILIATION_WORDS = Set.of("at", "of", "from");

    /** What opens an apposition ("a former engineer who …") or a relative clause ("who is known as … in Milan, where …"). */
    private static final Set<String> ASIDE_OPENERS = Set.of("a", "an", "who", "whose");
    /** "The 41-year-old", "The former engineer": "the" and at most three words, hyphenated ones as one. */
    private static final String DESCRIBED = "(?i)the(?: [\\p{L}\\d]+(?:-[\\p{L}\\d]+)*){1,3}";

    /**
     * {@code The 52-year-old, a former aerospace engineer who left …, told the audience that …} and {@code Ferro, who is
     * known as … in Milan, where she started …, did agree with Reyes that …}: a subject opening the sentence (a name, or
     * "the" and a description of somebody named before) and then one long aside, an apposition or a relative clause,
     * up to the comma before the verb. The names inside the aside are places and employers of the subject's past, not
     * who speaks. Not when a name stands alone between the aside's last two commas: that is the speaker's name in
     * apposition ("Dr. Ito, the chief executive of Pellor, Hanna Voss, told …").
     */
    private Optional<Subject> openingSubjectBeforeLongAside(String text, List<Token> t, List<NameRun> runs, int closing) {
        int first = 1;
        while (first < closing && !t.get(first).text().equals(",")) {
            first++;
        }
        // "The architect, last again, said 40%.": a word or two of manner or order, no verb and no name, is an aside too
        boolean brief = first < closing && closing - first <= 3 && t.subList(first + 1, closing).stream()
                .allMatch(x -> x.isWord() && !x.isVerbal() && !x.isCapitalized());
        if (first >= closing || !brief && (closing - first < 6 || closing - first > 45
                || !ASIDE_OPENERS.contains(t.get(first + 1).lower())) || runEndingAt(runs, closing - 1)
                        .filter(r -> r.from() > 0 && t.get(r.from() - 1).text().equals(",")).isPresent()) {
            return Optional.empty();
        }
        for (int k = first + 1; k < closing; k++) {
            if (t.get(k).text().matches("[\"“”;:()]")) {
                return Optional.empty();
            }
        }
        int end = first;
        Optional<NameRun> name = runs.stream().filter(r -> r.from() == 0 && r.to() == end).findFirst();
        Person p = null;
        if (name.isPresent()) {
            p = resolver.name(name.get().text(), name.get().titled());
        } else if (text.substring(t.get(0).start(), t.get(first - 1).end()).matches(DESCRIBED)) {
            p = resolver.description(text.substring(t.get(0).start(), t.get(first - 1).end()));
        }
        return p != null && p.isPerson() ? Optional.of(new Subject(p, 0, null)) : Optional.empty();
    }

    private static int asideOpening(List<Token> t, int closing) {
        for (int k = closing - 1; k > 0 && closing - k <= 25; k--) {
            if (t.get(k).text().equals(",")) {
                return k + 1 < closing && opensClauseAboutSubject(t.get(k + 1)) ? k : -1;
            }
        }
        return -1;
    }

    /** Tokens a predicate's clause may run to before the participle's comma: a verb, its object, where and when. */
    private static final int PREDICATE_REACH = 16;

    /**
     * Where the finite verb stands that opens the clause ending at the comma {@code comma}, right after an earlier comma
     * ({@code …, has defended Marsh, saying}, {@code …, took a different view in a post on his WeChat account on Monday,
     * writing}), or -1 when that stretch opens on no verb (an apposition, an aside).
     */
    private static int predicateBefore(List<Token> t, int comma) {
        for (int k = comma - 1; k > 0 && comma - k <= PREDICATE_REACH; k--) {
            if (t.get(k).text().equals(",")) {
                int verb = k + 1;
                while (verb < comma && SKIPPABLE.contains(t.get(verb).lower()) && !t.get(verb).lower().equals("told")) {
                    verb++;
                }
                Token x = t.get(verb);
                return verb < comma - 1 && x.is("VERB") && !x.isCapitalized()
                        && !x.lower().endsWith("ing") ? verb : -1;
            }
        }
        return -1;
    }

    /**
     * "On Tuesday she went further, saying …", "Later, Oduya went further, predicting …": the finite verb of the clause
     * ending at the comma {@code comma}, right after its subject (a pronoun or a name) and the first verb since the
     * clause's opening (past a phrase of time and its comma), whose subject the participle shares; or -1.
     */
    private static int verbAfterOpeningSubject(List<Token> t, List<NameRun> runs, int comma) {
        int from = 0;
        for (int k = comma - 1; k > 0; k--) {
            if (t.get(k).text().equals(",")) {
                from = k + 1;
                break;
            }
        }
        for (int v = from + 1; v < comma - 1 && v - from <= 6; v++) {
            Token x = t.get(v);
            if (!x.is("VERB") && !x.is("AUX")) {
                continue;
            }
            int at = v;
            boolean pronoun = t.get(v - 1).is("PRON") && Pronouns.thirdPerson(t.get(v - 1).lower()) != null;
            boolean named = runs.stream().anyMatch(r -> r.to() == at && !r.text().endsWith("'s"));
            return x.is("VERB") && !x.isCapitalized() && !x.lower().endsWith("ing") && (pronoun || named) ? v : -1;
        }
        return -1;
    }

    private static boolean opensClauseAboutSubject(Token x) {
        String w = x.lower();
        return w.equals("who") || !x.isCapitalized() && x.isVerbal() && (w.endsWith("ing") || w.endsWith("ed"));
    }

    /**
     * {@code Adebayo, speaking on behalf of the African Group, said that …}: a verb that names a topic, opening an
     * aside that a later verb of saying of the same subject follows.
     */
    private static boolean opensAsideBeforeSaying(List<Token> t, int v) {
        if (!t.get(v).lower().endsWith("ing") || v == 0 || !t.get(v - 1).text().equals(",")) {
            return false;
        }
        for (int k = v + 1; k + 1 < t.size() && k - v <= 25; k++) {
            if (t.get(k).text().equals(",")) {
                int after = k + 1;
                while (after < t.size() && SKIPPABLE.contains(t.get(after).lower())) {
                    after++;
                }
                return after < t.size() && SayingVerbs.isContentVerb(t.get(after).lower()) && !t.get(after).isCapitalized();
            }
        }
        return false;
    }

    private static final Set<String> LIKING = Set.of("like", "likes", "liked", "love", "loves", "loved");
    private static final Set<String> CAREFUL = Set.of("careful", "quick", "keen", "eager", "happy", "willing");
    private static final Set<String> TIRING = Set.of("tire", "tires", "tired");

    /**
     * {@code Rui likes to say that …}, {@code She is fond of saying …}, {@code He never tires of saying …}, {@code He
     * was careful to say …}: a habit of saying something, or a manner of saying it, is saying it; the index of the last word before the habit, or {@code j} when there is none.
     */
    private static int habitBefore(List<Token> t, int j) {
        if (j < 2) {
            return j;
        }
        String w = t.get(j).lower();
        String before = t.get(j - 1).lower();
        if (w.equals("to") && LIKING.contains(before)) {
            return j - 2;
        }
        if (w.equals("to") && CAREFUL.contains(before) && t.get(j - 2).lower().matches("is|was|are|were|'s|’s")) {
            return j - 3; // "Ramos was careful to say that …", "She was quick to point out …"
        }
        if (w.equals("of") && before.equals("fond") && t.get(j - 2).lower().matches("is|was|are|were|'s|’s")) {
            return j - 3;
        }
        if (w.equals("of") && TIRING.contains(before) && t.get(j - 2).lower().equals("never")) {
            return j - 3;
        }
        return j;
    }

    private static final Set<String> SPEND = Set.of("spent", "spend", "spends", "spending");
    /** Verbs of a turn in a discussion that "by" and a verb of saying can follow: "opened by recalling that …". */
    private static final Set<String> TURN_TAKING = union(SayingVerbs.forms("open", "start", "close", "end", "finish",
            "conclude", "respond", "react", "reply", "answer", "counter", "follow"), Set.of("began", "begins", "begin"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
    private static final Set<String> KEEP = Set.of("keep", "keeps", "kept", "keeping");

    /**
     * {@code X has been warning that …}, {@code X keeps saying that …}, {@code X has spent the past year (on the
     * road) arguing that …}: a progressive or a span of time stands between the subject and a verb of saying in
     * its -ing form; the index of the last word before that stretch, or {@code j} when there is none. Only
     * before an -ing form: a passive ({@code It has been said that}) has no subject who says it.
     */
    private static int aspectBefore(List<Token> t, int v, int j) {
        if (j < 1 || !t.get(v).lower().endsWith("ing")) {
            return j;
        }
        String w = t.get(j).lower();
        if (w.equals("been") || KEEP.contains(w)) {
            return j - 1;
        }
        if (w.equals("by") && j >= 2 && TURN_TAKING.contains(t.get(j - 1).lower())
                && !t.get(j - 1).isCapitalized()) {
            // "Deng opened by recalling that …", "She responded by arguing that …": how a turn was taken is what the
            // subject said in it
            return j - 2;
        }
        for (int k = j; k >= 1 && j - k < 8; k--) {
            Token x = t.get(k);
            if (SPEND.contains(x.lower())) {
                return k < j ? k - 1 : j; // "spent arguing" without a span of time is not this frame
            }
            if (!x.isWord() || x.isVerbal()) {
                return j; // the time spent is a plain phrase ("the past year", "much of 2025 in Brussels")
            }
        }
        return j;
    }

    /**
     * The person a name of an organisation is the affiliation of ({@code Lia Chen of Brightpeak},
     * {@code Ji-woo Park of the University of Amsterdam}): a multi-word name run right before
     * {@code of}/{@code at}/{@code from} [{@code the}] and the organisation.
     */
    private Optional<NameRun> affiliationHolder(List<Token> t, List<NameRun> runs, NameRun org) {
        int from = org.from();
        for (int parts = 0; parts < 4; parts++) {
            int k = from - 1;
            if (k >= 0 && t.get(k).lower().equals("the")) {
                k--;
            }
            if (k >= 1 && t.get(k).lower().matches("of|at|from")) {
                Optional<NameRun> holder = runEndingAt(runs, k - 1).filter(h -> h.to() - h.from() >= 2 || h.titled())
                        .filter(h -> {
                            Person known = resolver.registry().lookup(h.text());
                            return known == null ? !org.text().equals(h.text()) : known.isPerson();
                        });
                if (holder.isPresent()) {
                    return holder;
                }
            }
            // "of the Institute for Open Research": the organisation's own name goes on over "for", "of", "and"; "of
            // the Technical University's Faculty of Transport": over the possessive of the body it belongs to
            Optional<NameRun> earlier = from >= 2 && t.get(from - 1).lower().matches("for|of|and|&")
                    ? runEndingAt(runs, from - 2)
                    : from >= 1 && NameRuns.possessive(t.get(from - 1)) ? runEndingAt(runs, from - 1) : Optional.empty();
            if (earlier.isEmpty()) {
                return Optional.empty();
            }
            from = earlier.get().from();
        }
        return Optional.empty();
    }

    /** {@code …, said Luo.}: the subject follows the verb at the end of a clause. */
    private Optional<Subject> subjectAfter(String text, List<Token> t, List<NameRun> runs, int v) {
        if (v == 0 || !t.get(v - 1).text().matches("[,”\"’]")) {
            return Optional.empty();
        }
        if (v + 1 < t.size() && Pronouns.thirdPerson(t.get(v + 1).lower()) != null) {
            return Optional.of(new Subject(resolver.pronoun(t.get(v + 1).lower()), v, null));
        }
        Person declared = v + 1 < t.size() && t.get(v + 1).lower().equals("they") ? resolver.singularThey("they") : null;
        if (declared != null) {
            return Optional.of(new Subject(declared, v, null)); // '"…," they said' of somebody who goes by they
        }
        Optional<Subject> roleThenName = roleThenName(text, t, runs, v);
        if (roleThenName.isPresent()) {
            return roleThenName;
        }
        Optional<Subject> body = bodyAfterTheVerb(text, t, runs, v);
        if (body.isPresent()) {
            return body;
        }
        Optional<NameRun> first = runs.stream().filter(r -> r.from() == v + 1).findFirst();
        Optional<NameRun> owned = first.filter(r -> NameRuns.possessive(t.get(r.to() - 1)))
                .flatMap(owner -> runs.stream().filter(r -> r.from() == owner.to() && r.to() - r.from() >= 2).findFirst());
        if (owned.isPresent()) {
            // '"…," says Marlin's Hana Voss': the person the organisation's possessive introduces speaks, of it
            Person p = resolver.name(owned.get().text(), owned.get().titled());
            Person organisation = resolver.organization(PersonRegistry.writtenInFull(text, first.get().text()));
            if (p != null && p.isPerson()) {
                p.addAffiliation(organisation.name().display());
                return Optional.of(new Subject(p, v, ViewPhrases.appositiveAfter(text, t, owned.get().to())));
            }
        }
        return first.map(r -> new Subject(resolver.name(text, r.span().start(), r.text(), r.titled()), v,
                ViewPhrases.appositiveAfter(text, t, r.to())));
    }

    /**
     * {@code "…," said the executive, Daniel Osei, who runs …}: the press names a source by role first and then gives
     * the name in apposition; the name is who speaks, the role words before it are theirs.
     */
    private Optional<Subject> roleThenName(String text, List<Token> t, List<NameRun> runs, int v) {
        if (v + 3 >= t.size() || !t.get(v + 1).lower().equals("the")) {
            return Optional.empty();
        }
        for (int k = v + 2; k < Math.min(t.size() - 1, v + 6); k++) {
            if (t.get(k).text().equals(",")) {
                String noun = t.get(k - 1).lower();
                if (k == v + 2 || !ROLE_NOUNS.contains(noun) && !UNNAMED_PEOPLE.contains(noun)) {
                    return Optional.empty();
                }
                int from = k + 1;
                String role = text.substring(t.get(v + 2).start(), t.get(k - 1).end());
                return runs.stream().filter(r -> r.from() == from).findFirst()
                        .map(r -> new Subject(resolver.name(r.text(), r.titled()), v, role));
            }
            if (!t.get(k).isWord() || t.get(k).isCapitalized()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** {@code Anthropic launched X, describing it as …}: the sentence's subject says it. */
    private Optional<Subject> participleSubject(String text, List<Token> t, List<NameRun> runs, int v) {
        if (!t.get(v).lower().endsWith("ing") || v == 0 || !t.get(v - 1).text().equals(",")) {
            return Optional.empty();
        }
        int opening = SubjectDescriptions.afterDateline(t); // wire copy opens with "LONDON, Nov 3 (Agency) -"
        while (opening < t.size() && !t.get(opening).isWord()) {
            opening++;
        }
        int first = opening;
        if (first < v && t.get(first).is("PRON") && Pronouns.thirdPerson(t.get(first).lower()) != null) {
            // "He has defended the cuts, arguing that …": the pronoun's person, as a name opening the clause would be
            Person p = resolver.pronoun(t.get(first).lower());
            return p == null ? Optional.empty() : Optional.of(new Subject(p, PARTICIPLE, null));
        }
        return runs.stream().filter(r -> r.from() == first).findFirst()
                .map(r -> new Subject(resolver.name(r.text(), r.titled()), PARTICIPLE, null));
    }

    /**
     * {@code Xu holds that …}, {@code She takes the view that …}: holding a view, told by a verb that alone
     * means something else ({@code holds a stake}, {@code took the stage}), so only with what is held.
     */
    private static final Set<String> HOLD = Set.of("hold", "holds", "held", "holding");
    private static final Set<String> TAKE = Set.of("take", "takes", "took", "taking");
    private static final Set<String> VIEW_NOUNS = Set.of("view", "position", "stance");

    /**
     * Verbs of judging and of putting a case ("The Board considers that …", "The Parties submitted that …"), in the
     * language of decisions and submissions: a view held when a that-clause follows them, an act otherwise
     * ("considered the offer", "submitted a report"). Not "found that": what a survey or a review found is a finding
     * of fact the writer relays, as often as a view.
     */
    private static final Set<String> JUDGING = union(SayingVerbs.forms("consider", "submit"),
            Set.of("submitted", "submitting"));

    /** "The Board considers that …": the tagger may call the -s form a plural noun, which "that" belies. */
    private static boolean judgesThat(List<Token> t, int v) {
        return JUDGING.contains(t.get(v).lower()) && !t.get(v).isCapitalized() && v + 1 < t.size()
                && t.get(v + 1).lower().equals("that") && !(v > 0 && DETERMINERS.contains(t.get(v - 1).lower()));
    }

    private static boolean holdsView(List<Token> t, int v) {
        String w = t.get(v).lower();
        if (t.get(v).isCapitalized() || v + 1 >= t.size()) {
            return false;
        }
        if (HOLD.contains(w) && t.get(v + 1).lower().equals("that") || judgesThat(t, v)) {
            return true;
        }
        return (HOLD.contains(w) || TAKE.contains(w)) && v + 3 < t.size()
                && t.get(v + 1).lower().equals("the") && VIEW_NOUNS.contains(t.get(v + 2).lower())
                && t.get(v + 3).lower().equals("that");
    }

    private static final Set<String> ANSWERING = SayingVerbs.forms("answer", "reply", "respond", "field", "take");
    private static final Set<String> ASKED_THINGS = Set.of("questions", "question", "queries", "comments", "emails");
    private static final Set<String> BEFORE_ASKED_THINGS = Set.of("to", "the", "a", "some", "more", "his", "her", "their",
            "its", "audience", "reader", "readers'", "user", "viewer", "listener", "live", "written", "follow-up");
    private static final Set<String> DETERMINERS = Set.of("a", "the", "his", "her", "their", "its");

    /**
     * "She answered questions on Reddit", "He fielded questions from readers", "took questions from the floor",
     * "replied to comments": answering as an event names who will speak, not what they hold.
     */
    private static boolean answersQuestions(List<Token> t, int v) {
        if (!ANSWERING.contains(t.get(v).lower())) {
            return false;
        }
        for (int k = v + 1; k < Math.min(t.size(), v + 4); k++) {
            String x = t.get(k).lower();
            if (ASKED_THINGS.contains(x)) {
                return true;
            }
            if (!BEFORE_ASKED_THINGS.contains(x)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> POSTING = SayingVerbs.forms("post", "tweet", "share", "blog", "message", "text");

    /**
     * "She posted that …", "He tweeted on Monday that …", "Osei shared on LinkedIn that …": publishing a post is
     * saying what it says, once "that" opens its content after at most a short phrase of where and when; "posted
     * revenue of $40 million" and "shared the slides" report what was done.
     */
    private static boolean postsThat(List<Token> t, int v) {
        if (!POSTING.contains(t.get(v).lower()) || t.get(v).isCapitalized() || t.get(v).lower().endsWith("ing")
                && v > 0 && DETERMINERS.contains(t.get(v - 1).lower())) {
            return false;
        }
        for (int k = v + 1; k < Math.min(t.size(), v + 8); k++) {
            if (t.get(k).lower().equals("that")) {
                return k == v + 1 || t.get(v + 1).is("ADP"); // "posted on X that", not "posted the chart that"
            }
            if (t.get(k).isVerbal() || t.get(k).text().matches("[,;:.]")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PUSHING = SayingVerbs.forms("push", "press", "lobby", "campaign");

    /**
     * "Patel has privately pushed to keep a smaller team", "She lobbied for an open licence": pressing for a course
     * is holding the view that it is right, the subject's own whoever reports it ("…, one of the people said").
     */
    private static boolean pushesFor(List<Token> t, int v) {
        return PUSHING.contains(t.get(v).lower()) && !t.get(v).isCapitalized() && !t.get(v).lower().endsWith("ing")
                && v + 1 < t.size() && (t.get(v + 1).lower().equals("to") || t.get(v + 1).lower().equals("for"))
                || callsOn(t, v) || callsFor(t, v) || pushesBack(t, v);
    }

    /** "She called for a shared standard": calling for a course is pressing for it, as "pushed for" is. */
    private static boolean callsFor(List<Token> t, int v) {
        return CALLING.contains(t.get(v).lower()) && !t.get(v).isCapitalized() && v + 2 < t.size()
                && t.get(v + 1).lower().equals("for");
    }

    /**
     * "Tian pushed back hard on the idea that …", "He pushes back against …": pushing back disputes what follows,
     * a view of the subject's own; a word or two of manner may stand between ("back hard", "back firmly").
     */
    private static boolean pushesBack(List<Token> t, int v) {
        if (!PUSHING.contains(t.get(v).lower()) || t.get(v).isCapitalized() || v + 2 >= t.size()
                || !t.get(v + 1).lower().equals("back")) {
            return false;
        }
        for (int k = v + 2; k < t.size() && k - v <= 4; k++) {
            if (t.get(k).lower().matches("on|against|at")) {
                return k + 1 < t.size();
            }
            if (!t.get(k).is("ADV")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> CALLING = Set.of("call", "calls", "called");

    /**
     * "He called on companies to keep publishing …", "She calls upon regulators to wait": calling on somebody to act
     * urges it, as "urged" does; the infinitive follows the ones called on within a few words, before any comma.
     */
    private static boolean callsOn(List<Token> t, int v) {
        if (!CALLING.contains(t.get(v).lower()) || t.get(v).isCapitalized() || v + 2 >= t.size()
                || !(t.get(v + 1).lower().equals("on") || t.get(v + 1).lower().equals("upon"))) {
            return false;
        }
        for (int k = v + 2; k < t.size() && k <= v + 7; k++) {
            if (t.get(k).lower().equals("to")) {
                return k > v + 2;
            }
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> ODDS_VERBS = Set.of("put", "puts", "putting", "see", "sees", "saw", "give", "gives",
            "gave", "giving", "place", "places", "placed");
    private static final Set<String> ODDS_OWNERS = Set.of("the", "her", "his", "their", "its", "my", "our", "your", "own");

    /**
     * "He put a 70% chance on …", "She sees roughly a 30% chance of …", "gives it one in five": a forecast stated as
     * odds, the subject's own, as "expects" would be. The odds follow the verb within a few words, with a number.
     */
    private static boolean givesOdds(List<Token> t, int v) {
        if (!ODDS_VERBS.contains(t.get(v).lower()) || t.get(v).isCapitalized()) {
            return false;
        }
        if (PUTTING.contains(t.get(v).lower()) && v + 3 < t.size() && t.get(v + 1).lower().equals("it")
                && t.get(v + 2).lower().equals("at") && figureFollows(t, v + 3)) {
            // "Rao put it at 15%": the odds asked about, given as a figure; "… and I would put it at 85%" is the
            // writer's own figure on what the sentence has just said, no frame around it
            int subject = v - 1;
            while (subject > 0 && t.get(subject).lower().matches("would|['’]d|might|could|probably|still|now|also")) {
                subject--;
            }
            return subject < 0 || !t.get(subject).lower().matches("i|we");
        }
        if (PUTTING.contains(t.get(v).lower()) || t.get(v).lower().matches("place[sd]?")) {
            // "She put inference at roughly 70 percent of the spend": a figure the subject puts on something named
            // between, a few words without a verb, is their estimate, as odds put on it are
            for (int k = v + 2; k < Math.min(t.size() - 1, v + 8) && !t.get(k).isVerbal() && t.get(k).isWord(); k++) {
                if (t.get(k).lower().equals("at") && k > v + 1 && figureFollows(t, k + 1)) {
                    return !t.get(v + 1).lower().matches("it|them|that|this|pressure|money|effort|emphasis|weight");
                }
            }
        }
        int noun = v + 1;
        while (noun < t.size() && noun - v <= 3 && ODDS_OWNERS.contains(t.get(noun).lower())) {
            noun++; // "put the odds", "put her own confidence"
        }
        if (noun > v + 1 && noun < t.size() && (OddsWords.NOUNS.contains(t.get(noun).lower())
                || t.get(noun).lower().equals("confidence"))) {
            // "put the odds of a federal order at roughly 30%": the figure comes after what the odds are of
            for (int k = noun + 1; k < Math.min(t.size() - 1, v + 18); k++) {
                if (t.get(k).lower().equals("at") && t.stream().skip(k + 1).limit(4)
                        .anyMatch(x -> x.lower().chars().anyMatch(Character::isDigit) || x.lower().matches("one|even|evens"))) {
                    return true;
                }
            }
        }
        boolean number = false;
        for (int k = v + 1; k < Math.min(t.size(), v + 7); k++) {
            String x = t.get(k).lower();
            number |= x.chars().anyMatch(Character::isDigit) || x.equals("one") || x.equals("even");
            if (OddsWords.NOUNS.contains(x)) {
                return number;
            }
        }
        return false;
    }

    /**
     * A figure within a few words from {@code from}: a number, "one in four", "even odds", or a quotation that gives it
     * in the speaker's words ({@code at "honestly, about one in four."}).
     */
    static boolean figureFollows(List<Token> t, int from) {
        for (int k = from; k < t.size() && k < from + 6; k++) {
            String x = t.get(k).lower();
            if (x.chars().anyMatch(Character::isDigit) || x.matches("one|two|three|four|five|even|evens|zero|nil|fifty")) {
                return true;
            }
        }
        return false;
    }

    /** "She framed the choice as …": framing, as describing, gives the verdict in its "as". */
    private static final Set<String> FRAMING = Set.of("frame", "frames", "framed", "framing");

    private static final Set<String> DISPUTING = SayingVerbs.forms("reject", "dismiss", "dispute", "challenge", "deny",
            "contest");
    private static final Set<String> IDEAS = Set.of("idea", "notion", "claim", "suggestion", "argument", "view", "premise",
            "assumption", "theory", "narrative", "thesis");

    /**
     * "She rejected the idea that …", "He disputes the claim that …": denying an idea is holding its opposite, the
     * subject's view as much as "doubts that" is; rejecting an offer or a plan is an act, so only an idea put in a
     * that-clause counts.
     */
    private static boolean disputesIdea(List<Token> t, int v) {
        if (!DISPUTING.contains(t.get(v).lower()) || t.get(v).isCapitalized() || v + 3 >= t.size()) {
            return false;
        }
        int k = v + 1;
        if (!t.get(k).lower().matches("the|any|this|that")) {
            return false;
        }
        k++;
        if (k + 1 < t.size() && !IDEAS.contains(t.get(k).lower()) && t.get(k).is("ADJ")) {
            k++; // "the popular idea that"
        }
        return k + 1 < t.size() && IDEAS.contains(t.get(k).lower()) && t.get(k + 1).lower().equals("that");
    }

    private static final Set<String> BETTING = Set.of("bet", "bets", "betting", "wager", "wagers", "wagered", "wagering");

    /**
     * "She bets that …", "He is betting that …", "Quell wagers that …": a bet placed on what will happen is the
     * subject's forecast; "bets on smaller models" tells a strategy and is no frame.
     */
    private static boolean betsThat(List<Token> t, int v) {
        return BETTING.contains(t.get(v).lower()) && !t.get(v).isCapitalized() && v + 1 < t.size()
                && t.get(v + 1).lower().equals("that") && !(v > 0 && DETERMINERS.contains(t.get(v - 1).lower()));
    }

    private static final Set<String> MAKING = Set.of("make", "makes", "made", "making");

    /** "She made the case that …", "He makes the case for …": arguing for something, as "argued" does. */
    private static boolean makesTheCase(List<Token> t, int v) {
        return MAKING.contains(t.get(v).lower()) && !t.get(v).isCapitalized() && v + 3 < t.size()
                && t.get(v + 1).lower().equals("the") && t.get(v + 2).lower().equals("case")
                && t.get(v + 3).lower().matches("that|for");
    }

    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "remains", "remained", "seems",
            "seemed", "'s", "’s");
    private static final Set<String> CERTAINTY = Set.of("convinced", "sure", "certain", "confident", "adamant",
            "sceptical", "skeptical", "doubtful", "optimistic", "pessimistic", "hopeful", "persuaded", "worried",
            "concerned", "unconvinced");
    private static final Set<String> DEGREE = Set.of("still", "firmly", "quite", "very", "fairly", "increasingly",
            "less", "more", "deeply", "now", "also", "not", "far", "absolutely", "completely");

    /**
     * "She is convinced that …", "He remains sceptical that …": a state of conviction put with a that-clause is a
     * belief, as "believes" is. Read at the copula, so the subject stands right before it as before a verb.
     */
    private static boolean isSureThat(List<Token> t, int v) {
        if (!COPULAS.contains(t.get(v).lower()) || t.get(v).isCapitalized()) {
            return false;
        }
        int k = v + 1;
        while (k < t.size() && k - v <= 2 && DEGREE.contains(t.get(k).lower())) {
            k++;
        }
        return k + 1 < t.size() && CERTAINTY.contains(t.get(k).lower()) && t.get(k + 1).lower().equals("that");
    }

    private static final Set<String> PUTTING = Set.of("put", "puts", "putting");
    /** "As Fang sees it, …": how the person sees it gives their view after the comma, as putting it gives their words. */
    private static final Set<String> SEEING = Set.of("see", "sees", "saw");
    private static final Set<String> SUMMING = Set.of("sum", "sums", "summed", "summing");
    private static final int PUT_MANNER_WORDS = 3;
    private static final int SAID_AFTER_PUT_WORDS = 3;

    /**
     * "As Lee put it, open models …", "She put it bluntly: …", "He summed it up: …": putting it so gives the words
     * that follow the comma or colon closing the frame, a few words of manner between ("put it more simply"); the
     * index of that mark, or -1. The words must follow in the same sentence: "Here is how she put it to me:" before a
     * block quotation, and "put it better than I can." before a quotation of its own, frame nothing here.
     */
    private static int putsItSo(List<Token> t, int v) {
        String w = t.get(v).lower();
        if (t.get(v).isCapitalized() || v + 2 >= t.size()) {
            return -1;
        }
        int k;
        if ((PUTTING.contains(w) || SEEING.contains(w)) && t.get(v + 1).lower().equals("it")) {
            k = v + 2;
        } else if (SUMMING.contains(w)) {
            k = v + 1;
            if (t.get(k).lower().matches("it|things|this")) {
                k++;
            }
            if (k >= t.size() || !t.get(k).lower().equals("up")) {
                return -1;
            }
            k++;
        } else {
            return -1;
        }
        int manner = k;
        while (k < t.size() && k - manner < PUT_MANNER_WORDS && t.get(k).isWord() && !t.get(k).lower().matches("to|at|in|on")) {
            k++;
        }
        if (k >= t.size() || !t.get(k).text().matches("[,:]")) {
            return -1;
        }
        long after = t.subList(k + 1, t.size()).stream().filter(Token::isWord).count();
        return after >= SAID_AFTER_PUT_WORDS ? k : -1;
    }

    /** An "as" a few words before the verb that does not open the sentence: "Wang, as Yang put it, thinks …". */
    private static boolean creditedInAside(List<Token> t, int v) {
        for (int k = v - 1; k >= Math.max(1, v - 5); k--) {
            if (t.get(k).lower().equals("as")) {
                return t.subList(0, k).stream().anyMatch(Token::isWord);
            }
        }
        return false;
    }

    private static final Set<String> POINTING = SayingVerbs.forms("point");
    /** What a speaker points to as evidence, besides a body's published work ("a survey", "the figures"). */
    private static final Set<String> EVIDENCE = Set.of("evidence", "example", "examples", "numbers", "results",
            "statistics", "record", "findings", "benchmark", "benchmarks");

    /**
     * "She pointed to her firm's survey of 300 buyers, in which only 9% …", "He points to the figures": evidence cited
     * for a view is the speaker's claim about it; "pointed to how models are used" only names a topic.
     */
    private static boolean citesEvidence(List<Token> t, int v) {
        if (!POINTING.contains(t.get(v).lower()) || t.get(v).isCapitalized() || v + 2 >= t.size()
                || !t.get(v + 1).lower().equals("to")) {
            return false;
        }
        for (int k = v + 2; k < t.size() && k - v <= 6; k++) {
            String x = t.get(k).lower().replaceAll("[’']s$", "");
            if (EVIDENCE.contains(x) || ViewPhrases.isPublishedWork(x)) {
                return true;
            }
            if (!t.get(k).isWord() && !t.get(k).text().matches("[’']s")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isPointedOut(List<Token> t, int v) {
        return t.get(v).lower().startsWith("point") && v + 1 < t.size() && t.get(v + 1).lower().equals("out");
    }

    private static boolean isPointedTo(List<Token> t, int v) {
        return t.get(v).lower().startsWith("point") && v + 1 < t.size() && t.get(v + 1).lower().equals("to");
    }

    /**
     * "She does not expect prices to fall", "He doesn't think open models will catch up": a belief denied is still
     * the subject's view (the opposite one), unlike a saying denied ("He did not say when"), which reports nothing.
     */
    private static final Set<String> BELIEFS = union(SayingVerbs.forms("think", "believe", "expect", "agree", "feel",
            "reckon", "foresee"), SayingVerbs.forms("consider"));

    /** "not", "never", and a contraction the tagger keeps whole ("doesn't", "didn’t") or splits ("n't"). */
    private static boolean isNegation(String word) {
        return word.equals("not") || word.equals("never") || word.endsWith("n't") || word.endsWith("n’t");
    }

    private static boolean negated(List<Token> t, int v) {
        for (int k = Math.max(0, v - 2); k < v; k++) {
            if (isNegation(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code As X said last year, the market …} / {@code said on Friday that …}: a short phrase of
     * time or place after the verb belongs to the frame, not to what was said; the index after it.
     */
    private static int pastFrameAdjunct(List<Token> t, int k) {
        for (int e = k; e < Math.min(t.size() - 1, k + 6); e++) {
            Token x = t.get(e);
            if (x.isVerbal() && !x.lower().equals("that")) {
                return k;
            }
            if (e > k && (x.text().equals(",") || x.lower().equals("that"))) {
                boolean adjunct = t.get(k).lower().matches("last|this|on|in|at|during|earlier|yesterday|today|"
                        + "recently|previously|once|later");
                return adjunct ? e + 1 : k;
            }
        }
        return k;
    }

    /**
     * {@code The Ministry of Industry and Information Technology said …}, {@code The Department of Health and Human
     * Services said …}: a public body's name joins its parts with "of", "for" and "and", which split it into several
     * runs; the subject is the whole name from its head word, never its last part. Only a name that opens the clause
     * ("the" or a country's possessive aside) and holds an "of" or a "for" before any "and", so that "Researchers at
     * the University of Tokyo and Sony said" is not read as one body; a head of several words must end in a word only
     * a body's name ends in ("the National Bureau of …"), so that "Lia Chen of Brightpeak and Vell" stays a person.
     */
    private Optional<Subject> longOrganisationName(String text, List<Token> t, List<NameRun> runs, NameRun last) {
        NameRun first = last;
        boolean joinedByAnd = false;
        boolean joinedByOf = false;
        while (first.from() >= 2) {
            String joint = t.get(first.from() - 1).lower();
            Optional<NameRun> before = runEndingAt(runs, first.from() - 2);
            if (before.isEmpty() || !BODY_JOINTS.contains(joint) || NameRuns.possessive(t.get(first.from() - 2))) {
                break;
            }
            joinedByAnd |= joint.equals("and") || joint.equals("&");
            joinedByOf = joint.equals("of") || joint.equals("for"); // the joint nearest the head word, in the end
            first = before.get();
        }
        int opening = first.from() > 0 && t.get(first.from() - 1).lower().equals("the") ? first.from() - 1 : first.from();
        if (opening > 0 && NameRuns.possessive(t.get(opening - 1))) {
            // "China's Ministry of …": the country that owns the body opens the clause
            opening = runEndingAt(runs, opening - 1).map(NameRun::from).orElse(opening);
        }
        boolean opensClause = opening == 0 || CLAUSE_MARKS.contains(t.get(opening - 1).text());
        if (!joinedByAnd || !joinedByOf || !opensClause || !isBodyHead(first)) {
            return Optional.empty();
        }
        String name = text.substring(t.get(first.from()).start(), last.span().end());
        return Optional.of(new Subject(resolver.organization(name), opening, null));
    }

    /**
     * {@code "…," said the Ministry of Science and Technology in a statement}: a body named after the verb, with
     * "the", whose name holds an "of" or a "for" after its head word or ends in a word only a body's name ends in.
     */
    private Optional<Subject> bodyAfterTheVerb(String text, List<Token> t, List<NameRun> runs, int v) {
        if (v + 2 >= t.size() || !t.get(v + 1).lower().equals("the")) {
            return Optional.empty();
        }
        Optional<NameRun> head = runs.stream().filter(r -> r.from() == v + 2).findFirst();
        if (head.isEmpty() || NameRuns.possessive(t.get(head.get().to() - 1))) {
            return Optional.empty();
        }
        NameRun last = head.get();
        boolean joinedByOf = false;
        while (last.to() + 1 < t.size() && BODY_JOINTS.contains(t.get(last.to()).lower())) {
            int next = last.to() + 1;
            Optional<NameRun> part = runs.stream().filter(r -> r.from() == next).findFirst();
            if (part.isEmpty() || !joinedByOf && !NAME_JOINS.contains(t.get(last.to()).lower())) {
                break;
            }
            joinedByOf = true;
            last = part.get();
        }
        String name = text.substring(t.get(head.get().from()).start(), last.span().end());
        boolean body = joinedByOf ? isBodyHead(head.get()) : PersonName.of(name).endsInOrganisationWord();
        boolean ends = last.to() >= t.size() || !t.get(last.to()).isWord() || !t.get(last.to()).is("NOUN");
        return body && ends ? Optional.of(new Subject(resolver.organization(name), v, null)) : Optional.empty();
    }

    /** One capitalised word ("Ministry", "University"), or several that end in one only a body's name ends in. */
    private static boolean isBodyHead(NameRun head) {
        return head.to() - head.from() == 1 || BODY_HEADS.contains(
                head.text().substring(head.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> BODY_HEADS = Set.of("ministry", "department", "bureau", "office", "administration",
            "academy", "institute", "university", "college", "school", "commission", "council", "committee", "agency",
            "authority", "bank", "centre", "center", "board", "federation", "association", "society", "foundation");

    private static final Set<String> BODY_JOINTS = Set.of("of", "for", "and", "&");

    /**
     * Whether the commas before the "and" at {@code and} are none, or just the pair setting off an aside right after the
     * subject that ends at {@code after} ("Pellmore, founded in 2021, builds robots and says …", "Pellmore, which Wen
     * Dalin started, builds …"): any other comma may close a clause of its own, whose subject the second verb would
     * share instead. The comma right before the "and" joins the two verbs ("Meridian published a paper describing its
     * tests, and said that …"): it closes no clause of another subject, as none opens between it and the first verb.
     */
    private static boolean onlyAsideCommas(List<Token> t, int after, int and) {
        List<Integer> commas = new java.util.ArrayList<>();
        for (int k = 0; k < and; k++) {
            if (t.get(k).text().equals(",") && k != and - 1) {
                commas.add(k);
            }
        }
        return commas.isEmpty() || commas.size() == 2 && commas.get(0) == after && commas.get(1) > after + 1;
    }

    static Optional<NameRun> runEndingAt(List<NameRun> runs, int index) {
        return runs.stream().filter(r -> r.to() - 1 == index).findFirst();
    }

    /** The attributed words: after the verb when the frame leads, else the sentence without the frame. */
    static Span contentSpan(Sentence sentence, List<Token> t, int frameFrom, int frameTo) {
        Span whole = sentence.span();
        boolean parenthetical = frameFrom > 0 && t.get(frameFrom - 1).text().equals(",") && frameTo + 1 < t.size()
                && t.get(frameTo + 1).text().equals(",") && frameTo + 2 < t.size();
        if (parenthetical) {
            return whole;
        }
        // "Utilities have paused connections, and analysts at Halden put the odds of …": a frame opening a clause after
        // ", and" leads its content as much as one opening the sentence
        boolean opensClause = frameFrom >= 2 && t.get(frameFrom - 1).lower().matches("and|but|while|whereas")
                && t.get(frameFrom - 2).text().equals(",")
                && t.subList(Math.min(t.size(), frameTo + 1), t.size()).stream().filter(Token::isWord).count() >= 6;
        // "Asked for the odds, Lin said 40%, while …": a figure right after the verb is what was said, however late the
        // frame comes in the sentence
        if (frameFrom <= 1 || frameFrom < t.size() / 3 || opensClause || figureSaid(t, frameTo + 1)) {
            int k = pastFrameAdjunct(t, frameTo + 1);
            while (k < t.size() && t.get(k).text().matches("that|,|:|—|–|-|out|to")) {
                k++;
            }
            return k < t.size() ? new Span(t.get(k).start(), whole.end()) : whole;
        }
        return new Span(whole.start(), Math.max(whole.start() + 1, t.get(Math.max(0, frameFrom - 1)).start()));
    }

    /** A number right at {@code k}, a word of approximation allowed before it ("about 40%", "roughly 1 in 5"). */
    private static boolean figureSaid(List<Token> t, int k) {
        int at = k < t.size() && t.get(k).lower().matches("about|around|roughly|maybe|perhaps|only|just") ? k + 1 : k;
        return at < t.size() && t.get(at).text().matches("\\d{1,3}(?:\\.\\d+)?%?");
    }

    /** Words that place a quantity of people inside a body named after them ("everyone at Marlin", "some in Marlin"). */
    private static final java.util.Set<String> PLACE_BEFORE_BODY = java.util.Set.of("at", "of", "from", "in", "inside");
    /** Marks after which a clause opens. */
    private static final java.util.Set<String> CLAUSE_MARKS = java.util.Set.of(",", ";", ":", "—", "–", "-");
    /** Words that join the parts of an organisation's name ("Ministry of …", "Centre for …"). */
    private static final java.util.Set<String> NAME_JOINS = java.util.Set.of("of", "for");
}
