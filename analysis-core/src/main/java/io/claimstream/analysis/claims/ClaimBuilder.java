package io.claimstream.analysis.claims;

import java.time.LocalDate;
import java.util.List;

import io.claimstream.analysis.entities.EntityFinder;
import io.claimstream.analysis.predictions.OddsWords;
import io.claimstream.analysis.predictions.PredictionReader;
import io.claimstream.analysis.predictions.ProbabilityReader;
import io.claimstream.analysis.quantities.QuantityFinder;
import io.claimstream.analysis.sentences.BlockKind;
import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.speakers.PersonRegistry;
import io.claimstream.analysis.text.Anywhere;
import io.claimstream.analysis.text.Token;
import io.claimstream.analysis.topics.DocumentTheme;
import io.claimstream.analysis.topics.TopicClassifier;
import io.claimstream.analysis.types.Backshift;
import io.claimstream.analysis.types.ClaimType;
import io.claimstream.analysis.types.ClaimTypeClassifier;
import io.claimstream.analysis.types.Hedging;
import io.claimstream.analysis.types.ReportedAdvice;
import io.claimstream.contracts.Claim;
import io.claimstream.contracts.Prediction;

/**
 * Turns an attributed candidate into a contract {@link Claim}: its type, how firmly it is
 * asserted, its topics, the entities and quantities it mentions, and for a prediction its
 * probability and horizon.
 */
public final class ClaimBuilder {

    private final ClaimTypeClassifier types;
    private final Hedging hedging = new Hedging();
    private final PredictionReader predictions = new PredictionReader();
    private final QuantityFinder quantities = new QuantityFinder();
    private final TopicClassifier topics;
    private final EntityFinder entities;

    public ClaimBuilder(TopicClassifier topics, EntityFinder entities, ClaimTypeClassifier types) {
        this.types = types;
        this.topics = topics;
        this.entities = entities;
    }

    /** Facts about the document that every claim of it needs; {@code theme}: what the whole of it is about. */
    public record DocumentFacts(String documentId, LocalDate date, PersonRegistry people, ClaimContext context,
                                DocumentTheme theme) {
    }

    /**
     * The topic the document's sentences come back to (see {@link TopicClassifier#theme}); a page's related headlines,
     * captions and notes are metadata and say nothing of what the document is about.
     */
    public DocumentTheme theme(List<Sentence> sentences) {
        return topics.theme(sentences.stream().filter(s -> s.block().kind() != BlockKind.METADATA)
                .map(Sentence::tokens).toList());
    }

    /** The claim's context, plus the part of its sentence it leaves out ("Asked about X, she said …"). */
    private static List<Token> contextOf(Candidate c, DocumentFacts facts) {
        List<Token> context = new java.util.ArrayList<>(facts.context().around(c.sentence()));
        for (Token t : c.sentence().tokens()) {
            if (t.end() <= c.span().start() || t.start() >= c.span().end()) {
                context.add(t);
            }
        }
        return context;
    }

    /** A frame that reports what a test or a study found: {@code found that}, {@code showed}. */
    private static final java.util.regex.Pattern FINDING_FRAME = java.util.regex.Pattern.compile(
            "\\b(found|showed|shown|discovered|demonstrated|proved|confirmed|learned|learnt)\\b( that)?\\s*$");
    /** Content whose only future is "could" (no "will", "would", coming time): a past ability. */
    private static final java.util.regex.Pattern PAST_ABILITY = java.util.regex.Pattern.compile(
            "(?s)(?!.*\\b(will|would|going to|next|soon|by 20\\d\\d|within the next)\\b).*\\bcould\\b.*");
    /**
     * "I disagree with the idea that review will stay human forever": the speaker takes a side on somebody else's
     * forecast or claim, which is their view whatever tense the idea is told in.
     */
    private static final java.util.regex.Pattern STANCE_ON_AN_IDEA = java.util.regex.Pattern.compile(
            "^\\W*(i|we) (strongly |completely |fully )?(dis)?agree with (the|this|that) (idea|view|notion|claim|argument"
            + "|premise|assumption) that\\b");
    /**
     * "What I do not expect is agents doing research on their own", "What we expect is a slower year": the speaker's
     * expectation put first in a cleft sentence is a forecast, as "I expect …" is.
     */
    private static final java.util.regex.Pattern EXPECTATION_CLEFT = java.util.regex.Pattern.compile(
            "^\\W*what (i|we) (do not |don['’]t )?(expect|predict|foresee|anticipate) (is|are)\\b");
    /** A view that is a date and nothing else up to the clause's end: "2026", "late 2027", "by mid-2028". */
    private static final java.util.regex.Pattern DATE_GIVEN_AS_VIEW = java.util.regex.Pattern.compile(
            "\\s*(?:(?:by|in|around|before|after|about)\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?:19|20)\\d\\d\\s*(?:[,;.]|$)");

    private static final java.util.regex.Pattern FORECAST_FRAME = java.util.regex.Pattern.compile(
            "\\b(expects?|expected|predicts?|predicted|forecasts?|forecasted|anticipates?|anticipated|projects?"
            // "Her expectation: another tenfold cut", "his prediction was that …": the frame names the forecast
            + "|expectations?|predictions?)\\b");

    /** "He advises buyers to …", "She urged labs to …": the frame reports advice, whatever the content's words. */
    private static final java.util.regex.Pattern ADVICE_FRAME = java.util.regex.Pattern.compile(
            "\\b(advises?|advised|urges?|urged|recommends?|recommended|encourages?|encouraged)\\s*$"
            // "She called on vendors to publish …": the verb frames an advice only when "on" and an infinitive follow
            + "|\\b(calls?|called)(\\s+(up)?on)?\\s*$"
            // "He recommended that buyers insist on trials": what is recommended or urged in a that-clause is the advice
            // ("advised that" may only inform, so it stays out)
            + "|\\b(recommends?|recommended|urges?|urged)\\s+that\\s*$");
    /**
     * "His advice to | founders in the audience was to “sell …”": a frame that names the advice, cut before those it is
     * given to, leaves the content saying what it was.
     */
    private static final java.util.regex.Pattern ADVICE_NAMED_FRAME = java.util.regex.Pattern.compile(
            "\\b(his|her|their|its|my|our|[a-z]+['’]s) (advice|recommendation|suggestion|plea)(\\s+to)?\\s*$");
    private static final java.util.regex.Pattern ADVICE_STATED = java.util.regex.Pattern.compile(
            "(?i)^[^.;:]{0,80}?\\b(is|was|would be) to [\"“'‘]?(?!be\\b)[a-z]{2,}");

    /** What the advice asks: "buyers to avoid …", "that labs publish …", "against signing …", "caution". */
    private static final java.util.regex.Pattern ADVISED_ACT = java.util.regex.Pattern.compile(
            "^\\s*(([\\w'’-]+ ){0,4}to [\"“'‘]?(?!be\\b)[a-z]{2,}|([\\w'’-]+ ){0,4}not to \\w|that |against |caution|patience|restraint)");

    /**
     * "She called for a shared standard", "he argued for a flat fee per seat", "they pushed hard for …": a person asking
     * for a thing is advocating it, so the claim is their advice ("called for years" is a span of time, no thing asked).
     */
    private static final java.util.regex.Pattern ADVOCACY_FRAME = java.util.regex.Pattern.compile(
            "\\b(calls?|called|argues|argued|pushe[sd]|push|press(es|ed)?|lobbie[sd]|lobby|campaign(s|ed)?)"
            + "(\\s+(publicly|repeatedly|again|also|hard|instead|strongly))?(?<asked>\\s+for)?\\s*$");
    private static final java.util.regex.Pattern THING_ASKED_FOR = java.util.regex.Pattern.compile(
            "(?i)\\s*for\\s+(?!(years?|months?|decades?|weeks?|days?|hours?|a (long )?(time|while)|example|instance|now"
            + "|the (first|last|past|next|moment)|once)\\b|\\d)");

    /** "…, according to the company", "according to its filing": a record or a body the claim is sourced to. */
    private static final java.util.regex.Pattern DOCUMENT_SOURCE = java.util.regex.Pattern.compile(
            "\\baccording to (the |its |their |a |an )?(company|company['’]s|firm|firm['’]s|filings?|reports?|statements?|figures"
            + "|data|survey|records|documents|regulator|agency|ministry|department|census)\\b"
            // "Nimbus said in a statement that …", "the witness stated that …", "her column stated that …": words put on the
            // record in writing, or stated for it, and reported in the writer's words, report as a filing does
            + "|\\b(said|says) in (a|an|its|their|the) (written |emailed |short )?(statement|filing|press release|regulatory filing)"
            // (a quotation the statement is credited with after it, '"Agents are only as good as …," a spokesperson said in a
            // statement', is the view it voices)
            + " that\\b"
            + "|\\b(stated|states|disclosed|discloses) (that\\b|$)"
            // "HM reported that the consortium now has 31 members": a member reporting to a meeting or a body puts it on the
            // record as a filing does ("noted" and "pointed out" may present a reading, and stay out)
            + "|\\b(reported|reports) that\\s*$");

    /** "her own confidence at about 60%", "the odds at one in three": a probability put on something. */
    private static final java.util.regex.Pattern PUT_AT = java.util.regex.Pattern.compile("^(?:it |that |the figure )?at ");
    private static final java.util.regex.Pattern STATED_ODDS = java.util.regex.Pattern.compile(
            "^\\s*(?:the|her|his|their|its|my|our)(?: own)? (?:confidence|" + OddsWords.NOUN_ALTERNATION + ")\\b.{0,60}"
            + "\\bat (?:about |around |roughly |some |only |just )?(?:\\d+(?:\\.\\d+)? ?(?:%|per ?cent|percent)|one in \\w+|\\d+ in \\d+)");

    /** "Less than even that it survives.", "One in three that we sell": odds put on the clause after "that". */
    private static final java.util.regex.Pattern ODDS_ON_A_CLAUSE = java.util.regex.Pattern.compile(
            "(?i)\\W*(?:(?:i['’]d say|i would say|maybe|about|roughly|probably)\\s+)*(?:(?:better|worse|more|less) than even"
            + "|even odds|fifty-fifty|a coin (?:flip|toss)|odds-on|a long shot|(?:one|two|three|four|five|six|seven|eight|nine|a"
            + "|\\d+) in (?:two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|\\d+)|\\d{1,3} ?(?:%|percent|per cent))"
            + "(?: odds| chance)?,? that\\b");

    private static final java.util.regex.Pattern CONDITIONAL_ODDS = java.util.regex.Pattern.compile(
            "(?i)\\W*((maybe|perhaps|about|around|roughly) )?\\d{1,3}(\\.\\d+)? ?(%|per ?cent|percent), ((and|but) )?"
            + "((only|not) )?(if|unless|provided|assuming|given)\\b");

    /**
     * {@code | Dimension | Lanting's approach | Typical frontier lab |}: a column of what a party does or how it works
     * describes its practice, row by row ({@code Private sets, refreshed monthly}); what it is, not what it thinks.
     */
    private static final java.util.regex.Pattern PRACTICE_COLUMN = java.util.regex.Pattern.compile(
            "(?i).*['’]s? (approach|practice|setup|set-up|stack|method|methods|way|process)");

    /**
     * A person's words reported in the past tense: "he said", "she told the panel that", "Rao added" ("noted", "observed"
     * and "explained" present what the speaker takes as given, so they stay out).
     */
    private static final java.util.regex.Pattern REPORTED_VIEW_FRAME = java.util.regex.Pattern.compile(
            "\\b(said|told [\\w ]{1,30}?|added|argued|insisted|agreed|thought|believed|felt"
            + "|countered|replied|conceded|cautioned|warned)( that)?,?\\s*$");
    private static final java.util.regex.Pattern REPORTING = java.util.regex.Pattern.compile(
            "\\b(said|told|added|announced|stated|confirmed|noted|wrote)\\b");
    /** "told the forum that in her judgment …": the reading is named as the holder's own, a view, whatever its "would". */
    private static final java.util.regex.Pattern HOLDERS_READING = java.util.regex.Pattern.compile(
            "\\bin (his|her|their|its|my|our) (own )?(view|opinion|judgment|judgement|estimation)\\b");
    /** "would ship", "would not cut"; the adverb is taken whole, so "would not be enough" is no "would not" forecast. */
    private static final java.util.regex.Pattern REPORTED_FUTURE = java.util.regex.Pattern.compile(
            "\\b(would|was going to|were going to)\\s+(not\\s+|also\\s+|soon\\s+)?+"
                    + "(?!be\\b|have\\b|like\\b|prefer\\b|rather\\b|need\\b|want\\b|mean\\b)[a-z]+");

    /**
     * "… have told Lee that giving up the chip team would leave the company dependent on one supplier": a course named
     * by its gerund, and what it would do, is weighed; its "would" is no future seen from the report.
     */
    private static final java.util.regex.Pattern COURSE_WEIGHED = java.util.regex.Pattern.compile(
            "^\\s*[\"“'‘]?(that )?[a-z]{3,}ing\\b[^,;.]{0,60}?\\bwould\\b");

    public Claim build(String text, Candidate c, DocumentFacts facts) {
        return build(text, c, facts, null);
    }

    /** @param vector the claim text's embedding, or {@code null} when there is no model */
    public Claim build(String text, Candidate c, DocumentFacts facts, float[] vector) {
        List<Token> tokens = ClaimFilter.within(c.sentence().tokens(), c.span());
        List<Token> contentTokens = ClaimFilter.within(c.sentence().tokens(), c.content());
        // a candidate whose content came out empty ("Qian said 35%, while Rao put it at 15%", one span for three people)
        // is read whole: an empty content would type every such claim as a view
        String content = c.content().of(text).isBlank() ? c.span().of(text) : c.content().of(text);
        ClaimTypeClassifier.Context typeContext = new ClaimTypeClassifier.Context(c.sentence().block().section(),
                c.sentence().block().columns(), facts.date() == null ? null : facts.date().getYear());
        String framing = c.span().start() < c.content().start()
                ? text.substring(c.span().start(), c.content().start()).toLowerCase(java.util.Locale.ROOT) : "";
        // ("… said that in his judgment most of them would fail": whose reading it is, named in the frame, as a view is)
        boolean attitude = HOLDERS_FRAME.in(framing);
        String trailing = c.span().end() > c.content().end()
                ? text.substring(c.content().end(), c.span().end()).toLowerCase(java.util.Locale.ROOT) : "";
        boolean documented = DOCUMENT_SOURCE.matcher(framing + " " + trailing).find();
        String question = questionText(c, facts);
        ClaimType type = types.classify(content, contentTokens.isEmpty() ? tokens : contentTokens, typeContext, attitude,
                documented);
        if (type == ClaimType.FACT && REPORTED_VIEW_FRAME.matcher(framing).find()) {
            // "He said the saving was real but smaller than vendors claim": a report moves the speaker's words back a
            // tense; what they said, put back in the present, is read for a view ("the saving is real but smaller …")
            String present = Backshift.undone(content);
            if (!present.equals(content) && types.classify(present, contentTokens.isEmpty() ? tokens : contentTokens,
                    typeContext, attitude, documented) == ClaimType.OPINION) {
                type = ClaimType.OPINION;
            }
        }
        if (type != ClaimType.RECOMMENDATION && FORECAST_FRAME.matcher(framing).find()
                || type == ClaimType.OPINION && REPORTING.matcher(framing).find()
                && REPORTED_FUTURE.matcher(content.toLowerCase(java.util.Locale.ROOT)).find()
                && !HOLDERS_READING.matcher(framing + " " + content.toLowerCase(java.util.Locale.ROOT)).find()
                && !COURSE_WEIGHED.matcher(content.toLowerCase(java.util.Locale.ROOT)).find()
                && !ClaimTypeClassifier.stanceOnAProposal(content.toLowerCase(java.util.Locale.ROOT))) {
            // "X expects customers to delay orders": the frame is the forecast; "she said the switches
            // would ship in 2027": the future seen from the past of the report
            type = ClaimType.PREDICTION;
        }
        if (STATED_ODDS.matcher(content.toLowerCase(java.util.Locale.ROOT)).find()
                // "Maybe 40%.", "I'm with Nora, or a bit above: 75%.": an answer that is a probability is a forecast,
                // and so is one given on a condition ("35%, and only if "leading" means deployment")
                // "put it at 15%": the figure after "at" is the answer as much as a bare one
                || NonClaims.BARE_ODDS.in(QUOTE_MARKS_AROUND.matcher(PUT_AT.matcher(content.strip()).replaceFirst("")).replaceAll(""))
                || CONDITIONAL_ODDS.matcher(content).lookingAt()
                || ODDS_ON_A_CLAUSE.matcher(content).lookingAt()
                // "Not before 2028." in answer to "Will it go public?": when, given as the answer, is a forecast
                || NonClaims.BARE_HORIZON.in(content.strip())
                // "For hotels, 2029. For a family flat, not before 2033.", "One in four. I still believe it.": an answer
                // that opens on when or how likely, for one respect or with the speaker standing by it, forecasts too
                // ('"in banks, no more than 5%"' quoted in a round of odds: the quotation marks are no part of it)
                || NonClaims.answersWhenOrHowLikely(QUOTE_MARKS_AROUND.matcher(openingSentence(content).strip()).replaceAll(""))
                // "Sixty." in a round where the others gave percentages: a bare figure that is the speaker's odds
                || facts.context().givesOdds(c.sentence())
                // "this can't last more than another year", "Her expectation: …": a forecast by its words
                || type != ClaimType.RECOMMENDATION && ClaimTypeClassifier.forecastsByItsWords(text.substring(c.span().start(), c.content().end()))) {
            // "she put her own confidence at about 60%": a probability the subject gives is their forecast
            type = ClaimType.PREDICTION;
        }
        // a call for odds: asked in their words, or a proposition the speakers answer with a figure each in turn
        boolean oddsAsked = ProbabilityReader.asksForOdds(question) || facts.context().answersInARoundOfOdds(c.sentence());
        String roundAsked = words(facts.context().oddsAskedInRound(c.sentence()));
        if (type != ClaimType.RECOMMENDATION && (oddsAsked && ProbabilityReader.figureAnswered(content) != null
                // "My own number is thirty-five, for what it is worth.": a figure of one's own in a round of odds
                || (oddsAsked || !roundAsked.isEmpty()) && ProbabilityReader.judgedFigure(content) != null)) {
            // "Ten, because the window is shut." to "What are the odds a startup goes public before 2029?": the odds
            type = ClaimType.PREDICTION;
        }
        if (!facts.context().givesOdds(c.sentence()) && !answersOnly(content) && answersInFewWords(c, contentTokens, facts)) {
            // "What should a warehouse do this year?" "Instrument everything.": a reply without a clause is of the kind
            // the question asked for, advice for "should", a forecast for what will be
            type = typeAskedFor(question, type);
        }
        if (!framing.isBlank() && DATE_GIVEN_AS_VIEW.matcher(content.toLowerCase(java.util.Locale.ROOT)).lookingAt()) {
            // "I expect profits by 2027, though Rui thinks 2026": a view that is only a date answers "when", a forecast
            type = ClaimType.PREDICTION;
        }
        if (type == ClaimType.FACT && CompletingSentences.contrastInThePresent(contentTokens)) {
            // "A better model can be copied. A year of memories cannot be copied.": a contrast the speaker draws of
            // what things can do or generally do is their reading of them, not an event told
            type = ClaimType.OPINION;
        }
        if (type != ClaimType.RECOMMENDATION && !framing.isBlank()
                && ReportedAdvice.reads(text.substring(c.span().start(), c.content().end()), tokens)) {
            // "Kofi proposed | moving the plenary to Lisbon": the frame's verb reports the content as the advice given
            type = ClaimType.RECOMMENDATION;
        }
        java.util.regex.Matcher advocacy = ADVOCACY_FRAME.matcher(framing);
        if (advocacy.find() && (advocacy.group("asked") != null || THING_ASKED_FOR.matcher(content).lookingAt())
                || ADVICE_NAMED_FRAME.matcher(framing).find() && ADVICE_STATED.matcher(content).find()) {
            type = ClaimType.RECOMMENDATION;
        }
        if (ADVICE_FRAME.matcher(framing).find() && (framing.stripTrailing().endsWith("that")
                || ADVISED_ACT.matcher(content.toLowerCase(java.util.Locale.ROOT)).find())) {
            type = ClaimType.RECOMMENDATION;
        }
        if (type == ClaimType.PREDICTION && FINDING_FRAME.matcher(framing).find()
                && PAST_ABILITY.matcher(content.toLowerCase(java.util.Locale.ROOT)).matches()) {
            // "Her group found that the model could be pushed into …": the past of "can", an ability a test showed
            type = ClaimType.FACT;
        }
        if (type == ClaimType.OPINION && c.sentence().block().kind() == BlockKind.TABLE_ROW
                && c.sentence().block().columns().stream().skip(1).anyMatch(h -> PRACTICE_COLUMN.matcher(h.strip()).matches())) {
            type = ClaimType.FACT;
        }
        if (type != ClaimType.RECOMMENDATION && c.sentence().block().kind() == BlockKind.TABLE_ROW
                && Predicates.forecastColumns(c.sentence().block().columns())) {
            type = ClaimType.PREDICTION; // a row given a horizon or odds is a forecast, however its first cell reads
        }
        String whole = framing + content.toLowerCase(java.util.Locale.ROOT);
        if (STANCE_ON_AN_IDEA.matcher(whole).find()) {
            type = ClaimType.OPINION;
        } else if (EXPECTATION_CLEFT.matcher(whole).find()) {
            type = ClaimType.PREDICTION;
        }
        Prediction prediction = type == ClaimType.PREDICTION ? predictions.read(c.span().of(text),
                Math.max(0, c.content().start() - c.span().start()), facts.date(), question, oddsAsked) : null;
        prediction = predictions.withHorizonSaidBefore(prediction, c.span().of(text),
                words(facts.context().sentenceBefore(c.sentence())), facts.date());
        if (facts.context().answersAQuestion(c.sentence())) {
            prediction = predictions.withHorizonAsked(prediction, question, facts.date());
        }
        if (prediction != null && (oddsAsked || !roundAsked.isEmpty())) {
            // "For language models, I'd guess twenty.": in a round of odds, a figure the speaker gives is in percent
            prediction = predictions.withOddsJudged(prediction, content);
        }
        if (facts.context().scoresOutOfTen(c.sentence())) {
            prediction = predictions.outOfTen(prediction); // "Seven." for a score out of ten is 70%, not 7%
        }
        if (prediction != null && prediction.probability() != null) {
            // "Fifty percent." after another guest's side question: the figure is for what opened the round of odds;
            // "Lee said 30%" after "Asked for the probability that …": for what the narration says was asked
            prediction = predictions.withHorizonAsked(prediction, oddsAsked || !c.sentence().block().inTurn() ? question
                    : "", facts.date());
            prediction = predictions.withHorizonAsked(prediction, roundAsked, facts.date());
        }
        // unique within the document; the query-service prefixes the document id for a global id
        return new Claim("c" + c.span().start() + "-" + c.span().end(),
                c.speaker() == null ? null : c.speaker().id(), c.span().of(text), c.span(), type.wireName(),
                topics.classify(answersOnly(content) || answersInFewWords(c, contentTokens, facts)
                                ? withQuestion(tokens, c, facts) : tokens, contextOf(c, facts), vector,
                        facts.context().lead(),
                        facts.context().before(c.sentence()), facts.theme(),
                        facts.context().sectionHeading(c.sentence())), hedging.confidence(content),
                c.explicit() ? "explicit" : "inferred",
                entities.find(text, tokens, facts.people(), c.speaker(), c.content()), prediction,
                quantities.find(text, c.span()));
    }

    /** A frame that gives the words as the holder's view ("… said that in his judgment …", "I would argue", "she argues that"). */
    private static final Anywhere HOLDERS_FRAME = Anywhere.compile(
            "(?s).*\\b(believes?|believed|thinks?|thought|feels?|felt|view|opinion|feeling|imo|imho"
            + "|judgment|judgement|estimation"
            // "He opined that the firms had been slow": a view offered as one, in the reporting verb business news uses
            + "|opined|opines)\\b.*"
            // "I would argue the work was the best money we spent": the speaker offers it as a view
            + "|(?s).*\\b(i|we)( would|['’]d)? argue\\b.*"
            // "She argues that the industry spent three years on the wrong problem": what is argued is put as a case
            + "|(?s).*\\bargu(es|ed|ing)\\b.*");

    /**
     * Whether every sentence of the content is an answer without a clause of its own: odds, a year, a horizon, a yes
     * or no for one respect ("For hotels, 2029. For a family flat, not before 2033.").
     */
    private static boolean answersOnly(String content) {
        for (String sentence : SENTENCE_END_SPLIT.split(content.strip())) {
            if (!NonClaims.answersWhenOrHowLikely(sentence) && !NonClaims.answerForARespect(sentence)) {
                return false;
            }
        }
        return true;
    }

    /** The quotation marks a claim cut from a quotation keeps at its ends ('"Forty percent.'). */
    private static final java.util.regex.Pattern QUOTE_MARKS_AROUND = java.util.regex.Pattern.compile(
            "^[\"“‘']+|[\"”’']+$");

    /** "Completely." to "Do you buy that?": a reply without a clause, whose subject is the question's. */
    private static boolean answersInFewWords(Candidate c, List<Token> contentTokens, DocumentFacts facts) {
        return facts.context().givesOdds(c.sentence()) || facts.context().answersAQuestion(c.sentence())
                && contentTokens.stream().filter(Token::isWord).count() <= FEW_WORDS
                && contentTokens.stream().noneMatch(Token::isVerbal);
    }

    private static final int FEW_WORDS = 5;

    /** What a question asks about the future: "will", "going to", "next year", "end up". */
    private static final java.util.regex.Pattern ASKS_AHEAD = java.util.regex.Pattern.compile(
            "(?i)\\b(will|won['’]t|['’]ll|going to|next (year|decade|quarter)|end up|by (19|20)\\d\\d)\\b");
    private static final java.util.regex.Pattern ASKS_ADVICE = java.util.regex.Pattern.compile("(?i)\\bshould\\b");

    private static ClaimType typeAskedFor(String question, ClaimType read) {
        // the tokens are joined by spaces: "won 't" is read as "won't"
        String q = question.replace(" '", "'").replace(" ’", "’");
        if (ASKS_ADVICE.matcher(q).find()) {
            return ClaimType.RECOMMENDATION;
        }
        return ASKS_AHEAD.matcher(q).find() ? ClaimType.PREDICTION : read;
    }

    private static final java.util.regex.Pattern SENTENCE_END_SPLIT = java.util.regex.Pattern.compile("(?<=[.!?])\\s+");

    /**
     * An answer without a clause names what it is about only through the question it answers ("When will a robot fold
     * laundry at home?" "For hotels, 2029."): its subject is the question's, read as its own words, the respects with it.
     */
    private static List<Token> withQuestion(List<Token> tokens, Candidate c, DocumentFacts facts) {
        List<Token> words = new java.util.ArrayList<>(facts.context().questionAnswered(c.sentence()));
        words.addAll(tokens);
        return words;
    }

    /** The words of the question the claim's turn answers, or empty outside turns and where no one asked. */
    private static String questionText(Candidate c, DocumentFacts facts) {
        return words(facts.context().questionAnswered(c.sentence()));
    }

    /** Tokens as text, a space after each. */
    private static String words(List<Token> tokens) {
        StringBuilder words = new StringBuilder();
        tokens.forEach(t -> words.append(t.text()).append(' '));
        return words.toString();
    }

    /** The content up to the end of its first sentence ("For hotels, 2029." of "For hotels, 2029. For flats, 2033."). */
    private static String openingSentence(String content) {
        java.util.regex.Matcher m = SENTENCE_END.matcher(content);
        return m.find() ? content.substring(0, m.start() + 1) : content;
    }

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?](?=\\s+\\S)");
}
