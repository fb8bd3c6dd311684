package io.claimstream.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.Deadline;
import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.speakers.MentionResolver;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.RoleReader;
import io.claimstream.analysis.text.SiftedPattern;

/**
 * Attributes the sentences of speaker turns (direct speech) to the turn's speaker, explicitly,
 * except a statement the speaker relays word for word from someone else
 * ({@code … what Peak (Manus CTO) said—he said: …}), which belongs to that person.
 */
public final class TurnAttribution {

    /**
     * "The President believes that …", "The Council said: …": a capitalised article opens a description of a role or
     * a body, never a name, and taking it for one would make "The" a known part of names for the rest of the text.
     */
    private static final String NOT_AN_ARTICLE = "(?!(?:The|A|An|This|That|These|Those|Our|Their|His|Her|Its|My|Your)\\s)";

    /** A word of a description, not a preposition or verb that would make it a clause ("our friends at Vell"). */
    private static final String DESCRIBING_WORD = "(?!(?:at|with|for|of|in|on|from|to|and|by|is|was|are|were|that)\\b)"
            + "[\\p{Ll}-]+";
    /** What the speaker calls a person they introduce: "co-founder", "chief scientist", "old friend". */
    private static final String DESCRIBED_AS = "(?:" + DESCRIBING_WORD + "[ \\t]+){0,2}" + DESCRIBING_WORD;

    /**
     * How the words were put, between the verb and the quotation that gives them: "says it more bluntly:", "put it
     * this way:", "said in his keynote yesterday, and I quote:". Only a manner set off by a colon, or the speaker's
     * "and I quote", makes what follows the words themselves, where "said we should try “vibe coding”" quotes a
     * phrase inside the speaker's own report.
     */
    private static final String HOW_QUOTED = "(?:[ \\t]+(?:it|this)\\b[^,:;“\"]{0,30}[ \\t]*:"
            + "|[^,:;“\"]{0,50}?,?[ \\t]*\\b(?i:and[ \\t]+)?I[ \\t]+quote(?:[ \\t]+(?:him|her|them))?)?";

    private static final SiftedPattern RELAY = SiftedPattern.compile("(" + NOT_AN_ARTICLE + "\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2})"
            + "\\s*(?:\\(([^)]{1,60})\\))?,?\\s+(?:said|says|put it|wrote|told (?:me|us))"
            // "what the adviser, Ana Ruiz, said herself: …": the speaker points to the words, which are hers
            + "(?:\\s+(?:himself|herself|themselves))?"
            + "\\s*(?:[—–-]+\\s*(?:he|she|they)\\s+(?:said|says|put it))?\\s*[:“\"]");

    /**
     * {@code Our founder, Idris Calloway, has always argued that …}: a named person, an appositive
     * around the name allowed, with a verb of saying or believing, or a habit of saying, and {@code that}.
     */
    private static final Pattern RELAYED_VIEW = Pattern.compile("(?:^|,\\s+)(" + NOT_AN_ARTICLE
            + "\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){1,2})"
            + "(?:\\s*,\\s*[^,]{1,60}?){0,2}\\s*,?\\s+(?:has\\s+|had\\s+)?(?:always\\s+|long\\s+|also\\s+|repeatedly\\s+|once\\s+)?"
            + "(?:argued|argues|said|says|believes|maintains|insists|claimed|claims|predicted|warned|thinks"
            // "Mei Zhan, our CEO, likes to say that …": a saying the person is known by, passed on without quotation marks
            + "|(?:likes|liked|loves|loved) to say|is fond of saying"
            // "My old boss, Ana Ruiz, everyone called her Annie, had a rule that …": a maxim the person kept is their view
            + "|(?:has|had) (?:a|one|this|that|the) (?:rule|saying|motto|maxim|mantra|principle))\\s+that\\s");

    /**
     * {@code BRANDT SAYS HIS COMPANY WILL …}, {@code Veltrix said the contract …}: a reporter's turn opening with
     * a name and a saying verb, in whatever case the transcript writes it (captions write everything in capitals).
     */
    /** {@code The county says …}, {@code The agency said …}: a public body by the noun its name ends in. */
    private static final Pattern BODY_REPORTED = Pattern.compile("^((?i:the)[ \\t]+(?i:(county|council|commission"
            + "|agency|authority|department|committee|board)))[ \\t]+(?i:says|said)[ \\t]+\\p{L}");

    /**
     * "He writes: “…”", "She says: “…”": a host reading a listener's letter or a guest passing on a colleague's line
     * gives the words in the marks to the person the pronoun stands for.
     */
    private static final Pattern PRONOUN_QUOTED = Pattern.compile("^(?i)(he|she)[ \\t]+(?:says|writes|said|wrote|adds|added)"
            + "[ \\t]*:[ \\t]*[\"“]");

    /**
     * "I asked Paulo Reis about it. His answer was: “…”", "Her advice at the time was, and I quote her, “…”": what the
     * person the pronoun stands for said, by its noun, given word for word.
     */
    private static final Pattern POSSESSIVE_QUOTED = Pattern.compile("^(?:(?:And|But|So)[ \\t]+)?(?i)(his|her)[ \\t]+"
            + "(\\p{Ll}+)\\b[^“\"]{0,40}?\\b(?:was|is)\\b" + HOW_QUOTED + "[ \\t]*[,:]?[ \\t]*[“\"]");

    /**
     * "As he put it at our last board meeting, “…”", "As Lena likes to say: “…”": a remark given in quotation marks
     * under "as … put it" is the other's, word for word, where "As Lena said, inference is getting cheaper" without
     * the marks is the speaker agreeing and saying it themselves.
     */
    private static final Pattern AS_QUOTED = Pattern.compile("^(?:(?:And|But|So|Or)[ \\t]+)?(?i:as)[ \\t]+"
            // "As my director, Fan Yu, put it, “…”": the speaker says first how the person stands to them
            + "(?:(?i:my|our)[ \\t]+(" + DESCRIBED_AS + ")[ \\t]*,?[ \\t]+)?((?i:he|she)"
            + "|\\p{Lu}[\\p{L}-]+(?:[ \\t]+\\p{Lu}[\\p{L}-]+){0,2}),?[ \\t]+(?:once[ \\t]+|always[ \\t]+|often[ \\t]+)?"
            + "(?:put it|puts it|said|says|wrote|writes|likes to say|liked to say|told [\\p{L} ]{1,30}?)"
            + "[^,:“\"]{0,60}[,:]?[ \\t]*[“\"]");

    /**
     * "Our colleague Yusuf Adler, who runs the data team, likes to say that “…”": a person the speaker names, with
     * an aside set off by commas, passing on a saying in quotation marks; the marks make the words the named
     * person's, whatever first person the frame around them has.
     */
    private static final SiftedPattern QUOTED_RELAY = SiftedPattern.compile("(?:^|\\s)(" + NOT_AN_ARTICLE
            + "\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){1,2})(?:\\s*,\\s*[^,“\"]{1,80}?,|\\s*,)?\\s+"
            + "(?:has\\s+)?(?:always\\s+|often\\s+|once\\s+)?(?:likes to say|liked to say|loves to say|is fond of saying"
            + "|says|said|put it|wrote|writes)(?:\\s+that)?" + HOW_QUOTED + "[ \\t]*[,:]?[ \\t]*[“\"]");

    private static final Pattern REPORTED = Pattern.compile("^(\\p{Lu}[\\p{L}’'-]+(?:[ \\t]+\\p{Lu}[\\p{L}’'-]+){0,2})"
            + "[ \\t]+(?i:says|said)[ \\t]+\\p{L}");

    /**
     * A verb that reports what somebody said or wrote on an occasion, in the past ({@code said last week},
     * {@code told investors}, {@code wrote this month}), not under a modal ({@code would say}), or a figure a body
     * has put out and stands by ({@code The Chip Council estimates that …}).
     */
    private static final Pattern ON_RECORD = Pattern.compile("(?<!would |could |might |may |will )\\b(?:said|told|wrote|estimates"
            + "|argued|claimed|predicted|warned|insisted|suggested|estimated|forecast|noted|stated|announced|reported"
            + "|projected|testified|added)\\b"
            // "likes to say that …", "says it more bluntly: “…”", "put it this way:": a saying the person is known by, or
            // the words they chose, which the speaker passes on
            + "|\\b(?:likes|liked|loves|loved) to say\\b|\\bis fond of saying\\b|\\b(?:says|put|puts) it\\b");

    /** "His answer was: “…”", "Shi's argument at the time was that …": what the person said, by its noun. */
    private static final Pattern SAID_AS_NOUN = Pattern.compile("(?:[’']s|\\b(?i:his|her|their))[ \\t]+(\\p{Ll}+)\\b");

    /**
     * "As Lena said, …", "Like Okafor told you, …": another's words taken up as the speaker's own, also after a short
     * opening phrase set off by a comma ("That said, as Lena said, …", "Even so, like Okafor told you, …").
     */
    private static final Pattern AGREEING = Pattern.compile("(?i)\\s*(?:\\p{L}+(?:[ \\t]+\\p{L}+){0,2}[ \\t]*,[ \\t]*)?"
            + "(?:and |but |so )?(?:as|like|just as)\\b");

    /** The same agreement closing what it takes up: "Inference is getting cheaper, as Lena said". */
    private static final Pattern AGREEING_AFTER = Pattern.compile("(?i)[\\s,;—–-]*(?:as|like|just as)\\b");

    /**
     * "As Dr. Osei just claimed, …", "As she alleges, …": a verb that keeps the speaker's distance from the words
     * reports them to dispute them, so they stay the other's view, where "as she said" takes them up.
     */
    private static final Pattern DISTANCING = Pattern.compile("(?i)\\b(?:claimed|claims|alleged|alleges|asserted|asserts"
            + "|insisted|insists|would have (?:you|us|them) believe)\\b");

    /**
     * The present tense in which a voice with no words of its own, an interpreter, passes on what the speaker is saying
     * ("The minister says that …", "He adds that …", "She explains …").
     */
    private static final Pattern RELAYED_NOW = Pattern.compile("(?<!would |could |might |may |will )\\b(?:says|adds|explains"
            + "|stresses|notes|insists|argues|emphasi[sz]es|continues|repeats|points out)\\b");

    /** The interpreter speaking of their own rendering: "Sorry, the interpreter would like to correct: …". */
    private static final Pattern OWN_NOTE = Pattern.compile("(?i)\\b(?:interpreter|interpretation|translator|translation"
            + "|correct|correction|corrects|sorry|apologi[sz]e)\\b");

    /** A pronoun as the subject of the frame's verb: "he said", "She added that". */
    private static final Pattern THIRD_PERSON_SUBJECT = Pattern.compile("(?i)\\b(he|she)[ \\t]+(?:\\p{L}+ly[ \\t]+)?"
            + "(?:said|says|added|adds|told|wrote|argued|noted|insisted|warned)\\b");

    /** The speaker as the one told ("told us", "tells me"), which leaves the words the teller's. */
    private static final SiftedPattern TOLD_THE_SPEAKER = SiftedPattern.compile("(?i)\\b(?:told|tells|tell|telling)\\s+(?:me|us)\\b");

    /**
     * "and I quote", "and I quote him": the speaker vouching that the words coming are somebody else's, verbatim; the
     * "I" of the formula is no view of the speaker's.
     */
    private static final SiftedPattern QUOTING_FORMULA = SiftedPattern.compile("(?i),?[ \\t]*\\b(?:and[ \\t]+)?i[ \\t]+quote"
            + "(?:[ \\t]+(?:him|her|them))?\\b");

    /**
     * "My co-founder Shi Lan", "our director, Fan Yu,": the speaker introducing a person they work with by how they
     * stand to them; the "my" is the introduction's, and the person named is the one who speaks in the frame.
     */
    private static final SiftedPattern INTRODUCED_BY_SPEAKER = SiftedPattern.compile("\\b(?i:my|our)[ \\t]+(" + DESCRIBED_AS
            + ")[ \\t]*,?[ \\t]+(?=" + NOT_AN_ARTICLE
            + "\\p{Lu}[\\p{L}-]+(?:[ \\t]+\\p{Lu}[\\p{L}-]+){0,2}\\b)");

    /** The speaker's own voice in a sentence: what it says is their view, whoever else it mentions. */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:i|i['’]m|i['’]d|me|my|we|we['’]re|our|us)\\b");

    private final MentionResolver resolver;
    private final RoleReader roles;
    private final FrameFinder frames;
    private final PastedQuotations pasted;

    public TurnAttribution(MentionResolver resolver, RoleReader roles) {
        this.resolver = resolver;
        this.roles = roles;
        this.frames = new FrameFinder(resolver, roles);
        this.pasted = new PastedQuotations(resolver);
    }

    public List<Candidate> attribute(String text, List<Sentence> sentences, Map<Integer, Person> turnSpeakers) {
        return attribute(text, sentences, turnSpeakers, Deadline.NONE);
    }

    public List<Candidate> attribute(String text, List<Sentence> sentences, Map<Integer, Person> turnSpeakers,
                                     Deadline deadline) {
        return attribute(text, sentences, turnSpeakers, java.util.Set.of(), deadline);
    }

    /**
     * @param unnamedTurns turns whose label names nobody ({@code Unidentified Analyst:}): their sentences
     *                     are candidates with no speaker, not lost and not given to a "person" of that label
     */
    public List<Candidate> attribute(String text, List<Sentence> sentences, Map<Integer, Person> turnSpeakers,
                                     java.util.Set<Integer> unnamedTurns, Deadline deadline) {
        return attribute(text, sentences, turnSpeakers, unnamedTurns, java.util.Set.of(), deadline);
    }

    /**
     * @param unnamedAskers turns of a questioner nobody names ({@code Q}, as a briefing's transcript writes each
     *                      reporter): nothing they say is theirs to claim, but a view they put to the one who answers
     *                      ("Senator Quintero said yesterday that the rule …") is still the claim of whoever they report
     */
    public List<Candidate> attribute(String text, List<Sentence> sentences, Map<Integer, Person> turnSpeakers,
                                     java.util.Set<Integer> unnamedTurns, java.util.Set<Integer> unnamedAskers,
                                     Deadline deadline) {
        return attribute(text, sentences, turnSpeakers, unnamedTurns, unnamedAskers, java.util.Set.of(), deadline);
    }

    /**
     * @param interpreters turns of an interpreter ({@code INTERPRETER:}): like an unnamed asker's, nothing of their own,
     *                     but the speaker's words relayed in the present ("The minister says that …", "He adds that …")
     *                     are the claims of whom the relay names
     */
    public List<Candidate> attribute(String text, List<Sentence> sentences, Map<Integer, Person> turnSpeakers,
                                     java.util.Set<Integer> unnamedTurns, java.util.Set<Integer> unnamedAskers,
                                     java.util.Set<Integer> interpreters, Deadline deadline) {
        List<Candidate> candidates = new ArrayList<>();
        Sentence previous = null;
        Person quoted = null; // whose words in quotation marks a sentence passed on, and where the marks close
        int quotedUntil = -1;
        Person lastNamed = null; // whom a turn's own sentences named last ("Zhou declined to give a year."), and in which
        int lastNamedTurn = -1;
        Candidate introduction = null; // a sentence closing its paragraph on a colon, which names whose words follow
        Candidate introductionBefore = null; // the sentence before it, where that one names them instead
        Person introducerOfQuote = null;
        io.claimstream.analysis.sentences.Block quotedBlock = null; // the paragraph quoting them, right below it
        for (Sentence s : sentences) {
            deadline.check("attributing sentences of speaker turns");
            Sentence before = previous;
            previous = s;
            Person speaker = turnSpeakers.get(s.block().turn());
            if (speaker == null && unnamedTurns.contains(s.block().turn()) && s.block().kind().canHoldClaims()) {
                candidates.add(new Candidate(s, s.span(), s.span(), null, true));
                continue;
            }
            boolean interpreting = interpreters.contains(s.block().turn());
            if (speaker == null && (interpreting || unnamedAskers.contains(s.block().turn()))
                    && s.block().kind().canHoldClaims()) {
                Frame reported = reportedFrame(text, s, null, interpreting, false);
                if (reported != null) {
                    candidates.add(new Candidate(s, s.span(), reported.content(), reported.speaker(), true));
                }
                continue;
            }
            if (speaker == null || !s.block().kind().canHoldClaims()) {
                continue;
            }
            boolean sameTurn = before != null && before.block().turn() == s.block().turn();
            if (introduction != null && s.block().index() != introduction.sentence().block().index()) {
                if (sameTurn && before.block().index() == introduction.sentence().block().index()
                        && PastedQuotations.isWhollyQuoted(text, s.block())) {
                    // "this is from Ana Ruiz on the stream:" over the quoted paragraph: her words, the poster's only
                    // the pointer to them, which says nothing
                    quotedBlock = s.block();
                    candidates.remove(introduction);
                    candidates.remove(introductionBefore);
                }
                introduction = null;
            }
            if (quotedBlock != null && quotedBlock.index() == s.block().index()) {
                candidates.add(new Candidate(s, s.span(), s.span(), introducerOfQuote, true));
                continue;
            }
            quotedBlock = null;
            if (sameTurn && !before.tokens().isEmpty()) {
                // "Reached by telephone, M. Leroux stood by it. “…,” he said.": a pronoun stands for whom the sentence
                // before names, nearer than the speaker, who never calls themselves "he"
                resolver.readNamesBefore(text, before.tokens(), before.tokens().size() - 1);
            }
            Person relayed = relayedFrom(text, s, speaker, sameTurn ? before : null);
            Person readOut = sameTurn && relayed == null ? readOutFrom(text, before, s, speaker) : null;
            if (readOut != null) {
                // "This is Professor Gu, not me:" over a paragraph that is one quotation: the speaker reads out the
                // words of the person the line names, to the closing mark
                relayed = readOut;
                quoted = readOut;
                quotedUntil = quotationOpenedAt(text, s);
            } else if (relayed == null && quoted != null && sameTurn && s.span().start() < quotedUntil) {
                // "She writes: “My firm pilots robots. Our vendor says …”": the letter goes on past its first sentence
                relayed = quoted;
            } else if (relayed != null) {
                quoted = relayed;
                quotedUntil = quotationRunningOn(text, s);
            } else {
                quoted = null;
            }
            // "She also told investors that …": a pronoun reports whoever spoke last before this sentence, so the
            // turn's speaker counts as mentioned only after it is read
            boolean narrated = lastNamedTurn == s.block().turn() && lastNamed == speaker;
            Frame reported = relayed == null ? reportedFrame(text, s, speaker, false, narrated) : null;
            introducedBy(text, s, speaker, relayed != null ? relayed : reported != null ? reported.speaker() : null);
            Person named = lastPersonNamed(text, s);
            if (named != null) {
                lastNamed = named;
                lastNamedTurn = s.block().turn();
            }
            resolver.registry().mentioned(speaker);
            if (reported != null) {
                candidates.add(new Candidate(s, s.span(), reported.content(), reported.speaker(), true));
                quotedFromEarlier(text, s, speaker, reported.speaker(), candidates);
                continue;
            }
            candidates.add(new Candidate(s, s.span(), s.span(), relayed != null ? relayed : speaker, true));
            if (relayed == null && PastedQuotations.introduces(text, s)) {
                introducerOfQuote = pasted.introducer(text, s, sameTurn ? before : null, speaker);
                introduction = introducerOfQuote == null ? null : candidates.get(candidates.size() - 1);
                Sentence naming = sameTurn ? before : null;
                introductionBefore = introduction != null
                        && pasted.introducedBefore(text, s, naming, speaker, introducerOfQuote)
                        ? candidates.stream().filter(c -> c.sentence() == naming).findFirst().orElse(null) : null;
            }
        }
        return candidates;
    }

    /**
     * "“Training costs a billion. Nobody pays that twice,” he said.": a quotation over several sentences whose frame
     * closes its last one gives every sentence inside the marks to whom the frame names, not only the last; the
     * turn's speaker had them only for want of a frame.
     */
    private static void quotedFromEarlier(String text, Sentence s, Person speaker, Person reported,
                                          List<Candidate> candidates) {
        for (io.claimstream.contracts.Span q : Quotes.in(text, s.block().span())) {
            if (q.start() < s.span().start() && q.end() > s.span().start() && q.end() <= s.span().end()) {
                for (int i = candidates.size() - 2; i >= 0; i--) {
                    Candidate c = candidates.get(i);
                    if (c.sentence().block() != s.block() || c.span().start() < q.start()) {
                        break;
                    }
                    if (c.speaker() == speaker) {
                        candidates.set(i, c.withSpeaker(reported, true));
                    }
                }
                return;
            }
        }
    }

    /**
     * Where a quotation opened in the sentence closes, when it runs past the sentence's end; -1 otherwise. A quotation
     * left open runs to the end of the turn's block, as a letter read out in full may.
     */
    private static int quotationRunningOn(String text, Sentence s) {
        for (io.claimstream.contracts.Span q : Quotes.in(text, s.block().span())) {
            if (q.start() >= s.span().start() && q.start() < s.span().end() && q.end() > s.span().end()) {
                return q.end();
            }
        }
        return -1;
    }

    /**
     * {@code NAME [(role)] said[—he said]: …} or {@code NAME has argued that …} with NAME another
     * person than the speaker, whose view the speaker relays.
     */
    private Person relayedFrom(String text, Sentence s, Person speaker, Sentence previous) {
        Matcher m = RELAY.finder(s.text(text));
        while (m.find()) {
            Person p = resolver.name(m.group(1), false);
            if (p != null && p != speaker && (p.isPerson() || m.group(2) != null)) {
                p.becomePerson();
                roles.apply(p, m.group(2));
                return p;
            }
        }
        Matcher quotedRelay = QUOTED_RELAY.finder(s.text(text));
        if (quotedRelay.find() && roles.kindOf(quotedRelay.group(1)) == null) {
            Person p = resolver.name(quotedRelay.group(1), false);
            if (p != null && p != speaker) {
                p.becomePerson();
                return p;
            }
        }
        Person reported = reportedBy(text, s, speaker, previous);
        if (reported != null) {
            return reported;
        }
        Matcher view = RELAYED_VIEW.matcher(s.text(text));
        if (view.find() && roles.kindOf(view.group(1)) == null) {
            Person p = resolver.name(view.group(1), false);
            if (p != null && p != speaker && p.isPerson()) {
                return p;
            }
        }
        return null;
    }

    /**
     * The frame of a sentence of reported speech in a turn, whose speaker the view is given to: a host puts an absent party's words to a
     * guest ("Your rival Dana Okafor said last week that the industry will need …", "Analysts at Harlow Brothers
     * wrote that …", "She also told investors that nobody will switch"), and what is reported is that party's
     * claim, not the host's. A sentence in the speaker's own first person ("Our utility told us the wait is five
     * years", "Okafor says so, but I doubt it") stays the speaker's: it tells what they heard or think.
     */
    /**
     * @param interpreting whether the sentence is an interpreter's, who relays the speaker in the present tense
     * @param speakerNarrated whether the turn's own sentences last named the turn's speaker, as a writer does who
     *     reports the labelled person's answer in the third person
     */
    private Frame reportedFrame(String text, Sentence s, Person speaker, boolean interpreting, boolean speakerNarrated) {
        // "Ray Dutton, who told us the county had …": the speaker only heard it, the words are Dutton's; "Our utility
        // told us …" stays the speaker's by its "our"
        if (FIRST_PERSON.matcher(framingVoice(text, s)).find()) {
            return null;
        }
        java.util.Optional<Frame> frame = frames.find(text, s);
        if (frame.isEmpty() || frame.get().topicOnly() || frame.get().unnamedSource()) {
            return null;
        }
        Person reported = frame.get().speaker();
        int contentStart = Math.max(s.span().start(), Math.min(s.span().end(), frame.get().content().start()));
        int contentEnd = Math.max(contentStart, Math.min(s.span().end(), frame.get().content().end()));
        String frameText = text.substring(s.span().start(), contentStart);
        // "“…,” he said.": the frame closes the sentence, after what it reports
        String closingFrame = text.substring(contentEnd, s.span().end());
        if (interpreting && OWN_NOTE.matcher(leadIn(text, s) + beforeSaying(s.text(text))).find()) {
            return null; // "Sorry, the interpreter would like to correct: Dr. Lu said …": the interpreter's own note
        }
        // an interpreter relays in the present what the speaker is saying: "The president says that …", "He adds that …"
        boolean relayedNow = interpreting && RELAYED_NOW.matcher(frameText).find();
        if (!relayedNow && !ON_RECORD.matcher(frameText).find() && !ON_RECORD.matcher(closingFrame).find() && !saidAsNoun(frameText)
                || AGREEING.matcher(frameText).lookingAt() && !DISTANCING.matcher(frameText).find()
                || AGREEING_AFTER.matcher(closingFrame).lookingAt() && !DISTANCING.matcher(closingFrame).find()) {
            // "Contamination explains part of it", "Nvidia would say …": no report of what was said; "As Lena said,
            // inference is getting cheaper", "Inference is getting cheaper, as Lena said": the speaker agrees and says
            // it themselves
            return null;
        }
        boolean saysSomething = frame.get().content().length() > 0
                && ClaimFilter.within(s.tokens(), frame.get().content()).stream().anyMatch(t -> t.isWord());
        if (speakerNarrated && reported != null
                && THIRD_PERSON_SUBJECT.matcher(frameText + " " + closingFrame).find()) {
            // "**Zhou:** Zhou declined to give a year. “…,” he said.": where the writer reports the labelled person's
            // answer and has just named them, "he" is that person, whoever else the pronoun could reach back to
            return null;
        }
        if (reported == speaker && speaker != null && saysSomething) {
            // "He added that …" in a turn: the speaker never calls themselves "he", so the pronoun stands for the
            // latest person named who is no party to the conversation
            Matcher pronoun = THIRD_PERSON_SUBJECT.matcher(frameText + " " + closingFrame);
            if (pronoun.find()) {
                io.claimstream.analysis.speakers.Gender g = io.claimstream.analysis.speakers.Pronouns.thirdPerson(
                        pronoun.group(1));
                Person absent = resolver.registry().mostRecent(p -> p != speaker && p.isPerson() && !p.isTurnSpeaker()
                        && p.compatibleWith(g));
                return absent == null ? null : new Frame(absent, false, frame.get().content(), frame.get().subjectRole());
            }
        }
        return reported == null || reported == speaker || !saysSomething ? null : frame.get();
    }

    /** The words of a sentence before its first verb of saying: who says it, and how they come to. */
    private static String beforeSaying(String sentence) {
        Matcher now = RELAYED_NOW.matcher(sentence);
        Matcher then = ON_RECORD.matcher(sentence);
        int at = Math.min(now.find() ? now.start() : sentence.length(), then.find() ? then.start() : sentence.length());
        return sentence.substring(0, at);
    }

    /**
     * "Sorry, the interpreter would like to correct:", read as a sentence of its own: the words before a colon that
     * ends the sentence before this one in the block, which introduce it; else nothing.
     */
    private static String leadIn(String text, Sentence s) {
        int blockStart = s.block().span().start();
        String before = text.substring(Math.max(blockStart, s.span().start() - 200), s.span().start()).stripTrailing();
        if (!before.endsWith(":")) {
            return "";
        }
        int end = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("? "), before.lastIndexOf("! ")));
        return before.substring(end + 1) + " ";
    }

    /** The person the sentence names last, or null: whom a "he" in the next sentence of the turn most likely means. */
    /**
     * Whose words a speaker reads out in the paragraph that opens with {@code s}: the sentence before it, the last of
     * the paragraph above in the same turn, ends in a colon and names a person other than the speaker ("He sent me a
     * note. This is Professor Gu, not me:"), and this paragraph opens with a quotation mark. Null otherwise.
     */
    private Person readOutFrom(String text, Sentence before, Sentence s, Person speaker) {
        if (before.block() == s.block() || !before.text(text).strip().endsWith(":") || s.span().start() != s.block().span().start()
                || !QUOTE_OPENING.matcher(s.text(text)).lookingAt()) {
            return null;
        }
        Person named = null;
        for (io.claimstream.analysis.speakers.NameRun run : io.claimstream.analysis.speakers.NameRuns.find(text,
                before.tokens(), resolver.registry().knownNameParts())) {
            Person known = resolver.registry().lookupWithoutRegistering(run.text());
            Person p = known != null ? known : run.titled() || run.to() - run.from() >= 2
                    ? resolver.name(run.text(), run.titled()) : null;
            if (p != null && p != speaker && p.isPerson()) {
                named = p;
            }
        }
        return named;
    }

    private static final Pattern QUOTE_OPENING = Pattern.compile("[ \\t]*[\"“]");

    /** Where the quotation that opens the sentence's paragraph closes, or the paragraph's end without a closing mark. */
    private static int quotationOpenedAt(String text, Sentence s) {
        for (io.claimstream.contracts.Span q : Quotes.in(text, s.block().span())) {
            if (q.start() <= s.span().start() + 1 && q.end() > s.span().start()) {
                return q.end();
            }
        }
        return s.block().span().end();
    }

    private Person lastPersonNamed(String text, Sentence s) {
        Person last = null;
        for (io.claimstream.analysis.speakers.NameRun run : io.claimstream.analysis.speakers.NameRuns.find(text, s.tokens(),
                resolver.registry().knownNameParts())) {
            Person p = resolver.registry().lookupWithoutRegistering(run.text());
            if (p != null && p.isPerson()) {
                last = p;
            }
        }
        return last;
    }

    private static boolean saidAsNoun(String frameText) {
        Matcher m = SAID_AS_NOUN.matcher(frameText);
        while (m.find()) {
            if (ViewPhrases.isViewNoun(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** How a speaker may introduce somebody who is no colleague: the position is theirs, but not at the speaker's. */
    private static final java.util.Set<String> OUTSIDE_POSITIONS = java.util.Set.of("investor", "investors", "adviser",
            "advisor", "analyst", "lawyer", "attorney", "professor");

    /**
     * "My co-founder Shi Lan likes to say …", "As our director, Fan Yu, put it, …": the person whose words the sentence
     * passes on holds the position the speaker gives them, and a colleague's position ("co-founder", "head of
     * research", not "friend" or "investor") is at the speaker's own organisation.
     */
    private static void introducedBy(String text, Sentence s, Person speaker, Person quoted) {
        if (quoted == null || quoted == speaker || !quoted.isPerson()) {
            return;
        }
        String sentence = s.text(text);
        Matcher m = INTRODUCED_BY_SPEAKER.finder(sentence);
        while (m.find()) {
            Matcher name = NAME_AFTER.matcher(sentence).region(m.end(), sentence.length());
            if (!name.lookingAt() || !quoted.answersTo(io.claimstream.analysis.speakers.PersonName.of(name.group()))) {
                continue;
            }
            String position = m.group(1);
            if (!RoleReader.looksLikeRole(position)) {
                return;
            }
            quoted.offerRole(position);
            String last = position.substring(position.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
            if (!OUTSIDE_POSITIONS.contains(last)) {
                speaker.affiliations().forEach(quoted::addAffiliation);
            }
            return;
        }
    }

    private static final Pattern NAME_AFTER = Pattern.compile("\\p{Lu}[\\p{L}-]+(?:[ \\t]+\\p{Lu}[\\p{L}-]+){0,2}");

    /**
     * The words of a sentence the speaker frames a report with, in their own voice: neither the words quoted (whose
     * "I" and "we" are the quoted person's), nor "told me" (the speaker only heard it), nor "and I quote" or "my
     * co-founder" before a name (the speaker pointing to whose words they are).
     */
    private static String framingVoice(String text, Sentence s) {
        StringBuilder outside = new StringBuilder();
        int at = s.span().start();
        for (io.claimstream.contracts.Span q : Quotes.in(text, s.block().span())) {
            if (q.end() <= at || q.start() >= s.span().end()) {
                continue;
            }
            outside.append(text, at, Math.max(at, q.start())).append(' ');
            at = Math.max(at, q.end());
        }
        if (at < s.span().end()) {
            outside.append(text, at, s.span().end());
        }
        String voice = TOLD_THE_SPEAKER.replaceAll(outside.toString(), "");
        voice = QUOTING_FORMULA.replaceAll(voice, "");
        return INTRODUCED_BY_SPEAKER.replaceAll(voice, "");
    }

    /**
     * Who a reporter's sentence opening "NAME says …" gives the floor to: someone the text already knows, or an
     * organisation it has named as one ("the chipmaker Veltrix"). A sentence in the speaker's own first person
     * ("Altman says so, but I disagree") stays theirs, and a name the text has not met ("Utilities say …")
     * is nobody to relay.
     */
    private Person namedJustBefore(String text, Sentence previous, Person speaker,
                                   io.claimstream.analysis.speakers.Gender gender) {
        if (previous == null || gender == null) {
            return null;
        }
        Person found = null;
        List<io.claimstream.analysis.text.Token> tokens = previous.tokens();
        for (io.claimstream.analysis.speakers.NameRun run : resolver.names(text, tokens)) {
            Person p = run.to() - run.from() > 1 ? resolver.name(run.text(), false)
                    : firstNameOnly(run, tokens) ? listener(run.text()) : null;
            if (p != null && p != speaker && p.isPerson() && p.compatibleWith(gender)) {
                found = p;
            }
        }
        return found;
    }

    /** Prepositions before a place: "from Tomasz in Kraków" names a writer, then where they write from. */
    private static final java.util.Set<String> BEFORE_PLACES = java.util.Set.of("in", "at", "near", "outside", "around",
            "of", "to", "into", "across", "by");

    /**
     * "This one is from Joanna in Porto. She writes: “…”": a listener or reader is named once and by the first name
     * only, a word that elsewhere would read as a company's; the pronoun that passes on their words says it is a
     * person's. A word after a preposition of place is where they write from, and a name the text knows as a
     * company's stays one.
     */
    private static boolean firstNameOnly(io.claimstream.analysis.speakers.NameRun run,
                                         List<io.claimstream.analysis.text.Token> tokens) {
        return run.from() > 0 && !run.titled() && run.to() - run.from() == 1
                && !BEFORE_PLACES.contains(tokens.get(run.from() - 1).lower());
    }

    private Person listener(String firstName) {
        Person known = resolver.registry().lookup(firstName);
        if (known != null) {
            return known.isPerson() ? known : null;
        }
        Person p = resolver.name(firstName, false);
        if (p != null) {
            p.becomePerson();
        }
        return p;
    }

    private Person reportedBy(String text, Sentence s, Person speaker, Sentence previous) {
        String said = s.text(text).strip();
        Matcher relayedQuote = PRONOUN_QUOTED.matcher(said);
        if (relayedQuote.find()) {
            // "My co-founder, Felix Brandt, could not come. He says: “…”": the words in the marks are those of the
            // last person of the pronoun's gender the sentence before names, first person and all
            return namedJustBefore(text, previous, speaker,
                    io.claimstream.analysis.speakers.Pronouns.thirdPerson(relayedQuote.group(1)));
        }
        Matcher possessiveQuoted = POSSESSIVE_QUOTED.matcher(said);
        if (possessiveQuoted.find() && ViewPhrases.isViewNoun(possessiveQuoted.group(2).toLowerCase(java.util.Locale.ROOT))) {
            Person p = namedJustBefore(text, previous, speaker,
                    io.claimstream.analysis.speakers.Pronouns.thirdPerson(possessiveQuoted.group(1)));
            if (p != null) {
                return p;
            }
        }
        Matcher asQuoted = AS_QUOTED.matcher(said);
        if (asQuoted.find()) {
            String who = asQuoted.group(2);
            io.claimstream.analysis.speakers.Gender gender = io.claimstream.analysis.speakers.Pronouns.thirdPerson(who);
            Person p = gender != null ? namedJustBefore(text, previous, speaker, gender) : resolver.known(who);
            if (p == null && gender == null && asQuoted.group(1) != null && roles.kindOf(who) == null) {
                // "As my director, Fan Yu, put it": whom the speaker introduces by how they stand to them is a person
                p = resolver.name(who, false);
                if (p != null) {
                    p.becomePerson();
                }
            }
            if (p != null && p != speaker && p.isPerson()) {
                return p;
            }
        }
        Matcher body = BODY_REPORTED.matcher(said);
        if (body.find() && !FIRST_PERSON.matcher(said).find()) {
            // "The county says …" after "Harlan County approved …": the body the text named by that noun
            String description = body.group(1);
            Person p = resolver.description(description);
            if (p == null) {
                p = resolver.bodyNamedBefore(text, s.span().start(), body.group(2).toLowerCase(java.util.Locale.ROOT),
                        description);
            }
            return p == null || p == speaker ? null : p;
        }
        Matcher m = REPORTED.matcher(said);
        if (!m.find() || FIRST_PERSON.matcher(said).find()) {
            return null;
        }
        String name = m.group(1);
        Person p = resolver.known(name);
        if (p == null && namedAsOrganisation(text, name)) {
            p = resolver.organization(io.claimstream.analysis.speakers.PersonName.of(name).display());
        }
        return p == null || p == speaker ? null : p;
    }

    /** "the chipmaker Veltrix", "THE STARTUP KOBALT": the text calls the name an organisation. */
    private static boolean namedAsOrganisation(String text, String name) {
        Matcher m = Pattern.compile("(?i)\\b([\\p{L}-]+)[ \\t]+" + Pattern.quote(name) + "\\b").matcher(text);
        while (m.find()) {
            if (SubjectDescriptions.isOrganisationNoun(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
