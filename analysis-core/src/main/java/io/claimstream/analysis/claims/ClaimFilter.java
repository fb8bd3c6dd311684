package io.claimstream.analysis.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.Deadline;
import io.claimstream.analysis.sentences.BlockKind;
import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.RoleLabels;
import io.claimstream.analysis.speakers.SelfIntroductions;
import io.claimstream.analysis.text.Nlp;
import io.claimstream.analysis.text.Token;
import io.claimstream.contracts.Span;

/**
 * Keeps the candidates that assert something: drops questions (keeping the asserted part of a
 * rhetorical one), greetings, thanks, hand-offs and the like ({@link NonClaims}), and in a
 * paragraph that opens with a greeting, the small talk that follows unless it marks a view.
 */
public final class ClaimFilter {

    private static final Pattern NOTICE_HEAD = Pattern.compile(
            "[*_]*(?<word>\\p{L}[\\p{L}'’]*(?: \\p{L}[\\p{L}'’]*)?)[*_]*\\s*(?:[—–]|--?|:)[*_]*\\s+");

    private static final Pattern USERNAME_LABEL = Pattern.compile(
            "\\s*(?:>\\s*)*[*_]{0,2}(?:u|user)/[\\w-]{2,40}[*_]{0,2}\\s*[:：]");

    private static final Pattern ADDRESSEE = Pattern.compile(
            "^(?:[^.?!;:\"“]{0,40}?[\\s,])?(You|Your|you|your)\\b(?!.*\\b(should|must|need|needs|have to|has to|can|can['’]t|cannot|could|will|won['’]t"
            + "|would|might|may)\\b).*");

    /**
     * "So I think …", "We believe …", "In my view, …": a sentence that opens on the speaker's own view states their
     * position (an "I think" trailing a remark only qualifies it).
     */
    private static final Pattern OWN_VIEW = Pattern.compile("(?i)^\\s*((so|and|but|well|still|honestly|frankly),? )?"
            + "((i|we) (really |still |just |also )?(think|believe|feel|reckon|suspect|doubt)|in (my|our) (view|opinion)"
            // "What keeps me awake is memory.", "My surprise is that …": the answer the round asked for, given as theirs
            + "|(my|our) (biggest |main |one |big |real )?(surprise|worry|fear|concern|hope|bet)( this year)? (is|was|has been)"
            + "|what (keeps|kept|has kept|has been keeping|surprised|has surprised|worries|worried) (me|us))\\b");

    /** "You said …", "But you've argued …": the one asked, reported as having said something. */
    private static final Pattern SAID_BY_THE_ADDRESSED = Pattern.compile("(?i)(but |and |so |now,? |still,? )?you(['’]ve"
            + "| have| had)? (once |already |also |often |publicly )?(said|told|mentioned|wrote|written|argued|claimed|predicted"
            + "|called|described|promised)\\b");

    private static final Pattern SPONSOR = Pattern.compile(
            "(?i).*\\b(brought to you by|(a )?word from (our|this (week|episode)['’]s) sponsors?"
            + "|thanks to our sponsors?|(this|today['’]s) (episode|show|podcast|newsletter|issue) is (supported|sponsored|made possible)"
            + " by|use (the )?(promo |discount )?code \\p{Lu}+\\d*)\\b.*"
            // "> **Sponsored: Quorra Cloud** Run open models …": a box the sponsor's label heads
            + "|(?i)^[>*_\\s]*(sponsored|sponsor|advertisement|paid (post|partnership|promotion)|partner content|presented by)"
            + "( by [^:—–]{1,40})?[*_]*\\s*[:—–][^;]*");

    private final NonClaims nonClaims;
    private final Nlp nlp;

    /** @param nlp tags again a sentence's capitalised first word, which the tagger may take for a name or a conjunction */
    public ClaimFilter(NonClaims nonClaims, Nlp nlp) {
        this.nonClaims = nonClaims;
        this.nlp = nlp;
    }

    public List<Candidate> keep(String text, List<Candidate> candidates, List<Sentence> sentences) {
        return keep(text, candidates, sentences, Map.of(), Deadline.NONE);
    }

    /** @param turnSpeakers who holds each turn, by turn index (the candidates' speakers fill in the rest) */
    public List<Candidate> keep(String text, List<Candidate> candidates, List<Sentence> sentences,
                                Map<Integer, Person> turnSpeakers, Deadline deadline) {
        // per block of a turn, the sentence its greeting opens the small talk with
        Map<Integer, Integer> greetings = new HashMap<>();
        for (Sentence s : sentences) {
            if (s.block().inTurn() && (s.first() && NonClaims.isGreeting(s.text(text)) || NonClaims.isHello(s.text(text)))) {
                greetings.putIfAbsent(s.block().index(), s.index());
            }
        }
        Set<Integer> setUps = questionSetUps(text, sentences);
        setUps.addAll(AskingTurns.premises(text, sentences, AskingTurns.ofInterviewers(text, sentences,
                turnSpeakers, candidates)));
        setUps.addAll(guestsNamedInThanks(text, sentences));
        Set<Integer> adverts = sponsorReads(text, sentences);
        Set<Integer> introductions = IntroductionRounds.answers(text, sentences, turnSpeakers, candidates);
        // what a round of odds puts to the guests, and the outro after the show's sign-off, whatever frames they hold
        Set<Integer> unsaid = OddsRounds.propositionsPut(text, sentences);
        unsaid.addAll(Outros.afterTheSignOff(text, sentences));
        ShortReplies replies = ShortReplies.of(text, sentences, turnSpeakers);
        Map<Person, Integer> firstSaid = firstTurns(sentences, turnSpeakers);
        // per block of a turn with small talk, the sentence of its first view
        Map<Integer, Integer> viewFrom = new HashMap<>();
        List<Candidate> kept = new ArrayList<>();
        Set<Candidate> tooShort = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Candidate c : candidates) {
            deadline.check("filtering claims");
            // "Your rival Dana Okafor said last week that … Is she wrong?": what the asker reports of someone else is
            // that person's claim, put to the guest, not the asker's set-up
            boolean relayedInTurn = c.sentence().block().inTurn() && !c.content().equals(c.span());
            // "You said your cluster is a mix.", "Several labs now say …": the guest's own words said back to them, or
            // unnamed others', are the question's premise and no third person's claim relayed
            String whole = c.sentence().text(text).strip();
            boolean relayedPremise = SAID_BY_THE_ADDRESSED.matcher(whole).lookingAt() || OTHERS_SAY.matcher(whole).matches();
            if (setUps.contains(c.sentence().index()) && (!relayedInTurn || relayedPremise) || adverts.contains(c.sentence().block().index())
                    || unsaid.contains(c.sentence().index())
                    || opensWithUsername(text, c.sentence().block().span()) || underHeaderField(c) || inCareerTrack(c)
                    // what the layout reader marked as the document's metadata (a quoted e-mail's header, a signature)
                    || c.sentence().block().kind() == BlockKind.METADATA
                    // an entry of the page's list of cited works, whose quoted headline the body tells where it cites it
                    || ReferenceLists.isEntry(c.sentence().block(), text)
                    || NonClaims.isNumberedHeading(lineOf(text, c.sentence().span()))
                    || NoteLines.setApart(lineOf(text, c.sentence().span()))) {
                continue;
            }
            // "Professor Qian said four of his best ten students went abroad. Should I go abroad too?": what a voice of the
            // panel, heard already, said, put back to the room just before a question, is the question's premise; the
            // claim is theirs where they said it, and a voice from outside the panel ("Dana Okafor said last week …") or
            // one not heard yet ("Your co-founder said in an earlier interview …", his clip played later) keeps its report
            if (c.sentence().block().inTurn() && c.explicit() && heardAlready(c, turnSpeakers, firstSaid)
                    && askedNext(text, c.sentence(), sentences)) {
                continue;
            }
            // "(beat) So the thing is …": a direction the splitter ran into the line is no part of what is said
            Span spoken = StageDirections.afterLeadingDirection(text, c.span());
            Span questionPart = Questions.assertedPart(text, spoken);
            if (questionPart == null) {
                continue;
            }
            if (declaresAnInterest(text, afterThreadNumber(text, questionPart))) {
                continue;
            }
            Span asserted = Questions.withoutAskedTail(text, withoutNoComment(text,
                    afterNoticeWord(text, afterThreadNumber(text, questionPart)), c.sentence().tokens()));
            String said = asserted.of(text);
            List<Token> tokens = within(c.sentence().tokens(), asserted);
            BlockKind kind = c.sentence().block().kind();
            boolean fragment = kind == BlockKind.TABLE_ROW || kind == BlockKind.BULLET;
            // a report in a turn too ("Dr. Ito, Pellor's chief, Hanna Voss, told investors that …"): naming whom the
            // question is put to does not make the reported words a greeting
            boolean reported = c.explicit() && (!c.sentence().block().inTurn() || relayedInTurn)
                    && !c.content().equals(c.span());
            String why = nonClaims.reason(said, tokens, c.speaker(), fragment, reported);
            boolean refused = why != null && !(SHORTNESS.contains(why) && answersInFewWords(why, c, said, tokens, replies));
            if (refused || !reported && goesOnAboutTheFamily(text, c.sentence(), sentences, said)
                    || EchoedFigures.echoesTheAnswersJustGiven(said, c.sentence(), text, sentences)) {
                if (refused && SHORTNESS.contains(why) && VerblessSentences.isFragment(text, c)
                        && !RoomLaughter.laughedAt(text, c.sentence())) { // "Probably chips. (laughter)": a punchline
                    kept.add(c); // "Maybe eighteen months.": no claim alone, but it may complete its neighbour
                    tooShort.add(c);
                }
                continue;
            }
            // "I was promised a sofa. (laughs)": a joke about the people in the room, as the room's laughter marks it
            if (!reported && RoomLaughter.laughedAt(text, c.sentence()) && RoomLaughter.aboutThePeopleInTheRoom(tokens)
                    && !replies.givesOdds(c.sentence()) && !replies.answersInARoundOfOdds(c.sentence())
                    && !RoomLaughter.answersWhenCalled(text, sentences, c.sentence())) {
                continue;
            }
            int block = c.sentence().block().index();
            Integer greeting = greetings.get(block);
            // "Hi, thanks. … So I think she has a point. Efficiency helps, but …": once the speaker has said what they
            // think, the small talk is over and what follows argues that view
            boolean arguing = greeting != null && viewFrom.getOrDefault(block, Integer.MAX_VALUE) < c.sentence().index();
            if (greeting != null && c.sentence().index() >= greeting && (nonClaims.introducesAnotherVoice(said, c.speaker())
                    || !arguing && !NonClaims.marksAView(said) && (!substantial(tokens) || OwnWork.describes(tokens)))) {
                continue;
            }
            if (c.sentence().block().inTurn() && nextTurnStartsAfter(text, c.sentence(), sentences)
                    && nonClaims.introducesAnotherVoice(said, c.speaker())) {
                continue; // "Dr. Ana Ruiz studies soils at the state university." right before Ruiz speaks: who she is
            }
            if (c.sentence().block().inTurn() && presentedBeforeSpeaking(nonClaims.presentedVoice(said, c.speaker()),
                    c.sentence(), firstSaid)) {
                continue; // "Ben Ode is a partner at Kline." while the host presents the panel: who will speak
            }
            if (!reported && introductions.contains(c.sentence().index()) && IntroductionRounds.tellsOwnWork(said)) {
                continue; // "Thirty seconds each on who you are." "I teach at Delft, and my group works on soils.": who talks
            }
            if (!reported && OwnWork.describesTheirOutfit(said) && followsASelfIntroduction(text, c.sentence(), sentences)) {
                continue; // "Hello, I'm Ana Ruiz from Kelp. We make robots for warehouses.": who is talking, and what they do
            }
            if (greeting != null && c.sentence().index() >= greeting && OWN_VIEW.matcher(said).lookingAt()) {
                viewFrom.putIfAbsent(block, c.sentence().index());
            }
            Span content = questionPart.equals(spoken) ? c.content() : questionPart;
            if (content.start() < asserted.start()) {
                content = new Span(asserted.start(), Math.max(asserted.start(), content.end()));
            }
            if (content.end() > asserted.end()) {
                content = content.start() < asserted.end() ? new Span(content.start(), asserted.end()) : asserted;
            }
            kept.add(new Candidate(c.sentence(), asserted, content, c.speaker(), c.explicit()));
        }
        return VerblessSentences.join(text, kept, tooShort, sentences);
    }

    /**
     * Whether the one the candidate reports has held a turn of their own before it, and is not the one whose turn
     * reports them.
     */
    private static boolean heardAlready(Candidate c, Map<Integer, Person> turnSpeakers, Map<Person, Integer> firstSaid) {
        Person reported = c.speaker();
        Integer first = reported == null ? null : firstSaid.get(reported);
        return first != null && first < c.sentence().index() && reported.isPerson()
                && turnSpeakers.get(c.sentence().block().turn()) != reported;
    }

    /** Whether the next sentence, in the same turn, is a question. */
    private static boolean askedNext(String text, Sentence s, List<Sentence> sentences) {
        int next = s.index() + 1;
        return next < sentences.size() && sentences.get(next).block().turn() == s.block().turn()
                && sentences.get(next).block().inTurn() && sentences.get(next).isQuestion(text);
    }

    /** Whether the sentence before, in the same turn, is the speaker giving their name. */
    private static boolean followsASelfIntroduction(String text, Sentence s, List<Sentence> sentences) {
        if (!s.block().inTurn() || s.index() == 0) {
            return false;
        }
        Sentence before = sentences.get(s.index() - 1);
        return before.block().index() == s.block().index() && SelfIntroductions.holdsOne(before.text(text));
    }

    /** Per person who holds a turn, the sentence their first turn opens with. */
    private static Map<Person, Integer> firstTurns(List<Sentence> sentences, Map<Integer, Person> turnSpeakers) {
        Map<Person, Integer> first = new java.util.IdentityHashMap<>();
        for (Sentence s : sentences) {
            Person holder = s.block().inTurn() ? turnSpeakers.get(s.block().turn()) : null;
            if (holder != null) {
                first.putIfAbsent(holder, s.index());
            }
        }
        return first;
    }

    /**
     * "Dr. Ana Ruiz is a senior fellow at the Delft Institute, and until last year she ran a lab. Ben Ode is a partner at
     * Kline.": a host presenting the panel, each guest by post and employer before that guest has said a word, tells the
     * audience who is about to speak; once the guest has spoken, what is said of them is heard like any other sentence.
     */
    private static boolean presentedBeforeSpeaking(Person presented, Sentence s, Map<Person, Integer> firstSaid) {
        Integer first = presented == null ? null : firstSaid.get(presented);
        return first != null && first > s.index();
    }

    /**
     * The whole line of the document that holds the span, or the span itself when it runs over a line break: a
     * heading the layout left inside a paragraph ({@code V. "WHAT CAME NEXT"}) is read on its line, however the
     * splitter cut it.
     */
    private static String lineOf(String text, Span span) {
        int start = text.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1;
        int end = text.indexOf('\n', span.end());
        String line = text.substring(Math.min(start, span.start()), end < 0 ? text.length() : end);
        return line.indexOf('\n') >= 0 ? span.of(text) : line;
    }

    /** The reasons that speak only of how few words a sentence has, or how little it names. */
    private static final String TOO_SHORT = "too short to assert";
    private static final Set<String> SHORTNESS = Set.of(TOO_SHORT, "says nothing specific");

    /**
     * "Do you buy that?" "Completely.", "Sixty." in a round of odds: a reply that opens a turn answering somebody
     * else's question takes the question's proposition for its content, however few its own words. One with a verb
     * that names nothing ("It is on purpose.") answers only when the speaker goes on to argue it: alone, it is a quip.
     */
    private static boolean answersInFewWords(String why, Candidate c, String said, List<Token> tokens,
                                             ShortReplies replies) {
        return replies.givesOdds(c.sentence())
                || replies.answersAQuestion(c.sentence()) && ShortReplies.takesAPosition(said, tokens)
                && (why.equals(TOO_SHORT) || replies.goesOnAfter(c.sentence()));
    }

    /**
     * {@code Transcription: verbatim, pauses marked.}: a header's line about how the document was made, which the turn
     * reader took for a turn of somebody called "Transcription", says nothing of anybody's.
     */
    private static boolean underHeaderField(Candidate c) {
        return c.sentence().block().inTurn() && c.speaker() != null
                && MakingOfNotes.isHeaderField(c.speaker().name().display());
    }

    /** {@code | 2019-2023 | Acme Labs | Speech |} under {@code | Period | Organisation | Focus |}: a post once held. */
    private static boolean inCareerTrack(Candidate c) {
        return c.sentence().block().kind() == BlockKind.TABLE_ROW && Careers.isCareerTable(c.sentence().block().columns());
    }

    /**
     * {@code My sister is a nurse. She still works nights.}: the sentence after one about the speaker's family that
     * takes that person up by a pronoun is more of the same family story.
     */
    private static boolean goesOnAboutTheFamily(String text, Sentence s, List<Sentence> sentences, String said) {
        if (s.index() == 0) {
            return false;
        }
        Sentence before = sentences.get(s.index() - 1);
        return before.block().index() == s.block().index() && Stories.continuesAboutTheFamily(said, before.text(text));
    }

    /**
     * Whether the sentence closes its turn and another turn is the next thing said (captions and notes between them
     * aside, and a welcome that ends the turn): where a narrator or a host introduces whoever speaks next.
     */
    private static boolean nextTurnStartsAfter(String text, Sentence s, List<Sentence> sentences) {
        for (int i = s.index() + 1; i < sentences.size(); i++) {
            Sentence next = sentences.get(i);
            // "… is the chief executive of Vellum. Welcome to you both.": the welcome closing the turn is no more said
            if (next.block().inTurn() && next.block().turn() == s.block().turn() && NonClaims.isGreeting(next.text(text))) {
                continue;
            }
            if (next.block().inTurn()) {
                return next.block().turn() != s.block().turn();
            }
        }
        return false;
    }

    /**
     * {@code Two people who know the firm said it is a drug maker; a spokesperson declined to comment.}: a clause
     * joined by a semicolon that only reports that somebody would not comment claims nothing, so the claim is the
     * other side alone; a span that is nothing but such clauses stays as it is, for the filter to drop whole.
     */
    static Span withoutNoComment(String text, Span span, List<Token> sentenceTokens) {
        // "Ada Kim said two labs will test the chip, though she declined to name them.": the refusal after the comma
        Matcher concessive = NO_COMMENT_AFTER_COMMA.matcher(text).region(span.start(), span.end());
        if (concessive.matches() && NonClaims.isNoComment(concessive.group("refusal"))) {
            return new Span(span.start(), concessive.start("refusal") - 2);
        }
        List<Span> clauses = new ArrayList<>();
        int from = span.start();
        for (Token t : within(sentenceTokens, span)) {
            if (t.text().equals(";")) {
                clauses.add(new Span(from, t.start()));
                from = t.end();
            }
        }
        if (clauses.isEmpty()) {
            return span;
        }
        clauses.add(new Span(from, span.end()));
        List<Span> kept = clauses.stream().filter(c -> !NonClaims.isNoComment(c.of(text))).toList();
        if (kept.isEmpty() || kept.size() == clauses.size()) {
            return span;
        }
        int start = kept.get(0).start();
        int end = kept.get(kept.size() - 1).end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new Span(start, end) : span;
    }

    /** A clause after the claim, set off by a comma and "though", that may only refuse to say more. */
    private static final Pattern NO_COMMENT_AFTER_COMMA = Pattern.compile("(?s).{20,}?, (?<refusal>(?:though|although|but)"
            + " [^,;]{1,80})");

    /**
     * {@code 2/ Our compiler will …}: a thread's numbering says where the post sits in the thread, so the claim
     * starts after it; the span stays exact offsets into the document text.
     */
    static Span afterThreadNumber(String text, Span span) {
        Matcher m = NonClaims.THREAD_NUMBER.matcher(text).region(span.start(), span.end());
        return m.lookingAt() && m.end() < span.end() ? new Span(m.end(), span.end()) : span;
    }

    /**
     * {@code Disclosure: I advise one of the labs.}: the speaker's interest, declared so that readers weigh the claims
     * around it, is no claim of its own (where {@code Note:} only heads one).
     */
    static boolean declaresAnInterest(String text, Span span) {
        Matcher m = NOTICE_HEAD.matcher(text).region(span.start(), span.end());
        return m.lookingAt() && DISCLOSURE_WORDS.contains(m.group("word").toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> DISCLOSURE_WORDS = Set.of("disclosure", "full disclosure", "disclaimer");

    /**
     * {@code Update — the company said …}, {@code Note: …}: the word that heads a notice says what kind of line
     * it is, so the claim starts after the word and its dash; a line with a time ({@code Update, 3:05 p.m. —})
     * loses its stamp already when it is split into sentences.
     */
    static Span afterNoticeWord(String text, Span span) {
        Matcher m = NOTICE_HEAD.matcher(text).region(span.start(), span.end());
        return m.lookingAt() && m.end() < span.end()
                && RoleLabels.isNoteLabel(m.group("word"))
                ? new Span(m.end(), span.end()) : span;
    }

    /**
     * {@code > **u/someone:** ok but when …}: in a recap of a Reddit AMA, a line a username labels is what a reader
     * asked the guest, with or without a question mark, whoever's turn the parser ran it into; it is never the
     * guest's claim.
     */
    static boolean opensWithUsername(String text, Span block) {
        return USERNAME_LABEL.matcher(text).region(block.start(), block.end()).lookingAt();
    }

    /**
     * {@code You spoke at the forum last week. What was the mood there?}, {@code Last week your company raised
     * $2 billion. What will you do with it?}: in a turn, what the speaker tells the other about themselves right
     * before asking them is the question's premise, not a claim of the asker, also after a short opening phrase
     * of time or place. Advice to "you" ("You should …") and the asker's marked view ("I think you are wrong")
     * stay claims; the modal is matched in lower case so that a month ("in May") is not taken for one.
     */
    private Set<Integer> questionSetUps(String text, List<Sentence> sentences) {
        Set<Integer> setUps = new HashSet<>();
        Set<Integer> askingTurns = new HashSet<>();
        for (Sentence s : sentences) {
            if (s.block().inTurn() && s.isQuestion(text)) {
                askingTurns.add(s.block().turn());
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.block().inTurn() && !s.isQuestion(text) && (askingTurns.contains(s.block().turn()) || wholeTurn(text, s, sentences, i))
                    && OTHERS_SAY.matcher(s.text(text).strip()).matches()) {
                setUps.add(s.index()); // "Some investors will see that as …": their view, however marked, is the objection
                continue;
            }
            if (!s.block().inTurn() || s.isQuestion(text) || NonClaims.marksAView(s.text(text))) {
                continue;
            }
            Sentence next = i + 1 < sentences.size() ? sentences.get(i + 1) : null;
            boolean sameTurnNext = next != null && next.block().turn() == s.block().turn();
            String said = s.text(text).strip();
            // "Measure your models on your own tasks.": a bare verb tells the one addressed what to do, which is advice
            boolean addressed = ADDRESSEE.matcher(said).matches() && !opensOnABareVerb(s.tokens());
            // "What about your chips? You said the cluster is a mix.": the premise given after the question, closing the turn
            Sentence previous = i > 0 ? sentences.get(i - 1) : null;
            boolean afterItsQuestion = previous != null && previous.block().turn() == s.block().turn()
                    && previous.isQuestion(text) && !sameTurnNext;
            if (sameTurnNext && next.isQuestion(text) && (addressed || pointsBack(text, next, sentences, i + 1))
                    || questionAnnouncedBefore(text, sentences, i) && questionLaterInTurn(text, sentences, i)
                    || afterItsQuestion && addressed
                    || addressed && ABOUT_THE_ADDRESSED.matcher(said).find() && wholeTurn(text, s, sentences, i)
                    || askingTurns.contains(s.block().turn()) && OTHERS_SAY.matcher(s.text(text).strip()).matches()) {
                setUps.add(s.index());
            }
        }
        return setUps;
    }

    /**
     * {@code Let me ask about memory. Your agent remembers a codebase between sessions. How much does that matter?}: once
     * the asker has announced a question, what they say before putting it is its premise.
     */
    private static boolean questionAnnouncedBefore(String text, List<Sentence> sentences, int at) {
        int turn = sentences.get(at).block().turn();
        for (int j = at - 1; j >= 0 && sentences.get(j).block().turn() == turn; j--) {
            if (QUESTION_ANNOUNCED.matcher(sentences.get(j).text(text).strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean questionLaterInTurn(String text, List<Sentence> sentences, int at) {
        int turn = sentences.get(at).block().turn();
        for (int j = at + 1; j < sentences.size() && sentences.get(j).block().turn() == turn; j++) {
            if (sentences.get(j).isQuestion(text)) {
                return true;
            }
        }
        return false;
    }

    /** "Let me ask about memory.", "Another question about competition.": a question announced by its subject. */
    private static final Pattern QUESTION_ANNOUNCED = Pattern.compile("(?i)(ok(ay)?,? |so,? |now,? |and |right,? )?((let me|let['’]s"
            + "|i want to|i['’]d like to|i would like to|can i|may i) (just )?ask( you)? (about|on|something about|a question about"
            + "|a little about|more about)\\b[^;:?\"“]{1,40}|(another|one more|a|my next|the next|next|a quick|a last|a final"
            + "|a follow-up|one last) question,? (about|on)\\b[^;:?\"“]{1,40})[.!:]?");

    /**
     * {@code Read the contracts your vendors send you.}: a sentence that opens on a verb in its bare form, read again in
     * lower case since the tagger takes a capitalised first word for a name or a conjunction ("Measure" as "SCONJ").
     */
    private boolean opensOnABareVerb(List<Token> tokens) {
        int first = 0;
        while (first < tokens.size() && !tokens.get(first).isWord()) {
            first++;
        }
        if (first + 1 >= tokens.size()) {
            return false;
        }
        String w = tokens.get(first).lower();
        if (w.endsWith("ing") || w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss")) {
            return false;
        }
        Token opening = nlp.retaggedLowercase(tokens, first).get(first);
        Token after = tokens.get(first + 1);
        return opening.is("VERB") && (after.is("DET") || after.is("PRON") || after.is("ADP") || after.is("NOUN"));
    }

    /**
     * {@code Kwame Asante is the chief executive of Tessellate. Thanks so much.}: a host names the guest again as the
     * interview ends, for listeners who tuned in late, and thanks them; the naming is the sign-off's, no claim.
     */
    private static Set<Integer> guestsNamedInThanks(String text, List<Sentence> sentences) {
        Set<Integer> named = new HashSet<>();
        for (int i = 0; i + 1 < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Sentence next = sentences.get(i + 1);
            if (s.block().inTurn() && next.block().turn() == s.block().turn()
                    && NAME_IS_ROLE.matcher(s.text(text).strip()).matches()
                    && THANKS_NEXT.matcher(next.text(text).strip()).lookingAt()) {
                named.add(s.index());
            }
        }
        return named;
    }

    private static final Pattern NAME_IS_ROLE = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2} (?:is|was)"
            + " (?:the|a|an) [^,;:0-9]{2,70}\\.");
    private static final Pattern THANKS_NEXT = Pattern.compile("(?i)(?:thank you|thanks)\\b");

    /**
     * {@code What happened?}, {@code Why?}, {@code How so?}: a wh-question of a few words that names nothing and ends
     * the turn asks about the statement before it, which is its premise, the asker's set-up. "Do you agree?" asks
     * the other to take up the asker's view instead, which stays the asker's claim.
     */
    private static boolean pointsBack(String text, Sentence question, List<Sentence> sentences, int at) {
        boolean endsTurn = at + 1 >= sentences.size() || sentences.get(at + 1).block().turn() != question.block().turn();
        List<Token> words = question.tokens().stream().filter(Token::isWord).toList();
        boolean namesNothing = words.stream().noneMatch(t -> t.is("NOUN") || t.is("PROPN") || t.is("NUM"));
        // "Who actually needs that much?", "How much does that matter?": a short wh-question that takes the statement up
        boolean whPointingBack = !words.isEmpty() && words.size() <= 6 && WH_WORD.matcher(words.get(0).lower()).matches()
                && words.stream().anyMatch(t -> DEMONSTRATIVE.matcher(t.lower()).matches())
                && words.stream().noneMatch(t -> t.is("PROPN") || t.is("NUM"));
        return endsTurn && !words.isEmpty() && (namesNothing && (words.size() <= 4 && WH_WORD.matcher(words.get(0).lower()).matches()
                || asksWhatItMeansForTheOther(words)) || whPointingBack
                || asksWhetherItHolds(words) && !QUOTE_MARK.matcher(question.text(text)).find());
    }

    /**
     * {@code Is that on purpose?}, {@code Was that you?}, {@code Is it true?}: a yes-no question of a few words that
     * takes the statement before it up by a pronoun and asks whether it holds or why, the statement being what the
     * asker puts to the other to confirm or explain.
     */
    private static boolean asksWhetherItHolds(List<Token> words) {
        return words.size() >= 3 && words.size() <= 5 && BE_OR_DO.matcher(words.get(0).lower()).matches()
                && POINTING_BACK.matcher(words.get(1).lower()).matches()
                // "Should they be?", "Can it last?": the statement's own verb left to it, only whether it holds asked
                || words.size() == 3 && MODAL.matcher(words.get(0).lower()).matches()
                && POINTING_BACK.matcher(words.get(1).lower()).matches();
    }

    private static final Pattern BE_OR_DO = Pattern.compile("is|are|was|were|does|did");
    private static final Pattern MODAL = Pattern.compile("should|could|would|will|can|must|might");
    /** A question inside quotation marks is somebody's read out (a letter, a listener's message), whose telling stays theirs. */
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”]");

    /**
     * {@code Will they slow you down?}, {@code Does that worry you?}: a short yes-no question that takes the statement
     * before it up by a pronoun and asks what it means for the one addressed.
     */
    private static boolean asksWhatItMeansForTheOther(List<Token> words) {
        return words.size() >= 3 && words.size() <= 6 && AUXILIARY.matcher(words.get(0).lower()).matches()
                && POINTING_BACK.matcher(words.get(1).lower()).matches()
                && words.stream().anyMatch(t -> t.lower().equals("you") || t.lower().equals("your"));
    }

    private static final Pattern AUXILIARY = Pattern.compile("will|would|does|do|did|is|are|was|were|can|could|should|has|have");
    private static final Pattern POINTING_BACK = Pattern.compile("it|they|that|this|these|those");
    /** "that" in "Who needs that much?": the statement before it, where "it" in "Why is it so hard?" may be the subject. */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("that|this|these|those");

    private static final Pattern WH_WORD = Pattern.compile("what|why|how|when|where|who|which");

    /**
     * {@code Some of your investors have humanoid companies in their portfolios.} as a turn of its own, which the
     * other answers: a statement about the one addressed, put to them to answer, is a question without its mark.
     */
    private static boolean wholeTurn(String text, Sentence s, List<Sentence> sentences, int at) {
        // "Let's talk about hiring. You are said to …": a lead-in to the subject before it leaves the statement alone
        int first = at;
        while (first > 0 && sentences.get(first - 1).block().turn() == s.block().turn()
                && NonClaims.leadsIn(sentences.get(first - 1).text(text))) {
            first--;
        }
        boolean opens = first == 0 || sentences.get(first - 1).block().turn() != s.block().turn();
        boolean closes = at + 1 < sentences.size() && sentences.get(at + 1).block().turn() != s.block().turn()
                && sentences.get(at + 1).block().inTurn();
        return opens && closes;
    }

    /** "Your investors …", "You've said …": about the one addressed, not the generic "you" ("where you get GPUs"). */
    private static final Pattern ABOUT_THE_ADDRESSED = Pattern.compile("^(?:[^.?!;:\"“]{0,40}?[\\s,])?[Yy]our\\b|^You\\b");

    /**
     * {@code Does that work? The sceptics say you can't learn torque from video.}: in a turn that asks, what
     * unnamed others say is the objection the question puts, not the asker's claim.
     */
    private static final Pattern OTHERS_SAY = Pattern.compile("(?i)^(but |and |so |now,? |still,? )?((the |some |many |most "
            + "|your )?(sceptics|skeptics|critics|doubters|detractors|naysayers|cynics|pessimists|optimists|people|others"
            + "|some|many|observers|analysts|investors)|(some|many|most|several|a few|a number of|plenty of|a lot of)"
            // "Several American labs now say …": unnamed others, however they are described
            + "( \\p{L}+){1,3}( now| already| increasingly| often| openly| publicly)?) (say|said|argue|argued|claim"
            + "|claimed|insist|complain( about)?|worry( about)?|would say|will say"
            + "|point out|tell me|told me|keep saying|(will |would )?(see|read|view|take) (that|this|it) as)\\b.*"
            // "There's a lot of talk about robots taking jobs.": what is said about, by nobody in particular
            // "One view is that agents will replace software.": a view of nobody in particular, held up to be weighed
            + "|(?i)^(but |and |so |now,? )?(one|another|a (common|popular|widespread|familiar)|the (common|popular|conventional"
            + "|standard|prevailing|usual)) (view|argument|theory|line|take|school of thought|objection|criticism|worry|fear)"
            + "( (out there|here|in the industry|in the market))? (is|goes|says)\\b.*"
            + "|(?i)^(but |and |so |now,? )?(there['’]s|there is|there has been|there['’]s been) (a lot of |so much |much |growing"
            + " |some |endless |plenty of )?(talk|debate|hype|noise|chatter|speculation) (about|of|around|that)\\b.*"
            // "Most of the talk this year is about robots.": what the talk is about, by nobody in particular
            + "|(?i)^(but |and |so |now,? )?(most|much|all|a lot|half) of the (talk|debate|hype|noise|chatter|buzz|conversation)"
            + "( (this|last) (year|week|month)| (today|here|lately|now))? (is|was|has been) (about|around|on)\\b.*"
            // "Everyone says data is running out.": a saying of everybody's, which the question asks the other to weigh
            + "|(?i)^(but |and |so |now,? )?(everyone|everybody|people everywhere) (says|said|keeps saying|tells me|told me"
            + "|claims|insists)\\b.*"
            // "My co-host keeps telling me the seat is dead.": a colleague's saying, put to the guest to weigh
            + "|(?i)^(but |and |so |now,? )?my (co-?hosts?|producers?|editors?|colleagues?|friends?|(business )?partners?)"
            + " (keeps?|kept|has been|have been|is always|are always) (telling|saying to) (me|us)\\b.*");

    /**
     * Paragraphs read for a sponsor ("This episode is brought to you by …", "A word from our sponsor."):
     * every sentence of such a paragraph is advertising copy read out, whoever's turn it sits in, so the
     * product's praise in it ("X rents GPUs by the minute") is nobody's claim.
     */
    private static Set<Integer> sponsorReads(String text, List<Sentence> sentences) {
        Set<Integer> blocks = new HashSet<>();
        for (Sentence s : sentences) {
            if (SPONSOR.matcher(s.text(text)).matches()) {
                blocks.add(s.block().index());
            }
        }
        return blocks;
    }

    /**
     * A sentence after a greeting that carries a figure or a long assertion of its own is past the
     * small talk: a talk that opens with "Hi everyone" goes straight on to its first claim.
     */
    private static boolean substantial(List<Token> tokens) {
        long words = tokens.stream().filter(Token::isWord).count();
        return tokens.stream().anyMatch(t -> t.is("NUM") || PROPORTION.matcher(t.lower()).matches()) || words >= 14;
    }

    /** "Our bill fell by about half.": a proportion in words is a figure as much as "50%" is. */
    private static final Pattern PROPORTION = Pattern.compile("half|halved|doubled|tripled|quadrupled|twice|thrice"
            + "|(two|three|four|five|ten|hundred)fold");

    public static List<Token> within(List<Token> tokens, Span span) {
        List<Token> inside = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() >= span.start() && t.end() <= span.end()) {
                inside.add(t);
            }
        }
        return inside;
    }
}
