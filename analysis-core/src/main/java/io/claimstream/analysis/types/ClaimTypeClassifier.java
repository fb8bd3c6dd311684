package io.claimstream.analysis.types;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.text.Anywhere;
import io.claimstream.analysis.text.SiftedPattern;
import io.claimstream.analysis.text.Nlp;
import io.claimstream.analysis.text.Token;

/**
 * Decides the kind of a claim from its content (the words after any "X said that"):
 * <ul>
 *   <li>recommendation: {@code should}, {@code need to}, advice verbs, an imperative, or a
 *       section or table column about recommendations;</li>
 *   <li>prediction: the future ({@code will}, {@code going to}, {@code in the future}, a coming
 *       year, {@code soon}), a probability or chance, {@code likely}, {@code expect};</li>
 *   <li>fact: a past event or time ({@code launched}, {@code in the past}, {@code in 2024}), or a
 *       measured quantity stated without a view;</li>
 *   <li>opinion: any other view.</li>
 * </ul>
 */
public final class ClaimTypeClassifier {

    /** Those a speaker wants to act, when they say so: institutions, the people a market is made of, the listeners. */
    private static final String ACTORS = "(governments?|regulators?|"
            + "lawmakers|legislators|policymakers|ministers?|states|labs?|companies|firms|startups|developers|researchers|"
            + "universities|schools|investors|founders|everyone|everybody|people|users|customers|buyers|us|them|you)";
    private static final Anywhere RECOMMENDATION = Anywhere.compile("(?i).*\\b(should|shouldn['’]t|ought to|"
            // "He wants regulators to license large runs": wanting someone else to act is advocacy; "wants to" is intent
            + "(wants|urges|urged|calls on|called on) (the |all |every |more |its |their |our )?" + ACTORS
            + " to (?!be\\b)[a-z]{2,}|"
            // "I would like the government programmes to fund more of it": the speaker's wish that others act, as "wants"
            + "(i|we)( would|['’]d) (like|love) (the |all |every |more |its |their |our )?" + ACTORS + "( [\\w-]+){0,2}"
            + " to (?!be\\b)[a-z]{2,}|"
            // "I'd like every model card to report its memory traffic": a wish that each or all of a kind act asks it of them,
            // whatever the kind ("I'd like the chance to answer" wishes for the speaker's own act and stays out)
            + "(i|we)( would|['’]d) (like|love) (all|every|each|more) [\\w-]+( [\\w-]+){0,2} to (?!be\\b)[a-z]{2,}|"
            // "Her advice to buyers: …", "His recommendation to founders was to sell …": advice relayed is advice, as "my
            // advice" is
            + "(his|her|their|[a-z]+['’]s) (advice|recommendation|suggestion)( to [^:;.]{1,60}?)?( (is|was|would be))?"
            + "( to [\"“'‘]?[a-z]{2,}|\\s*:)|"
            // "She called for a shared standard", "they call for every lab to publish": a person calling for a thing asks for
            // it (what a plan or a budget "calls for" is its content, so only a person's pronoun is read)
            + "(he|she|they|we|i)( also| again| repeatedly| instead)? (calls?|called) for\\b|"
            // "We are asking you to publish the results": a request the speaker makes of the listener asks them to act
            + "(we|i)( are|['’]re| am|['’]m) (now |also )?(asking|urging|begging|imploring) (you|everyone|all of you|the [\\w-]+"
            + "|every [\\w-]+|governments?|members)( [\\w-]+)? to (?!be\\b)[a-z]{2,}|"
            // "had better act now" advises; "until it had better safeguards" compares
            + "had better (not )?(be|do|get|make|start|stop|go|keep|act|move|find|invest|focus|prepare|learn|watch|look|think)|"
            + "need to|needs to|we need|i recommend|i suggest|(i|we) (would |['’]d )?propose\\b(?! to be\\b)|"
            // "I advise two startups on data licensing" is a job; "I advise founders to wait", "I advise against it" advise
            + "i advise(?!( [\\w-]+){1,3} on\\b)|my advice|i urge|i would advise|"
            // "That is why I tell my students to learn compilers", "I still tell every founder: build …": advice the speaker
            // gives as a habit is advice still
            + "(i|we) (always |still |also |often |usually )*tell (my|our|every|all|the|young|new|any)( [\\w-]+){1,2}"
            + "( to (?!be\\b)[a-z]{2,}|\\s*:)|"
            // "the lesson for other makers is to start small": a lesson put as a course to take
            + "the lesson( for [^,;.]{1,40}?)? (is|was) to (?!be\\b)[a-z]{2,}|"
            // "What I'd like is for researchers to be able to share …": the speaker's wish that others act
            + "what (i|we)( would|['’]d)? (like|want|love) (to see )?(is|would be) (for|that)\\b|"
            // "I support mandatory third-party evaluation": backing a rule others are to follow asks for it
            + "(i|we) (strongly |fully |also |would |['’]d )?(support|favou?r|advocate|endorse) (a |an )?(mandatory|compulsory"
            + "|binding|independent|third-party|stricter|tougher|tighter|stronger|universal|public|national|international)\\b|"
            + "(my|our) (recommendation|suggestion|advice)|i (would|['’]d) (recommend|suggest)|"
            + "it is necessary|it['’]s necessary|it is important to|it['’]s important to|the key is to|"
            + "what (we|you|they|china|companies) (might |may |really )?need|the most meaningful thing|"
            + "recommend(s|ed)? that|is to (focus|invest|build|keep|make)|must not forget|"
            // "the better answer was to make the state small", "the best way to start is to copy": the course named best
            + "the (better|best|right|only|real|smarter|smart) (answer|way|approach|fix|solution|course|move|response|option)"
            + "( [^,;.]{1,40}?)? (is|was|would be) to [\"“'‘]?(?!be\\b)[a-z]{2,}|"
            + "(would|['’]d) (tell|advise|urge|encourage|ask)( \\w+){1,3} to|needs (fewer|more|less|better)|"
            // "I would like to see every state require audits": wanting to see someone act is advocacy, as "wants X to" is
            + "(would|['’]d) (like|love) to see (every|all|each|more|the|our|their|some|any|governments?|regulators?|states?|"
            + "labs?|companies|vendors)( [\\w-]+){0,3} (require|publish|adopt|ban|fund|build|release|disclose|report|share|"
            + "stop|start|invest|regulate|pay|set|create|introduce|pass|mandate|enforce|make|open|test|audit|limit|cap)|"
            // "Any tool we buy has to cover X or it's not worth it": a requirement with its penalty is a demand
            + "(has to|have to|must) [a-z]+\\b[^.;]{0,80}\\bor (else|it['’]s not|it is not|it['’]s useless|we walk|"
            + "we['’]re wasting|you['’]re wasting)|"
            // "He wants the line set at 10^25 operations": wanting a thing done to a measure is advocacy, as "wants X to" is
            + "(wants|urges|urged) (the|a|an|its|their|all|every) [\\w-]+( [\\w-]+)? (set|cut|capped|banned|lowered|raised|"
            + "fixed|tied|limited|published|scrapped|dropped|moved) (at|to|by|below|above|before|under|until|in|on))\\b.*");
    /**
     * The speaker's own figure for how likely or how far off something is: "I'd say 40%", "I'd say four years, maybe
     * five", "I would put it at 75%", "I would put the real gain at a third of that", "the one I would bet on, at three
     * to one". An estimate put so is a forecast (a bare "I'd put it lower" names no figure and stays a view).
     */
    private static final String ESTIMATE = "(\\d+(\\.\\d+)?\\s?(%|percent|per cent)|(one|\\d+) (in|out of) (two|three|four|five|six"
            + "|seven|eight|nine|ten|twenty|a hundred|\\d+)\\b|(one|two|three|four|five|ten|\\d+) to (one|two|three|four|five|\\d+)\\b"
            + "|even odds|evens\\b|50-50|fifty-fifty|(two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|\\d+)"
            + "( or (two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|\\d+))? (years|months|decades)\\b"
            + "|(19|20)\\d\\d\\b|(ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -]?(percent|per cent)"
            + "|a (half|third|quarter|fifth|tenth|twentieth)\\b)";
    private static final Anywhere STATED_ESTIMATE = Anywhere.compile("(?s).*\\b((i|we)( would|['’]d) (say|guess)[,:]? "
            + "(maybe |about |around |roughly |perhaps |probably |only |just )?" + ESTIMATE
            + "|(i|we)( would|['’]d)? (put|place|peg) (it|that|this|them|(the|our|my|their|his|her) [\\w-]+( [\\w-]+)?)"
            + "[^.;]{0,40}? at (maybe |about |around |roughly |perhaps |only |just |well |under |over |below |above |less than "
            + "|more than |better than |worse than )*" + ESTIMATE
            + "|(i|we)( would|['’]d) bet on\\b[^.;]{0,40}?,? at " + ESTIMATE
            // "but I'd guess twenty.": a bare figure that ends the guess answers how likely or how many years
            + "|(i|we)( would|['’]d) (say|guess),? (maybe |about |around |roughly |perhaps )?(\\d{1,3}|ten|fifteen|twenty|thirty"
            + "|forty|fifty|sixty|seventy|eighty|ninety)\\s*[.!?]?[\"”'’]?\\s*$).*");
    /**
     * "But if you force me, 40%.", "Lower than that. Maybe 65%.", "I'd only put something like 60% on that", "I'm quite
     * confident, maybe 80 percent": a probability standing on its own, or put on a claim, is the speaker's odds, a forecast
     * (a figure that a verb or a noun takes, "the rate was maybe 25%", "an error rate of about 40%", measures something).
     */
    private static final Anywhere ODDS_GIVEN = Anywhere.compile("(?s).*((^|(?<!\\d)[.,;:!?]\\s*|\\b(say|says|said|guess|guessed|put"
            // "Qian said 35%", "Rao put it at 15%", "that I would put at maybe 10%": a figure said or put, and nothing after it
            + "|puts)( (it|that|this|the odds|the chance|the probability))?( at)?\\s)((about|around|roughly"
            + "|maybe|perhaps|probably|something like|only|honestly,?) )*(?<![\\d.,])(\\d{1,3}\\s?(%|percent|per cent)"
            + "|(ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)( |-)?(percent|per cent)"
            // "Honestly, about one in four.": odds in words standing on their own as much as "25%."
            + "|(one|two|three|a) in (two|three|four|five|six|seven|eight|ten|twenty|fifty|a hundred|\\d{1,3}))"
            // ("Eighty percent is what I believe": the figure the speaker holds to)
            + "([\"”'’]?\\s*[.!?,]|[\"”'’]?\\s*$| on (that|it|this)\\b| is (what|where) (i|we) (believe|think|guess|say|land|come"
            + " out)\\b| is my (number|guess|estimate|answer)\\b)"
            + "|\\b(confident|sure|certain),? (maybe |about |around |roughly )?\\d{1,3}\\s?(%|percent|per cent)"
            + "|\\b\\d{1,3}\\s?(%|percent|per cent) (confident|sure|certain)\\b"
            + "|\\bput (something like |about |around |maybe |only |roughly )*\\d{1,3}\\s?(%|percent|per cent) on\\b"
            // "For databases, longer, maybe five years.": a span standing on its own at the end answers "how long until"
            + "|(^|(?<!\\d)[.,;:]\\s*)((maybe|perhaps|probably|about|roughly|another) )?(\\d+|two|three|four|five|six|seven|eight|ten"
            + "|fifteen|twenty)( or (\\d+|two|three|four|five|six|seven|eight|ten))? (more )?(years|months|decades)\\s*[.!?]?$).*");
    /**
     * "If I had a fixed budget, I would spend most of it on data", "If I were running a lab, I'd hire …": what the speaker
     * would do in a position they imagine for themselves is advice to whoever holds it, as "I would spend …" alone is.
     */
    private static final SiftedPattern IN_MY_PLACE = SiftedPattern.compile("^[\"“'‘]?(and |but |so )?if i (had|were|was|ran|owned"
            + "|led|started|managed|got)\\b[^,;.]{0,80},\\s*(?=(i|we)( would|['’]d) )");
    /**
     * "My guess is that the second thing happens first", "Her expectation: another tenfold cut", "My bet as an investor is
     * that …": a view the speaker names as their guess, bet or expectation is their forecast, whatever tense it is told in
     * (a past in it, "my guess is that he was bluffing", reads what happened and stays out).
     */
    private static final Anywhere NAMED_EXPECTATION = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?(my|our|his|her|their"
            + "|[a-z]+['’]s) (own )?(best |honest |personal )?(guess|bet|expectation|judgement|judgment|forecast|prediction)"
            + "( as an? [\\w-]+)?( (is|was)( that)?\\b|\\s*:)(?![^.;]*\\b(was|were|had|did)\\b).*");
    /** How many of a unit: "eighteen", "a few", "three to five", "2-3". */
    private static final String COUNT = "(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|eighteen|twenty"
            + "|eighty|a couple of|a few|few|couple of)( ?(to|or|-|–) ?(\\d+|two|three|four|five|six|seven|eight|nine|ten))?";
    private static final String UNIT = "(years?|months?|decades?|quarters?)";
    /** "another eighteen months", "three to five more years": a span still to run, counted on from now. */
    private static final String STILL_TO_RUN = "(another (" + COUNT + " )?|" + COUNT + " more )" + UNIT + "\\b";
    /**
     * "This can last at most another year", "world models need three to five more years", "for at least another eighteen
     * months": a span still to run, counted on from now, looks ahead as "in the next two years" does.
     */
    private static final Anywhere SPAN_STILL_TO_RUN = Anywhere.compile("(?s).*\\b" + STILL_TO_RUN + ".*");
    /**
     * "this can't last more than another eighteen months", "won't survive two more years": how much longer something can
     * last is a forecast whatever else the sentence says, so it outweighs the generic "will" of a view.
     */
    private static final Anywhere HOW_LONG_IT_LASTS = Anywhere.compile("(?s).*\\b(can(not|['’]t)?|could(n['’]t)?|will|won['’]t"
            + "|would|may|might) (\\w+ )?(last|hold|continue|survive|persist|go on|stay|remain)\\b[^.;:]{0,40}?\\b" + STILL_TO_RUN
            + ".*");
    /** "need at least three more years before", "needs another two years to": the time until it is so. */
    private static final Anywhere TIME_STILL_NEEDED = Anywhere.compile("(?s).*\\bneeds? ((at least|at most|about|around|roughly"
            + "|another) )*" + COUNT + " (more )?" + UNIT + " (before|to|until)\\b.*");
    /**
     * "Our rule is that a human signs off on every payment", "We have a rule that no team may pass twelve people": a rule
     * the speaker's side keeps is its practice reported, whatever the rule says may or may not be done.
     */
    private static final Anywhere OWN_RULE = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?((our|my) (internal |own |one "
            + "|simple |main )?(rule|policy|principle)( here| internally)? (is|was)( simple)?( that\\b|\\s*:)|(we|i) have (a|an|one"
            + "|the) (simple |strict |firm |hard |internal )?(rule|policy)( here| internally)? that\\b).*");
    /**
     * "Every failed task is logged and fed back into training", "Each change that touches money is reviewed by a second
     * engineer": what is done to every one of a kind, in the present passive, is a procedure reported ("every week a run is
     * delayed …" counts time, and stays out).
     */
    private static final Anywhere UNIVERSAL_PROCEDURE = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?(every|each) "
            + "(?!(day|week|month|quarter|year|time|minute|hour)s?\\b)[^.;]{1,80}?\\b(is|are) (always |also |then |automatically )?"
            + "[a-z]+(ed|en)\\b(?![^.;]*\\b(will|would|should|must|can|could|may|might|cannot)\\b).*");
    /**
     * "They are the most valuable thing you will own", "the cheapest insurance they will ever buy": a superlative with a
     * clause of "will" picks the thing out among all there will be; no event is foreseen by it.
     */
    private static final SiftedPattern SUPERLATIVE_RELATIVE = SiftedPattern.compile("\\bthe (most|least|best|worst|only|[a-z]{3,}est)"
            + " ((?!(is|are|was|were|that|which|will|would|of)\\b)[\\w-]+ ){1,3}(that |which )?(you|they|we|i|he|she|anyone|people|it|(a|an|any|the) [\\w-]+) (will|['’]ll|would|['’]d|could|can) (ever )?[a-z]+");
    /** "Engineering colleges must put AI into the first year": what people or institutions must do is asked of them. */
    private static final Anywhere INSTITUTIONS_MUST = Anywhere.compile("(?s).*\\b(governments?|regulators|lawmakers|"
            + "legislators|policymakers|labs|companies|firms|startups|universities|colleges|schools|investors|founders|"
            + "employers|vendors|boards|ministries|agencies|countries|nations"
            // "any lab that lets models train themselves must …", "users must always be able to …": one institution standing
            // for all of its kind, and the people a service is for, are asked as much
            + "|(any|every|each) (lab|company|government|firm|developer|vendor|provider|bank|hospital|school|university|startup)"
            + "( (that|which|who) [^,;.]{1,80}?)?|users|citizens|patients|customers|consumers) must (not )?(always |never )?((?!be\\b|have\\b|admit\\b|accept\\b)[a-z]{2,}"
            // "Poorer countries must be helped to build their own capacity": what others are to do for them is asked too
            + "|be [a-z]+ed to [a-z]+)\\b.*");
    /**
     * "The country needs its own evaluation suites", "it needs a separate unit with its own budget": what something is
     * said to need of its own is what the speaker would have it given, advice ("does not need its own" denies it).
     */
    private static final Anywhere NEEDS_ITS_OWN = Anywhere.compile("(?s).*(?<!\\b(not|n['’]t|never) )\\bneeds? (a |an )?(its|their"
            + "|our|his|her|your) own\\b.*|.*(?<!\\b(not|n['’]t|never) )\\bneeds an? [\\w-]+( [\\w-]+)? with (its|their) own\\b.*");
    /** "Adaeze, please don't switch": a request with "please", to a named listener or none, asks them to act. */
    private static final Anywhere PLEASE = Anywhere.compile("(?s)^[\"“'‘]?([\\w-]+, )?please\\b.*");
    private static final Anywhere LIST_NEED = Anywhere.compile("(?i).*(^|[:;]\\s*)(need|needs|must|should)\\b.*");
    private static final Anywhere PREDICTION = Anywhere.compile("(?i).*(\\bwill\\b|['’]ll\\b|\\bwon['’]t\\b|"
            // ("the best engineers are not going to the big companies" moves people, it forecasts nothing)
            + "\\bgoing to\\b(?! (the|a|an|his|her|their|our|my|your|its|work|school|college|university|court)\\b)|\\bin the future\\b"
            + "|\\bin the coming\\b|\\bnext (few |two |three |five |six |ten |twelve |eighteen |\\d{1,2} )?(years?|decade|"
            + "months?)\\b|\\b(three|two|five|ten|a few|\\d+) (to (three|five|ten|\\d+) )?years (from now|later)\\b|"
            + "\\bprobabilit(y|ies)\\b|\\bchance\\b|\\bodds\\b|"
            // "I'd say 50-50, maybe better": odds given in words are a probability as much as "a 50% chance"
            + "(?<![\\d.])(50-50|50/50)(?![\\d%])|\\bfifty-fifty\\b|\\bcoin (flip|toss)\\b|\\btoss-up\\b|\\blikely\\b|\\bunlikely\\b|\\b(i|we) (predict|expect|forecast|project|"
            + "anticipate|bet)\\b|\\bexpected to\\b|\\bsoon(er)?\\b|\\beventually\\b|\\bby (the end of )?(19|20)\\d\\d\\b|"
            + "\\bwithin (a|the next|\\d+|one|two|three|five|ten) (year|month|decade)|"
            // "a shortfall of 2 gigawatts by the end of the decade", "the era of flat fees is coming to an end"
            + "\\b(by|before) the end of the (decade|century)\\b|\\b(is|are|was|were) (coming|drawing) to an end\\b|\\b(years?|months?|decades?) away\\b|"
            + "\\bexpects?\\b[^.;]{1,80}\\bto \\w+|\\bthis year\\b|\\bnext year\\b|"
            // "the company had no plans to raise prices", "We intend to list in Frankfurt": an intention declared is a plan
            // told, a forecast as "will" is ("the government's plan to …" names a plan and may judge it)
            + "\\b(plans|planned|intends|intended|(we|i|they) (plan|intend)) to \\w+|\\b(has|have|had) no (plans?|intention) to \\w+|"
            + "\\b(do|does|did)(n['’]t| not) (plan|intend) to \\w+|"
            + "(?<!\\bi )\\bcould (probably |eventually |soon )?(arrive|bring|become|reach|happen|replace|have|be)\\b(?! wrong)|"
            + "\\bmight (really )?be (realized|the key|achieved)|\\bis set to\\b|\\bon track to\\b|"
            // "I'm fairly sure prices keep falling": confidence that a trend goes on looks ahead
            + "\\b(confident|sure|certain|convinced) (that )?[^.;]{0,60}\\b(keeps?|continues?) \\w+|"
            + "\\d+\\s?%.*\\b(optimistic|pessimistic)\\b|\\b(optimistic|pessimistic)\\b.*\\d+\\s?%).*");
    /**
     * Modal forecasts the word list above misses. "Would" with a verb is the future seen from a report or
     * from an unstated condition ("an audit like that would cost us a third of our runway"), except where the
     * speaker hedges their own act ("I would say", "we would never") or a plain negation passes judgement;
     * "could" with a verb opens a possibility ("both strategies could work for years"); "expected … to" is
     * a forecast reported in the past, unless nobody expected it (then it reports a surprise).
     */
    private static final Anywhere MODAL_FORECAST = Anywhere.compile("(?s).*((?<!\\b(i|we) )\\bwould (probably |likely |"
            + "also |still |soon |eventually |only )?(?!be\\b|have\\b|like\\b|prefer\\b|rather\\b|need\\b|want\\b|mean\\b|"
            + "say\\b|argue\\b|not\\b|never\\b|otherwise\\b)[a-z]{2,}|(?<!\\bi )\\bcould (probably |eventually |soon |easily |"
            // "feedback we could never buy", "the cheapest we could ever get": what is out of reach at any time is weighed
            + "still |well )?(?!be (argued|said|seen|wrong)\\b|not\\b|have\\b|only\\b|never\\b|ever\\b)[a-z]{2,}"
            // "its new app would be launched in the second quarter": a passive "would be" dated ahead is a plan told
            + "|\\bwould (also |only |now )?be [a-z]+(ed|en|wn|lt)\\b[^.;]{0,40}?\\b(in|by|before|from) (the (first|second|third"
            + "|fourth) (quarter|half)|q[1-4]\\b|next\\b|the (coming|next)\\b|(january|february|march|april|may|june|july|august"
            + "|september|october|november|december)\\b)).*");
    /**
     * "They found that the model could be pushed into …": "could" inside what a test or study found is the past of
     * "can", an ability shown, not a possibility foreseen.
     */
    private static final Anywhere PAST_FINDING = Anywhere.compile("(?s).*\\b(found|showed|discovered|demonstrated|"
            + "proved|confirmed|learned|learnt)( that\\b| it\\b| they\\b)[^.;]*\\bcould\\b.*");
    private static final SiftedPattern COULD = SiftedPattern.compile("\\bcould\\b");
    /** "A model like that could be matched today for a twentieth of the price": "could" with "today" is what can be done now. */
    private static final SiftedPattern COULD_TODAY = SiftedPattern.compile("\\bcould(?= (be )?[a-z]+ (today|now)\\b(?!['’]))");
    /** "expected the three largest chip makers to report …": whoever is expected to act may take a long noun phrase. */
    private static final Anywhere EXPECTED_TO = Anywhere.compile("(?s).*\\bexpected( [\\w'’-]+){0,7} to \\w+.*");
    /**
     * "in FY27", "by FY2028": a fiscal year written as business news and earnings calls write it is a year like any
     * other, so it is read as "fiscal 2027" for the rules that look for coming (or past) years.
     */
    private static final SiftedPattern FISCAL_YEAR = SiftedPattern.compile("\\bfy ?['’]?(?:20)?(\\d\\d)\\b");
    private static final Anywhere UNEXPECTED = Anywhere.compile(
            "(?s).*\\b(nobody|none|no one|never|not|than)\\b[^,;.]{0,40}\\bexpected\\b.*");
    /** "If your product disappears, you never had a company": a rule stated under a condition, not an event. */
    private static final Anywhere GENERIC_CONDITION = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?(if|unless)\\b.*"
            + "|.*\\bthat (if|unless)\\b.*");
    /**
     * "His company now focuses on utilities": what an organisation does at present, with "now" marking the
     * change, is a report of its state, not a view.
     */
    private static final Anywhere ORGANISATION_NOW = Anywhere.compile("(?s).*\\b(company|firm|lab|startup|business|"
            + "group|unit|division|team|agency|fund)['’]?s? now [a-z]+s\\b.*"
            // "she now asks every vendor for its error rates": what a person does since a change is a habit reported,
            // unless the verb is one of thinking or saying
            + "|(?s).*\\b(he|she) now (?!(thinks|believes|feels|says|argues|expects|wants|hopes|worries|knows|sees|needs"
            + "|prefers|doubts|suspects|fears|likes|loves|hates|agrees|disagrees|insists|claims|reckons|seems|is|has|does"
            + "|was|calls|describes)\\b)[a-z]+s\\b.*");
    private static final Anywhere PAST_TIME = Anywhere.compile("(?i).*\\b(in the past|last (year|spring|summer|autumn|"
            + "fall|winter)|over the past|"
            + "previously|originally|(years?|months?|decades?) ago|in (19|20)\\d\\d\\b(?! or)|"
            + "since (early |late |mid-?|the (start|end) of )?(19|20)\\d\\d|"
            // "I was head of data from May 2023 until I left": a role held over a dated span
            + "(was|were)\\b[^.;]{0,60}\\bfrom ((january|february|march|april|may|june|july|august|september|october|"
            + "november|december) )?(19|20)\\d\\d (until|till|to|through)\\b|on (january|february|march|april|may|june|july|"
            + "august|september|october|november|december) \\d|already (written|done|shipped|released|launched)|"
            // "taped out in August": a month named after a past form dates an event (a coming month is a forecast,
            // read before this)
            + "\\w+(ed|ght|wn|ew|ook|ame|old|ent|ut|ot|ade)( \\w+){0,2} in (january|february|march|april|may|june|july|august|"
            + "september|october|november|december)|"
            // "were built for single-turn answers", "has never been published": an event told in the passive
            // ("chips that were designed for graphics" describes the chips, it tells no event of the claim's own)
            + "(?<!\\b(that|which|who) )(was|were) (originally |mostly |all |first |never )?(built|designed|written|made|trained|created|developed|"
            + "collected|labell?ed|released|published|approved|signed|tested) (for|by|on|in|from|with|at|to)|"
            + "(has|have) (never |not |already |just )?been (published|released|shared|leaked|deployed|shipped|audited|"
            + "tested|approved|signed|used|seen)|"
            // "regulators today approved …": a past form dated by the day of the report
            + "yesterday|(today|this (morning|afternoon|week)|last (night|week|month)) \\w+ed|"
            // "most of that drop came from batching": where a change came from, reported
            + "came from|"
            // "the newest tier has barely moved in a year": a change measured over a stated span ("the bottleneck has
            // moved from wafers to memory", with no span, is a reading of the field)
            + "(has|have|['’]ve) (barely |hardly |not |never |only )?(moved|changed|shifted|grown) in (a|one|two|three|\\d+|"
            + "the (last|past)( \\w+)?) (weeks?|months?|years?|quarters?|decades?)|"
            + "had)\\b.*");
    private static final Set<String> EVENT_VERBS = Set.of("launched", "released", "reported", "announced",
            "published", "raised", "completed", "acquired", "hired", "shipped", "showed", "introduced", "unveiled",
            "signed", "founded", "invested", "spent", "expected", "grew", "fell", "rose",
            "doubled", "tripled", "won", "lost", "built", "trained", "deployed", "open-sourced", "consumed", "found",
            "discovered", "fixed", "pulled", "tested", "retested", "re-tested");
    /** "customers were now signing contracts": what was going on, reported. */
    private static final Anywhere PAST_PROGRESSIVE = Anywhere.compile("(?s).*(?<!\\b(we|i) )\\b(was|were) (now |already "
            + "|still |increasingly )?\\w+ing\\b.*");
    /** "Several vendors are now selling below cost": what is going on now, reported as observed. */
    private static final Anywhere NOW_PROGRESSIVE = Anywhere.compile("(?s).*(?<!\\b(i|we) )\\b(is|are) (now|currently) "
            + "[a-z]+ing\\b.*"
            // "we're selling to banks now": what the speaker's side is doing at present, with the time said, is as observed
            // ("we're still paying for it", with no time, weighs it)
            + "|(?s).*\\b(we['’]re|we are) ((now|currently|already) [a-z]+ing\\b|[a-z]+ing\\b[^.;]*\\b(now|currently)\\b).*"
            // "My company is piloting robots in one warehouse": what the speaker's own organisation is doing is observed
            + "|(?s).*\\b(my|our) (company|team|lab|firm|startup|group|business) is [a-z]+ing\\b.*");
    /**
     * "Orrin AI is exploring a sale of its chip unit", "two cloud providers are testing our parts": an undertaking in
     * progress is what an actor is doing, reported as observed (a change going on, "prices are falling", or a course
     * judged, "they are spending a year of revenue on it", is weighed by {@link #TREND} or left a view).
     */
    private static final Anywhere UNDERTAKING = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?(?:(?!\\b(?:that|which|who"
            + "|if|when|whether|because)\\b)[^,;:.?]){1,60}?\\b(is|are|['’]re) (also |now |quietly |actively |already "
            + "|currently |still )?(exploring|weighing|considering|negotiating|raising|hiring|recruiting|testing|piloting"
            + "|trialling|trialing|seeking|courting|evaluating|in talks)\\b.*");
    /**
     * "We can't buy from them directly", "we cannot check that figure": what the speaker's side is kept from getting,
     * seeing or selling is a constraint reported; what it cannot afford, match or win is its weighing of itself.
     */
    private static final Anywhere OWN_INABILITY = Anywhere.compile("(?s).*\\bwe (just |simply |still |also )?(can['’]t|cannot"
            + "|can not) (buy|sell|get|obtain|access|import|export|ship|check|verify|watch|monitor|audit|inspect|order)\\b.*");
    /**
     * "half of what it would cost in Bavaria": a free relative with "would" names the price or the measure a figure is
     * held against; it forecasts nothing.
     */
    private static final SiftedPattern COMPARED_MEASURE = SiftedPattern.compile("\\b(of|than|as|to) what (it|they|we|you|he|she|this"
            + "|that|[\\w-]+) (would|could) (cost|pay|charge|take|spend|earn|make|need|be)\\b");
    /** "work they could never afford to do before": "could" with a time before now is the past of "can". */
    private static final SiftedPattern ABILITY_BEFORE = SiftedPattern.compile("\\bcould(?= (never |not |only |hardly |barely )?[a-z]+\\b"
            + "[^,;.]{0,60}\\b(before|back then|at the time|in those days|until (recently|now|then))\\b)");
    /** "Inference prices are still falling": a change going on at present, reported as observed. */
    private static final Anywhere TREND = Anywhere.compile("(?s).*\\b(prices?|costs?|salar(y|ies)|wages|pay|revenues?|sales|"
            + "demand|usage|spending|shares?|margins?|valuations?|headcount|budgets?|volumes?|traffic|rates?|bills?)\\b[^,;.]{0,60}"
            + "(\\b(is|are|has been|have been) (still |now |steadily |already |quickly |slowly )?(rising|falling|growing|"
            + "shrinking|declining|increasing|dropping|climbing|flat|unchanged|stable)"
            // "the bill for the biggest runs keeps going up": a change that goes on, reported as observed
            + "|\\b(keeps|keep) (going up|going down|rising|falling|growing|climbing|dropping|shrinking))\\b.*");
    /**
     * "Several labs publish new checkpoints every few weeks": what is done at a stated rhythm, a practice reported
     * (in a relative clause the rhythm describes a noun: "a proxy that gets worse every year").
     */
    private static final Anywhere FREQUENCY = Anywhere.compile("(?s)^(?:(?!\\b(?:that|which|who)\\b).)*\\b("
            + "every (few |other |two |three |six |ten )?(minutes?|hours?|days?|weeks?|months?|quarters?|years?)"
            // "Every time a good open model lands, our committee meets": a practice set off by an event
            // (matched from the start, where no word boundary precedes an opening quote)
            + "|(?<=^[\"“'‘]?(and |but |so )?)(every time|each time|whenever)"
            + "|each (day|week|month|quarter|year)|(once|twice|\\d+ times) a (day|week|month|quarter|year)"
            + "|(one|two|three|four|five|\\d+) [a-z-]+ (a|per) (day|week|month|quarter|year))\\b.*");
    /**
     * "Every time the price falls, someone finds a new use": what follows whenever a kind of event happens, with nobody
     * of the speaker's side acting, is a law the speaker reads into events ("every time a model lands, our committee
     * meets" is the side's practice).
     */
    private static final Anywhere LAW_OF_EVENTS = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?(every time|each time|whenever)\\b"
            + "(?![^.;]*\\b(we|our|ours|us|i|my|me)\\b).*");
    /**
     * "Anyone who tells you prices halve next year is selling something": whoever says a thing, judged for saying it, is
     * the claim; the forecast they say, with its time, is theirs, named to be dismissed.
     */
    private static final Anywhere SAYERS_JUDGED = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?(anyone|anybody|whoever|everyone"
            + "|everybody|any [\\w-]+) (who |that )?(tells?|told|says?|said|claims?|claimed|promises?|promised|predicts?"
            + "|predicted)\\b.*");
    /** "Tickets don't get harder every year": a change of degree at a rhythm is a trend weighed, not a practice. */
    private static final Anywhere CHANGE_EVERY = Anywhere.compile("(?s).*\\b(get|gets|getting|grow|grows|growing|become|"
            + "becomes|becoming) (\\w+er|more \\w+|less \\w+|worse|better) every\\b.*");
    /**
     * "A model that scores 90% and fails in production is worth little": an indefinite subject with a clause that
     * describes it speaks of any member of a kind; the figure inside the clause is a premise, not a measurement.
     */
    private static final Anywhere GENERIC_SUBJECT = Anywhere.compile(
            "(?s)^[\"“'‘]?(and |but |so )?((an?|any) [\\w-]+( [\\w-]+)? (that|who|which)"
            // "Anyone who says so has never run a plant": a pronoun for whoever fits the clause is as generic
            + "|(anyone|anybody|everyone|everybody) (who|that)|whoever) .*");
    /**
     * "A smaller model trained on the right data beats a giant one", "In law, a model tuned on case files wins": an
     * indefinite subject narrowed by a participle is any such thing, so what it does is what such things do (what it
     * can do, "a chip designed for inference can run …", is a capability measured, and stays out).
     */
    private static final Anywhere GENERIC_PARTICIPLE_SUBJECT = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?((in|for|at|on|with)"
            + " [^,;.]{1,30}, )*an? [\\w-]+( [\\w-]+)? (trained|built|designed|made|taught|fed|tuned|fine-tuned) "
            + "(?![^.;]*\\b(can|could|cannot|can['’]t)\\b).*");
    /**
     * "Serving it to millions every day is the bill that never stops", "Publishing scores is not evaluation": a course of
     * action named by its gerund and said to be a thing in the present is the speaker's weighing of that course.
     */
    private static final Anywhere GERUND_VERDICT = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?[a-z]{3,}ing\\b[^,;.]{0,80}?"
            + "\\b(is|isn['’]t) (a|an|the|not)\\b.*");
    /**
     * "We have around 900 start-ups on the platform", "Our largest run so far used about 12,000 accelerators": the speaker's
     * own side, with a count of what it has, did or does, reports its state, whatever is counted (a wish, a need or a
     * modal before the count makes it a view or a forecast, read elsewhere).
     */
    private static final Anywhere OWN_COUNT = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?((at|in) [^,;.]{1,40},? )?(we|our)\\b"
            + "(?![^.;]*\\b(think|believe|feel|need|needs|want|wants|should|must|hope|hopes|wish|could|might|may|would)\\b)"
            // "We have two pilots in the US": a count in words is as much a count
            + "[^.;]*?\\b((?!(19|20)\\d\\d\\b)\\d[\\d,.]*\\b|" + ClaimTypeClassifier.NUMBER_WORD + " (?!(of|and|years?|months?|weeks?|days?|hours?)\\b)[a-z]).*");
    /**
     * "A finance director will not let an agent pay until she has watched it work", "People will not hand over a task
     * until they stop checking": what anyone of a kind will do on a condition is how such people act, no coming event.
     */
    private static final Anywhere GENERIC_CONDITIONED_WILL = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?(an? [\\w-]+( [\\w-]+)?"
            + "|people|customers|users|buyers|companies|businesses) (will|won['’]t)\\b[^.;]*\\b(if|until|unless|once|as long as)\\b.*");
    /**
     * "Anyone who tells you prices will fall …", "the analysts who said demand would double": a forecast inside a
     * relative clause of saying is somebody else's, told to describe them; the speaker forecasts nothing by it.
     */
    private static final SiftedPattern SAID_IN_RELATIVE = SiftedPattern.compile("\\b(who|that) (tells?|told|says?|said|thinks?|"
            + "thought|claims?|claimed|believes?|believed|insists?|insisted|promises?|promised)( you| us| me| them)?"
            + "( that)? [^,;.]*?\\b(will|would|['’]ll|won['’]t) \\w+"
            // "When she says spending will "fall off a cliff", she …": the forecast of a saying the claim goes on to weigh
            + "|\\b(when|if|whenever) (he|she|they|people|critics|[a-z]+) (says?|said|claims?|claimed|predicts?|predicted|tells? "
            + "(you|us))( that)? [^,;.]*?\\b(will|would|['’]ll|won['’]t) [\"“]?\\w+");
    /**
     * "Fleet data is what will separate the winners": a pseudo-cleft names what matters; its "will" picks the thing
     * out, it forecasts no event.
     */
    /**
     * "The idea that one model will do everything is a 2023 idea": a future inside "the idea that …" is the idea's, named
     * to weigh it; the speaker forecasts nothing by it.
     */
    private static final SiftedPattern IDEA_THAT = SiftedPattern.compile("\\bthe (idea|notion|belief|claim|assumption|promise"
            + "|argument) that [^,;.]*?\\b(will|would|['’]ll|won['’]t) \\w+");
    /**
     * "That number assumes that every task will be done as in the demo", "the forecast assumed demand would keep doubling":
     * a future that a figure or a plan takes for granted is its premise, held up to be weighed; nobody forecasts it.
     */
    private static final SiftedPattern ASSUMED = SiftedPattern.compile("\\b(assumes?|assumed|assuming|presumes?|presumed)( that)?"
            + " [^,;.]*?\\b(will|would|['’]ll|won['’]t) \\w+");
    private static final SiftedPattern WHAT_WILL = SiftedPattern.compile("\\b(is|are|['’]s|['’]re) (exactly |precisely |really )?"
            + "what (will|['’]ll)\\b");
    private static final String NEED_THRESHOLD = "needs? to be (above|below|over|under|at least|at most|more than|"
            + "less than|within)";
    private static final SiftedPattern THRESHOLD = SiftedPattern.compile("\\b" + NEED_THRESHOLD + "\\b");
    /**
     * A verb of believing, in any person ("he thinks", "people believe", "we thought", "Japanese firms used to think"), bar
     * "think about" and "think of", which name a topic, what a machine is let do ("we let it think"), and a belief that
     * only names what it is about ("a tenth of what we believe they spent", "which tells you where we think the risk is").
     */
    private static final String HELD_BELIEF = "(?<!\\b(it|them|a) |\\b(what|where|how|which|who) (i|we|they|people|you) )"
            + "(think|thinks|thought|believe|believes|believed)"
            + "(?! (about|of|through|tank)\\b)";
    private static final Anywhere VIEW = Anywhere.compile("(?i).*\\b(i think|i believe|i feel|"
            // "in his judgment most of them would fail", "in their estimation": whose reading it is, said outright ("in our
            // experience" reports what was seen, and stays out)
            + "in (my|his|her|their|our) (own )?(view|opinion|judgment|judgement|estimation)|"
            // "My honest opinion is that …", "My own take is …": the speaker says it is a view
            + "my (honest |own |personal |strong )?(opinion|view|take|hunch|gut feeling) (is|was)|"
            + "people say|maybe|perhaps|probably|honestly|frankly|to be honest|may have|might have|seems?|i guess|"
            // "imo the 9 points are worth it": a chat's abbreviation of "in my opinion"; "I would argue X" puts X as a view
            + "imo|imho|(i|we)( would|['’]d) argue|"
            + "i['’]m (not )?sure|"
            // "We rate this claim Mostly false": a fact-checker's rating is its verdict on the claim
            + "(we|i) (rate|judge|deem|grade) (this|that|the|his|her|their|its) (claim|statement)|"
            // "I would want to see margins above 50%": a condition the speaker sets, not a measurement
            + "(i|we) (would|['’]d) (want|like|need) to see|i want to see|"
            // "I would rather hire X than Y": a preference of the speaker's, neither advice nor an event
            + "(i|we) (would|['’]d) (rather|take\\b[^.;]{1,80}\\bover\\b)|"
            // "you need to be above 60% before it pays": a threshold the speaker sets, no advice to act
            + NEED_THRESHOLD + "|"
            // "The compiler is what kills these companies": a pseudo-cleft singles out what matters, a weighing
            + "(is|are|['’]s) (exactly |precisely |really )?what|"
            // "The spot market is not where you get 512 GPUs", "Open weights are how labs keep up": a thing named as the
            // place or the means of something is weighed so ("that is where the GPUs are" points back, and stays out)
            + "(?<!\\b(that|this|which|here|there) )(is|are|isn['’]t|aren['’]t)( not)? (where|how) |"
            // "She argues that the split is an artefact": what is argued is put as a case, not as an event ("believing that
            // the old law already applied", "convinced that …": what is held, however it is introduced)
            + "argu(es|ed|ing) that|(believing|insisting|convinced) that|"
            // "I am less pessimistic than Imogen", "we're more cautious on chips": the speaker places their own stance
            + "(i am|i['’]m|we are|we['’]re) (much |far |a lot |a bit |slightly |somewhat |not |very |quite |really |more |less "
            + "|still )*(pessimistic|optimistic|sceptical|skeptical|worried|confident|hopeful|bullish|bearish|cautious|nervous)|"
            // "We learned that buyers do not want robots": a lesson drawn, in the present, is what the speaker now holds
            + "(learned|learnt|realized|realised) that\\b[^.;]*\\b(do|does|don['’]t|doesn['’]t|is|are|isn['’]t|aren['’]t"
            + "|want|wants|need|needs|can|can['’]t|cannot)|"
            // "People abroad think we open-source because …", "We thought we were buying developers": what anyone thinks or
            // thought is a belief held, whoever holds it
            + HELD_BELIEF + ")\\b.*");
    private static final String NUMBER_WORD = "(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
            + "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|a thousand|thousands|a dozen|dozens)";
    /**
     * Counts written in words: a number word before what is counted ("nine weeks", "forty agent products",
     * "two contracts"), a share ("three of them", "about half of its requests", "a third of our budget") or a
     * multiple ("twice as much"). The counted words are units and countable things, so "across three
     * dimensions" or "the big three" stay figures of speech.
     */
    private static final String COUNTED = "\\b" + NUMBER_WORD + "( \\w+)? (weeks|months|years|days|hours|minutes|quarters|"
            + "contracts|deals|customers|clients|models|products|tasks|people|engineers|researchers|companies|startups|"
            + "labs|teams|firms|countries|rounds|sites|regions|releases|incidents|problems|employees|users|staff|"
            + "megawatts|gigawatts|points|times|states|documents|files|pages|runs|places|locations|cities|offices|plants)\\b|\\b"
            + NUMBER_WORD
            + " of (them|those|these|the|our|its|their|us)\\b|"
            + "\\b(most|almost all|nearly all) of (them|those)\\b|"
            // "about one task in seven", "one in five developers who download it": a rate counted out of a whole is a share,
            // as "20%" is (a time after it is a span: "build in one place", "done in two weeks")
            + "\\b(one|two|three|four|five|nine|\\d{1,3})( [a-z-]+)? in (two|three|four|five|six|seven|eight|nine|ten|twenty"
            + "|fifty|a hundred|a thousand|\\d{1,3})\\b(?!\\d|[.,]\\d| (years?|months?|weeks?|days?|hours?|minutes?|seconds?)\\b)|"
            // "a small share of pumping": a share is a proportion, as "a third of" is
            + "\\b(a|the) ((small|large|tiny|big|bigger|larger|smaller|growing|shrinking|majority|minority|modest|sizeable"
            + "|substantial) )?share of\\b|"
            // ("the second half of large models" is a stage, not a share)
            + "(?<!\\b(first|second|other|latter) )\\b(half|(a|one) (third|quarter|fifth|sixth|tenth|twentieth)|two thirds"
            + "|three quarters) of\\b|"
            // "cheaper by about a third", "fell by half": a change measured as a share of what it was
            + "\\bby (about |roughly |around |almost |nearly |some |more than |less than )?(half|(a|one) (third|quarter|fifth"
            + "|tenth))\\b|\\b(twice|three times|four times|"
            + "ten times|half|a third|a quarter|a fifth|a tenth) as (much|many|large|long|fast|few|little)\\b";
    /** Units of length, area, volume and weight that a measured figure is given in. */
    private static final String MEASURES = "feet|foot|ft\\b|metres|meters|miles|kilometres|kilometers|km\\b|gallons|litres"
            + "|liters|acres|hectares|tons|tonnes";
    private static final Anywhere QUANTITY = Anywhere.compile(
            "(?i).*(\\d[\\d,.]*\\s*(%|x\\b|t\\b|b\\b|m\\b|k\\b|times|-?million|-?billion|-?trillion|percent|cards|gpus|"
            + "yuan|rmb|dollars|euros|yen|won\\b|"
            + "hours|days|weeks|months|quarters|lines|tokens|users|people|points|businesses|customers|companies|developers|employees|"
            + "downloads|subscribers|seats|gpu|robots|engineers|researchers|cents|documents|tasks|runs|files|pages|states|"
            + "megawatts|gigawatts|mw\\b|gw\\b|" + MEASURES + ")|\\$\\s?\\d|"
            // "eleven feet", "forty acres": a measure written out in words is as much a figure
            + "\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety|a hundred|a thousand)([ -](one|two|three|four|five|six|seven|eight|nine))? (" + MEASURES + ")|"
            + "^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|a hundred|"
            + "a thousand|a dozen) (people|engineers|researchers|employees|customers|robots|gpus)\\b|\\d+\\s*(-|–|to)\\s*\\d+\\s*(%|x\\b)|"
            + "orders? of magnitude|\\ba (gigawatt|megawatt|terawatt)\\b|[€£¥]\\s?\\d|"
            // "single jobs on more than 200,000", "12,000 accelerators": a count grouped in thousands is counted, whatever of
            + "\\b\\d{1,3}(,\\d{3})+\\b|"
            // "three hundred million dollars": a sum written out in words is as much a figure as "$300 million"
            + "\\b(hundred|thousand|million|billion|trillion) (dollars|euros|pounds|yuan|yen)\\b|"
            // "eighty percent of the researchers": a share written out in words is as much a figure as "80%"
            + "\\b(ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)([ -](one|two|three|four|five|six|seven"
            + "|eight|nine))? (percent|per cent)\\b).*");
    private static final Anywhere WORD_COUNT = Anywhere.compile("(?s).*(" + COUNTED + ").*");
    /**
     * "our customers were already asking for it", "buyers were signing three-year contracts": what was going on on the
     * speaker's own side, or with a figure to it, reported. What a report says was going on in a market or a country
     * with neither ("the insurers were already moving", "the country was giving up too early") is the holder's reading
     * of a process under way, as the seeds' "This path, she added, is already unfolding" is a view; a time in it still
     * makes it a fact by the rules for times.
     */
    private static final Anywhere OWN_SIDE_OR_FIGURE = Anywhere.compile("(?s).*\\b(our|my|us|me|we|\\d+|" + NUMBER_WORD
            + ")\\b.*");
    /**
     * "There are groups in Europe who have probed our models": people or things said to exist with what they have done
     * report that it was done.
     */
    private static final Anywhere EXISTING_DONE = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?(i (would |['’]d )?estimate (that )?)?"
            + "there (are|is|were|was) [^.;]*?"
            + "\\b(who|that) (have|has|had) (already |all |also )?[a-z]+(ed|en|wn|ne|ht|ung|un)\\b.*");
    /** What can or might happen ("a model can gain ten points") is a possibility, not a count of what happened. */
    private static final Anywhere POSSIBILITY = Anywhere.compile("(?s).*\\b(can|could|may|might|cannot|can['’]t)\\b.*");
    /** "Maybe a third of our budget", "perhaps 20%": the hedge rounds a figure, it does not voice a view. */
    private static final SiftedPattern APPROXIMATION = SiftedPattern.compile("\\b(maybe|perhaps) (?=(about |around |roughly )?"
            // "perhaps a twentieth of what they have", "maybe $11 or $12": a fraction or a sum is rounded as a count is
            + "(a third|a quarter|half|a few|several|one|\\d|[$€£¥]\\s?\\d|an? (fifth|tenth|twentieth|fiftieth|hundredth)\\b|"
            + NUMBER_WORD + "\\b))");
    /** "They ask us for cheaper tokens", "the regulator asked us to …": a request put to the speaker's side is reported. */
    private static final Anywhere ASKED_OF_US = Anywhere.compile("(?s).*\\bask(s|ed|ing)? us (for|to|about)\\b.*");
    /**
     * "Selling the chip unit would make the accounts easier to read": a course of action named by its gerund, and what it
     * would do, weigh that course; no event is foreseen unless a time ahead or a figure is given.
     */
    private static final Anywhere COURSE_WEIGHED = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?[a-z]{3,}ing\\b[^,;.]{0,60}?"
            + "\\b(would|wouldn['’]t)\\b.*");

    /**
     * "We'd seen their numbers", "I'd spent three months on it": "'d" before a past participle is "had", a past told, not
     * the "would" of a wish or of advice ("I'd need", "I'd feed" end in "-eed" and stay "would").
     */
    private static final SiftedPattern HAD_CONTRACTED = SiftedPattern.compile("\\b(i|we|you|they|he|she|it)['’]d (already |never "
            + "|just |long |always |only |barely )?(?=(been|seen|done|had|spent|gone|known|heard|made|taken|got|gotten|built|"
            + "told|sold|bought|found|left|lost|won|met|written|grown|thought|[a-z]+(?<!e)ed)\\b)");

    /** Rewrites before the rules read a claim: what is only supposed, regretted or possible asserts nothing. */
    /*
     * A condition ends at a comma, or, written without one ("If we change the default we need to log a warning"), where
     * its main clause opens with a subject and a word of obligation; "whether" takes no main clause of its own.
     */
    private static final SiftedPattern CONDITION = SiftedPattern.compile("\\bwhether\\b[^,;—–]*|\\bif\\b\\s+\\S+[^,;—–]*?(?=\\s(we|you|i|they)"
            + " (really |still |then )?(need to|needs to|should|must|have to|ought to)\\b|[,;—–]|$)");
    /**
     * "Our robots need to know how hard to squeeze": what a machine needs to do is a requirement of its design; nobody
     * is advised by it.
     */
    private static final SiftedPattern MACHINE_NEED = SiftedPattern.compile("\\b(robots?|models?|agents?|chips?|systems?|machines?|"
            + "software|tools?|grippers?|arms?|cars?|drones?|servers?|sensors?) (really |still |also |first |only )?(need|needs)"
            + " to\\b");
    /** "Chips no longer need to match Nvidia": a need denied is a view of what is not required, no advice. */
    private static final SiftedPattern NO_NEED = SiftedPattern.compile("\\b(no longer|not|don['’]t|doesn['’]t|didn['’]t|never|without)"
            + " (really |even |actually )?need(s|ed|ing)? to\\b");
    /**
     * "I would spend the first year on drivers": what the speaker would do in the listener's place is advice; saying,
     * liking and supposing ("I would say", "I would love to", "I would expect") are not acts to copy.
     */
    private static final Anywhere WOULD_DO = Anywhere.compile("(?s)^(and |but |so |honestly,? |personally,? )?(i|we)"
            + "( would|['’]d) ((first|probably|also|still|just|only|even|then) )*+([a-z]+ly )?+(?!rather\\b|say\\b|add\\b|argue\\b|think\\b|put\\b|call\\b|describe\\b"
            + "|give (it|that|this|them)\\b|guess\\b|imagine\\b|expect\\b|like\\b|love\\b|prefer\\b|be\\b|have\\b|not\\b|never\\b|agree\\b"
            // "I would estimate there are a few hundred" hedges a statement; "I would take A over B" prefers, as "rather" does
            + "|estimate\\b|take\\b[^.;]{1,80}\\bover\\b"
            + "|disagree\\b|side with\\b|bet\\b|hope\\b|want\\b|need\\b|know\\b|see\\b|feel\\b|bet\\b|answer\\b|respond\\b"
            + "|question\\b|push back\\b|point\\b|caution\\b|emphasi[sz]e\\b|stress\\b|note\\b|suggest\\b|go\\b)[a-z]{2,}.*");
    /** "Our own numbers show that …", "the logs showed …": the speaker reports evidence, a fact of the matter. */
    private static final Anywhere EVIDENCE = Anywhere.compile("(?s).*\\b(numbers|data|figures|results|tests|measurements"
            + "|logs|records|benchmarks|statistics|filings|accounts)( \\w+)? (show|shows|showed|found|indicate|indicates|indicated)\\b.*"
            // "analysts note that the firm still depends on one plant": noting presents what follows as given
            + "|.*\\b(note|notes|noted|point out|points out|pointed out) that\\b.*"
            // "…, according to the company": a figure or event sourced to a filing or a firm is reported
            + "|.*\\baccording to\\b.*");
    /** "Risk: export rules may slow …", "Outlook: …": a list label that announces what is to come. */
    private static final Anywhere FORECAST_LABEL = Anywhere.compile("(?s)^(risks?|threats?|outlook|forecast|prediction"
            + "|what['’]s next|next steps?"
            // "What changes first: …", "What improves last: …": the order in which something is still to happen
            + "|what [a-z]+s (?:first|next|last|later))\\s*:.*");
    /** "everything they need to do serious work", "what we need to ship": a need described, not advice. */
    private static final SiftedPattern NEED_DESCRIBED = SiftedPattern.compile("\\b(everything|anything|all|what|whatever|something|"
            + "nothing) (that )?(they|we|you|i|he|she|it|people|teams|labs|companies) (really )?(need|needs) to\\b");
    /**
     * An indirect question after a verb of knowing or telling ("benchmarks no longer tell an agency how a model
     * will behave", "nobody knows whether prices will fall"): its future is asked about, not forecast.
     */
    private static final SiftedPattern INDIRECT_QUESTION = SiftedPattern.compile("\\b(know|knows|knew|tell|tells|told|ask|asks|"
            + "asked|show|shows|understand|understands|predict|predicts|decide|decides|wonder|wonders|explain|explains)"
            + "\\b( [\\w'’-]+){0,3} (how|what|which|whether|when|where|why)\\b[^,;—–]*");
    /**
     * "the records a model needs to learn from", "the tools we need to ship": a need inside a clause that describes
     * a noun, with its relative pronoun left out, is no advice either.
     */
    private static final SiftedPattern NEED_OF_NOUN = SiftedPattern.compile("\\b(the|those|these|any|all|every|no) [\\w-]+ "
            + "(a|an|the|every|each|your|our|their|its|his|her|we|you|they|people) ([\\w-]+ )?(need|needs) to\\b"
            // "the documentation we need for the act is …": the need describes the noun whatever follows it
            + "|\\b(the|those|these|any|all|every|no) [\\w-]+ (we|you|they|i|people) (really |still )?(need|needs)\\b"
            // "doing things it shouldn't do": what a noun is, not what anyone is told
            + "|\\b(things|anything|something|everything|nothing|stuff) (that )?(it|they|we|you|he|she|people|models|agents)"
            + " (shouldn['’]t|should not|should)\\b");
    private static final Pattern THIS_YEAR = Pattern.compile("\\bthis year\\b");
    /**
     * "I'm positive about a breakthrough this year", "it probably happens this year": an outlook held on the year under
     * way looks ahead in it, and so does "Not this year" answering when.
     */
    private static final Anywhere EXPECTANT = Anywhere.compile("(?s)(.*\\b((positive|optimistic|pessimistic|hopeful|bullish"
            + "|bearish|confident) (about|on|that)|probably)\\b|^[\"“'‘]?(and |but |so )?not this year\\b).*");
    /**
     * "My worry is that the rules will be written for the incumbents", "I fear that …": a fear the speaker states is
     * their view of where things tend, unless a time ahead makes it a forecast.
     */
    private static final Anywhere STATED_WORRY = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?((my|our) (biggest |main "
            + "|real |one |only |big )?(worry|fear|concern) (is|was) that|(i|we) (worry|fear) that)\\b.*");
    /**
     * "I disagree that junior analysts will vanish", "I see no reason this rollout will be different", "What I don't believe
     * is that the bots will run the warehouse": a forecast the speaker rejects is somebody else's; the speaker's part is a
     * view of it, unless they name a time ahead of their own ("I doubt" hedges a forecast and stays one).
     */
    private static final Anywhere DENIED_FORECAST = Anywhere.compile("(?s).*\\b(disagree (with the (idea|claim|view) )?that"
            + "|(don['’]t|do not|doesn['’]t|does not|never) believe|see no reason|(reject|dispute) the (idea|claim|view) that)"
            + "\\b[^.;]*?\\b(will|won['’]t|['’]ll|is going to|are going to)\\b.*");
    /**
     * "We disagree with the 2027 call", "the 2028 target is a stretch": a year that names a forecast talks about that
     * forecast; it makes none of its own.
     */
    private static final SiftedPattern NAMED_FORECAST = SiftedPattern.compile("\\b(the|our|its|their|this|that|his|her|your) "
            + "(19|20)\\d\\d (call|forecast|prediction|target|estimate|guidance|projection|outlook)s?\\b");
    /** Words that carry a sentence forward in time, so that "this year" in it is still to come. */
    private static final Anywhere LOOKS_AHEAD = Anywhere.compile("(?s).*\\b(will|won['’]t|['’]ll|going to|would|could|"
            + "may|might|should|expects?|expected|expecting|plans?|planned|planning|aims?|targets?|hopes?|intends?|"
            + "forecasts?|projected|by the end of|on track|set to)\\b.*"
            // "we project that revenue …", "it projects a loss": the verb; "one project in Ohio", "every project this year":
            // the noun, which looks nowhere
            + "|.*\\bprojects? (that|a|an|the|its|their|our|revenue|sales|growth|\\d)\\b.*");
    /** "We plan as if the rules will get stricter": what is supposed in order to act is no forecast of the speaker's. */
    private static final SiftedPattern AS_IF = SiftedPattern.compile("\\bas (if|though)\\b[^,;—–]*");
    /**
     * "The industry is moving faster than it should", "the question of what a model should forget": a "should" that
     * measures a pace against the proper one, or that is asked about in a question named as a noun's content, advises
     * nobody; the claim weighs what is.
     */
    private static final SiftedPattern SHOULD_UNADVISED = SiftedPattern.compile("\\b(than|as) (it|they|we|you|he|she|i|[\\w-]+)"
            + " (should|ought to)\\b|\\b(question|questions|debate|argument|choice|decision) (of|about|over) (what|how|which|when"
            + "|where|whether|who) [^,;.]{1,60}?\\b(should|ought to)\\b");
    private static final SiftedPattern SHOULD_HAVE = SiftedPattern.compile("\\bshould have (been|\\w+ed|seen|known|noticed)\\b");
    private static final SiftedPattern MAY_NEED_TO_BE = SiftedPattern.compile("\\b(may|might|could) (also )?need to be\\b");
    private static final SiftedPattern YOU_WILL_SEE = SiftedPattern.compile("\\byou['’]ll (find|see|notice|realize|realise)\\b");
    private static final Anywhere EXPLICIT_PAST = Anywhere.compile(
            "(?s).*\\b(in the past|originally|last (year|month|week|quarter|spring|summer|autumn|fall|winter)|years ago"
            + "|in (19|20)\\d\\d)\\b.*");
    private static final Anywhere BELIEF = Anywhere.compile("(?s).*\\b" + HELD_BELIEF + "\\b.*");
    /** "may" the modal, not the month ("from May 2023"). */
    private static final Anywhere BELIEF_OR_MODAL = Anywhere.compile("(?s).*\\b(" + HELD_BELIEF + "|may(?! \\d)|might)\\b.*");
    private static final Pattern YEAR = Pattern.compile("\\b(20\\d\\d)\\b");
    private static final Anywhere YEAR_THEN_MODAL = Anywhere.compile("(?s).*\\b(20\\d\\d) (will|might|may|could|"
            + "is going to|would)\\b.*|.*\\bin 20\\d\\d\\b.*\\b(will|might|expect|could)\\b.*");
    private static final Anywhere ADVICE_SECTION = Anywhere.compile(".*\\b(recommendations?|advice|suggestions?|tips|"
            + "takeaways for|what to do|action items?)\\b.*");
    private static final Anywhere ADVICE_COLUMN = Anywhere.compile(
            ".*\\b(action|recommendation|advice|suggestion|what to do)s?\\b.*");

    /**
     * A predicate that judges ("the fix was boring engineering", "they are excellent models", "were good enough",
     * "is not enough time", "makes no sense"): a view, even of a dated or counted matter.
     */
    private static final Anywhere JUDGEMENT = Anywhere.compile("(?s).*(\\b(is|are|was|were|be|been|being|['’]s|['’]re"
            // "open models had become good enough", "the net effect remains unclear": other verbs link a verdict as "is"
            // does ("helping itself become better" tells what something helps toward)
            + "|(has|have|had|['’]ve) become|becomes|became|seems?|seemed|remains|remained)"
            + "( not|n['’]t)?( (very|really|quite|so|too|pretty|far|much|still|just|simply|actually|rather|hardly|never|"
            + "always|often|already|now))*( (a|an|the))?( (very|really|quite|so|pretty|truly))? (good|bad|great|excellent|terrible|"
            + "awful|boring|wrong|right|better|worse|smart|stupid|silly|naive|overrated|underrated|impressive"
            + "|useless|pointless|meaningless|nice|fine|ridiculous|misleading|unfair|reasonable|unreasonable|realistic"
            + "|unrealistic|healthy|unhealthy|foolish|wise|brilliant|mediocre|dumb|lazy|fragile|enough|unclear|uncertain"
            // "On that measure, 90% is conservative", "a drop that size is plausible": a figure weighed, not measured
            + "|plausible|implausible|conservative|optimistic|pessimistic|credible|generous|(good|big|fast"
            + "|cheap|long|strong|safe) enough)\\b"
            + "|\\bmakes? (no |little |much |more |less |perfect |some |any )?sense\\b"
            // "a large fall, but nowhere near 90%": a figure held against another and found far short of it
            + "|\\b(nowhere near|not (even )?close to)\\b"
            // "investors have spent too much money on training": an excess is measured against what the speaker finds right
            + "|\\btoo (much|many|little|few)\\b|\\bnot (nearly |remotely )?enough\\b"
            // "the legal risk is simply too large to keep crawling": a measure past what the speaker finds bearable, now
            // ("we were too small to compete" tells how things stood)
            + "|\\b(is|are|['’]s|['’]re)( (simply|just|far|much|way|still|now))? too (large|big|high|small|low|risky"
            + "|expensive|costly|slow|late|early|hard|great) to\\b"
            // "61% merged without edits sounds high": how a figure strikes the speaker
            + "|\\bsounds? (too |very |really |a bit |pretty |way |rather )?(high|low|right|wrong|good|bad|great|plausible"
            + "|implausible|optimistic|pessimistic|fishy|suspicious|cheap|expensive)\\b"
            // "Compute prices are falling, but not fast enough for a company our size": a rate measured against a need
            + "|\\bnot (nearly |remotely |quite )?(good|big|fast|quick|quickly|cheap|long|strong|safe|soon|large|high"
            + "|low|small|far) enough\\b"
            // "That was true three years ago, and it is less true every month": the truth of a statement weighed
            // ("it is true that we lost money" concedes a fact, so "true that" stays out)
            + "|\\b(is|are|was|were|['’]s)( (less|more|no longer|not|still|only|partly|largely|always|never))? (true|false"
            + "|untrue)\\b(?! that)"
            // "90% reliability is the same as 0%", "finding a flaw is not the same as fixing it": things equated or told apart
            + "|\\b(is|are|['’]s|['’]re) (just |basically |effectively |practically |not |really )?the same as\\b"
            // "Open weights won the argument": who won a debate is the speaker's verdict on it
            + "|\\b(won|lost|wins|loses|win|lose) the (argument|debate)\\b"
            // "faster than any single company", "more than anybody budgets for": held against everything of its kind
            + "|\\b(more|less|[a-z]{3,}er) than (any|anyone|anybody|anything)\\b"
            // "Our open models are maybe a year behind the closed ones", "that puts their foundries five years behind": where
            // one side stands in a race is the speaker's placing of it ("the parts were running two quarters behind the
            // schedule", a progressive, tells how a plan went)
            + "|\\b(is|are|['’]s|['’]re|was|were|be|stays?|remains?|puts? [^,;.]{1,40}?)( (still|now|only|just|about|roughly"
            + "|maybe|perhaps|probably|at least|at most|around|already))* (a|one|half a|\\d+|" + NUMBER_WORD + ")( (to|or) (\\d+|"
            + NUMBER_WORD + "))? (years?|months?|generations?|quarters?) behind\\b"
            // "Simulation gets you 80% of the way": how far a thing goes, put as a share of the way, is a weighing of it
            + "|(\\d\\s?%|\\b(percent|per cent)) of the way\\b"
            // "The hard part is the wiring", "the stack is the hard part": which part is hard is a weighing, now ("the training
            // run was the smaller part" tells how a past budget split)
            + "|\\b(is|are|['’]s|['’]re) (still |really |actually |always )?the (hard|hardest|easy|easiest|difficult|tricky|boring"
            + "|expensive|cheap) part\\b|^[\"“'‘]?(and |but |so )?the (hard|hardest|easy|easiest|difficult|tricky|boring|expensive"
            + "|cheap) part (is|are)\\b"
            // "A 10% saving on one line is a trial, not a turnaround": a thing named for what it is against what it is not
            + "|\\b(is|are|['’]s|['’]re) (a|an) [\\w-]+( [\\w-]+)?, not (a|an) [\\w-]+"
            // "A good dataset is worth more than more compute", "supply is more important than speed": things weighed against
            // each other ("the contract is worth more than $4 billion" measures one against a sum)
            + "|\\b(is|are|isn['’]t|aren['’]t|['’]s|['’]re) (often |usually |still |now |simply |just )?(worth (far |much |a lot )?"
            + "(more|less)|(far |much |a lot )?(more|less) (important|valuable|useful)) than (?![$€£¥]?\\d|(a|one|two|three|\\d+"
            + "|several|a few|hundreds|thousands|millions|billions) (hundred|thousand|million|billion|dollars|euros|yuan|percent)\\b)).*");
    /**
     * A state of affairs told with what pins it down, and no judgement in it: a count in words ("a few hundred
     * cases catch most failures"), a stated time ("this quarter", "in October"), a setting ("by default", "abroad").
     * Such a sentence reports how things are. A bare "now" or a country does not pin a view down ("in China people
     * still prefer …", "customers pay for outcomes now").
     */
    private static final Anywhere PLAIN_STATE = Anywhere.compile("(?s).*(\\b(a few|several) (hundred|thousand|dozen)"
            + "|\\b(this (quarter|month|week)|by default|abroad|overseas)\\b"
            // "any denial still needs a human signature by law": what a law requires is how the rules stand
            + "|\\b(by law|required by (law|statute|regulation)|under (federal |state |the )?law)\\b"
            + "|\\bin (january|february|march|april|may|june|july|august|september|october|november|december)\\b"
            // "Speech models can now copy a voice": an ability newly reached is how things stand
            + "|\\bcan now\\b"
            // "The cards arrive in a few months", "you can order them in twelve weeks": a lead time, as it stands now
            + "|\\bin (about |around |roughly )?(a few|several|\\d+|" + NUMBER_WORD + ") (days|weeks|months)\\b"
            + "|\\bin an? (single )?(day|week|weekend|night|shift|afternoon|morning|evening|hour|month)\\b"
            // "benchmarks leak into training data within months of release": a lag after an event, as it stands now
            + "|\\bwithin (hours|days|weeks|months|minutes) of\\b"
            // "Today it sits on servers in Oregon", "Now the first question is the price": a fronted "now" sets the present
            // against what was before, a state reported (a view or a condition in it keeps it a view)
            + "|^[\"“'‘]?(and |but |so )?(now|today|nowadays|these days)\\b(?!,? (i|we) (think|feel|believe|guess))"
            // "We are short of transformers and permits": a shortage, a state of supply
            + "|\\b(is|are|was|were|['’]re) (still |badly |desperately |chronically )?short of\\b"
            // "Data centres are running out of electricity": a supply giving out, as it stands now
            + "|\\b(is|are|was|were|['’]re) (already |now |fast |quickly )?running (out|short) of\\b"
            // "Chinese open models are very popular in Europe now": how widely a thing is taken up, a state observed
            + "|\\b(is|are|['’]re) (very |quite |hugely |extremely |increasingly |now )?popular\\b).*");
    /** What will or may happen keeps a claim out of {@link #PLAIN_STATE}: it reports no state yet. */
    private static final Anywhere POSSIBILITY_AHEAD = Anywhere.compile("(?s).*\\b(may|might|could|would|should|must|"
            + "if|unless|whether)\\b.*");

    /**
     * "Any data centre that ignores cooling will stall", "Two systems that disagree will teach us more": "will" after a
     * subject that stands for any member of a kind tells what such things do, a disposition, not a coming event ("a"
     * may mean one company that is meant, so only "any", "every" and a bare count make the subject generic).
     */
    private static final Anywhere GENERIC_WILL = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?(any|every|"
            + NUMBER_WORD + ") [\\w-]+( [\\w-]+)? (that|who|which) [^,;.]{1,80}?\\bwill\\b.*");
    /**
     * "A viewer who saw the clip alone would come away with the wrong impression": whoever fits the description, in a
     * case imagined, says how the thing strikes such a person, a judgement of it, no coming event.
     */
    private static final Anywhere GENERIC_WOULD = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?(a|an|any|every|anyone|"
            + "anybody|someone|somebody)( [\\w-]+)?( [\\w-]+)? (that|who|which) [^,;.]{1,80}?\\b(would|wouldn['’]t)\\b.*");
    /**
     * "A model trained only on recipes will not write a novel": an indefinite subject narrowed by a participle is any
     * such thing, so its "will" tells what such things do, unless a time ahead makes it a forecast.
     */
    private static final Anywhere GENERIC_PARTICIPLE_WILL = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?(an?) [\\w-]+ "
            + "(trained|built|designed|made|taught|fed|tuned|fine-tuned) [^,;.]{1,80}?\\b(will|won['’]t)\\b.*");
    /**
     * "Clinical data is not a commodity, and it never will be": "always" or "never" with "will" beside a present
     * tense says the state is permanent, a view of its nature, no coming event.
     */
    private static final SiftedPattern PERMANENT = SiftedPattern.compile("\\b(is|are|isn['’]t|aren['’]t)\\b([^.;]{0,60}),? and "
            + "(it |they |that |this )?(always|never) will( be)?\\b");
    /** "Leadership thought the courts would rule": a "would" in what someone believed then is their forecast, reported. */
    private static final SiftedPattern PAST_BELIEF_WOULD = SiftedPattern.compile("\\b(thought|believed|assumed|hoped|feared|figured|"
            + "reckoned|imagined)( that)? [^,;.]*?\\bwould \\w+");
    /** "It had secured power through 2027": a year that closes the span of something done is no coming event. */
    private static final SiftedPattern SPAN_END = SiftedPattern.compile("\\b(through|until|till) (the (start|middle|end) of |the "
            + "(first|second|third|fourth) (quarter|half) of |mid-?)?(19|20)\\d\\d\\b");
    /**
     * "We have 620 megawatts contracted for 2027", "we're asking for 4 million for next year": a year that something
     * held or asked for now is meant for says what it is for; the holding or the asking is reported.
     */
    private static final SiftedPattern HELD_FOR = SiftedPattern.compile("\\b(contracted|booked|reserved|budgeted|committed|ordered|"
            + "secured|allocated|asking|requesting|requested|bidding)( (?:[^.;]|\\.(?=\\d)){0,40}?)? for (next year|the coming year|"
            + "(19|20)\\d\\d)\\b");
    /**
     * "If the video work goes ahead it's more like 4x": a figure given for a course not yet decided is an estimate of
     * what it would come to.
     */
    private static final Anywhere CONDITIONAL_ESTIMATE = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?(if|unless)\\b"
            + "[^.;]{3,80}?\\b(it['’]s|it is|that['’]s|that is|you['’]re looking at) (more like|about|around|roughly|closer"
            + " to|nearer) [~$€£]?\\d.*");
    /**
     * "The labs will not fix this on their own": what an actor will not manage unaided weighs its powers, a view,
     * unless a time ahead makes it a forecast.
     */
    private static final Anywhere NOT_UNAIDED = Anywhere.compile("(?s).*\\b(will not|won['’]t|will never) [^,;.]{1,60}?"
            + "\\b(on (its|their|our|his|her|your) own|by (itself|themselves|ourselves|himself|herself))\\b.*");
    private static final Anywhere PERFECT_DONE = Anywhere.compile("(?s).*\\b(had|has|have|['’]ve) (already |now )?\\w+(ed|en)\\b.*");
    /**
     * "Our packaging line is sold out through 2027", "the fleet is contracted until mid-2027": what is booked or secured now
     * holds until that year; the booking is reported, as "has secured power through 2027" is.
     */
    private static final Anywhere STATE_SECURED = Anywhere.compile("(?s).*\\b(is|are|['’]s|['’]re) (fully |already |now |largely "
            + "|mostly )?(sold out|booked( up)?|reserved|contracted|locked in|secured)\\b.*");
    /**
     * "We've had more meetings this year than ever", "that's fallen by half this year": a present perfect of something
     * done or undergone, beside "this year", reports the part of the year gone by, as a past form does.
     */
    private static final Anywhere PERFECT_OF_THE_YEAR = Anywhere.compile("(?s).*\\b(has|have|['’]ve|['’]s) (already |now |just )?"
            + "([a-z]+ed|had|fallen|grown|risen|done|seen|made|spent|sold|built|won|lost|shrunk|doubled|tripled)\\b.*");
    private static final Anywhere COUNTERFACTUAL = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?if\\b[^,;.]{0,120}?"
            // "If the industry switched, the problem would look very different": how unlike things would be is a view
            + ",[^;.]*\\b(would|['’]d) (look|be|seem|feel|sound) (very |quite |completely |entirely |totally |so |much )?"
            + "different\\b.*|^[\"“'‘]?(and |but |so )?if\\b[^,;.]{0,120}?"
            // ("If we hadn't, someone else would have": a condition denied in the past is as unreal)
            + "\\b(were|had|hadn['’]t|weren['’]t)\\b[^;.]*,[^;.]*\\b(would|['’]d)\\b.*");
    /**
     * "If your tests are weak, the agent will ship garbage", "You will learn more there than in any simulator": the
     * generic "you" stands for anyone, so its "will" tells what happens to whoever does so, no coming event.
     */
    private static final Anywhere GENERIC_YOU = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?(if (you|your)\\b|"
            + "you will\\b|you['’]ll\\b).*");
    /**
     * "If an agent cannot undo what it did, no finance director will let it touch the ledger": what nobody (or anybody)
     * of a kind will do under a condition is how such people act, a view, not a coming event.
     */
    private static final Anywhere GENERIC_CONSEQUENCE = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?(if|unless|as long as)"
            + "\\b[^,;.]{3,120},\\s*(no|any|every) [\\w-]+( [\\w-]+)? (will|would)\\b.*");
    /**
     * "We cut our 2027 revenue estimates by 15% and keep our Overweight": a research note's call on its estimates or
     * ratings is made as it is published, a fact of the note, whatever year the estimates are for.
     */
    private static final Anywhere RESEARCH_CALL = Anywhere.compile("(?s)^[\"“'‘]?(and |so )?we (cut|raise|lower|trim|reduce"
            + "|lift|increase|keep|maintain|reiterate|reaffirm|upgrade|downgrade|initiate|move) (our|the stock|the shares|"
            + "coverage|[\\w-]+)\\b[^.;]{0,60}?\\b(estimates?|forecasts?|targets?|ratings?|overweight|underweight|outperform"
            + "|underperform|buy|sell|hold|neutral|coverage|outlook)\\b.*");
    /**
     * "When it opens in 2028 it will house about sixty thousand chips": what a building or a machine is made to hold or
     * draw once it runs is a fact of its design, told in the future only because it is not running yet.
     */
    private static final Anywhere DESIGNED_CAPACITY = Anywhere.compile("(?s)(?=.*\\bwhen (it|they|the [\\w-]+( [\\w-]+)?) "
            + "(opens|is (finished|completed|complete|built)|comes online|goes live|is switched on)\\b)"
            + ".*\\b(will|['’]ll) (hold|house|host|seat|store|use|draw|consume)\\b[^.;]{0,40}?(\\d|" + NUMBER_WORD
            + "|as much|as many)\\b.*");
    /**
     * "Water was an afterthought, and that was a mistake", "For most tasks it won't work, and that is fine": a clause that
     * comes back with "and that is …" to weigh what it joins makes the whole the speaker's verdict on it (the joined
     * claim is typed as a whole, so the fact or the "will" before it is what the verdict is about); "and that is before
     * …", "and that is where the old models failed", "and that is 40% of …" date, place or measure it and weigh nothing,
     * and an aside inside the sentence ("Our staff, and that is most of them, were trained here") weighs nothing either.
     */
    private static final Anywhere JOINED_VERDICT = Anywhere.compile("(?s).*,\\s*and (that|this)( is|['’]s| was)"
            + "(?!( [a-z]+)? (before|after|when|where|while|because|about|roughly|around|almost|nearly|\\d))\\b[^,;]*$");
    /** A time ahead that makes a generic "will" or an unreal condition a forecast after all. */
    /**
     * "Sakaeda would accept encryption only if …", "his firm would not support adding pooling": what a party would back
     * or refuse, told by its first "would", is its stance on a proposal, a view, not a future (unless a date is put on it).
     */
    private static final Pattern STANCE_WOULD = Pattern.compile("(?:(?!\\bwould\\b).)*\\bwould\\s+(not\\s+|only\\s+|never\\s+)?"
            + "(support|accept|oppose|back|agree|object|welcome|resist|reject|approve|tolerate|endorse)\\b");
    private static final Pattern DATED_AHEAD = Pattern.compile("\\b((by|before|in|until) (19|20)\\d\\d|next (year|quarter))\\b");

    /** @param lower the claim in lower case */
    public static boolean stanceOnAProposal(String lower) {
        return STANCE_WOULD.matcher(lower).lookingAt() && !DATED_AHEAD.matcher(lower).find();
    }

    /**
     * "I think in two years the user count decides", "a couple of resellers go under in the next eighteen months": a span
     * counted from now puts what the present tense tells ahead of it (a past form, "doubled in six months", counts back,
     * what can be done in a span, "a moat you can build in two years", weighs an ability, and "in a few months" may tell
     * how long a thing takes whenever it is done, "the chips show up in a few months"; a span weighed, "a tenfold saving
     * in two years is plausible", is a verdict on it).
     */
    private static final Anywhere SPAN_AHEAD = Anywhere.compile("(?s).*\\b((in|within) (the (next|coming) )?(two|three|four"
            + "|five|six|seven|eight|nine|ten|twelve|fifteen|eighteen|twenty|thirty|\\d+)|(in|within) the (next|coming) (few"
            + "|couple of)) (years|months|decades)\\b.*");
    /** "costs more than our department spends in ten years": a span that measures the rate compared, no time ahead. */
    // ("more problems in one year than in three years at a big company": a span held against another measures a rate)
    private static final Anywhere SPAN_COMPARED = Anywhere.compile("(?s).*\\bthan\\b([^,;.]{0,60}?\\b[a-z]+s)? (in|within) .*");
    private static final Anywhere PAST_AUXILIARY = Anywhere.compile("(?s).*\\b(was|were|had|did|used to)\\b.*");
    private static final Anywhere HORIZON = Anywhere.compile("(?s).*\\b(next|soon|eventually|within|by (the end of )?"
            + "(19|20)\\d\\d|years?|months?|decades?|quarters?|this year|(19|20)\\d\\d)\\b.*");
    /**
     * "If base models learn to recover, much of our engineering becomes unnecessary", "When pre-training is no longer
     * a moat, competition shifts to …": a change in the present tense after a condition is the consequence foreseen.
     */
    private static final Anywhere CONDITIONED_CHANGE = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?(if|when|once)\\b"
            + "[^,;.]{3,160},\\s*[^,;.]{0,60}?\\b(becomes|shifts|turns into|moves to|gets (harder|easier|cheaper|worse|"
            + "better))\\b.*");
    /** An adverb of habit makes "when …, X does Y" a practice reported, not a consequence foreseen. */
    private static final Anywhere HABIT = Anywhere.compile("(?s).*\\b(usually|always|typically|normally|generally|often|"
            + "every time|whenever)\\b.*");
    /**
     * "Models will be commoditised, but what the agent has learned is not portable": a future granted in the opening
     * clause is conceded when the clause after "but" claims something else in the present; the claim is that clause
     * (a future after "but" too, "the labs will keep training, but they will train less often", keeps the whole, and so
     * does a time ahead in the opening clause: "I doubt that happens before 2028, but I check every month" forecasts).
     */
    private static final Pattern CONCEDED_FUTURE = Pattern.compile("^(?:(?!\\bbut\\b)[^.;:])*?\\b(will|won['’]t|['’]ll)\\b"
            + "(?:(?!\\bbut\\b)[^.;:])*,\\s*but\\b(?=(?![^.;]*\\b(will|won['’]t|['’]ll|going to|would|could|might|may)\\b)"
            + "(\\s+[\\w'’-]+){4})");
    private static final SiftedPattern CONCEDED_MODAL = SiftedPattern.compile("\\b(will|would|could|might|won['’]t)\\s*,\\s*but\\b");
    /**
     * "I'll be honest about where I stand: …", "I'll admit …": the speaker announcing how they are about to speak
     * forecasts nothing; what follows is the claim. So with the other modals of the speaker's own saying: "I should be
     * honest about that", "I must say", "I won't pretend otherwise", "we're not going to pretend it is easy", "what I will
     * say is that …", "I'll give you the reason": none advises or forecasts; the words said are the claim.
     */
    private static final SiftedPattern SPEECH_ACT_FUTURE = SiftedPattern.compile("\\b(i['’]ll|i will|let me) (be (honest|blunt|frank|"
            + "clear|brief|direct|candid)|say (this|it)|admit|confess|put it (this way|plainly|bluntly)|tell you|grant you|"
            + "concede|add( that)?|push (back )?on (that|this|it)|say(?= what (i|we) think)|not pretend|note|point out|repeat"
            + "|give you (the|a|an|my|one) (reason|example|answer|number))\\b"
            // ("I'd say" is left alone: with a figure after it, it gives the speaker's odds)
            + "|\\bi (should|must|have to|need to) (also |just |first )?(be (honest|frank|clear|candid|blunt)|say|add|admit"
            + "|confess|note|mention|point out|stress)\\b"
            + "|\\b(i|we) (won['’]t|will not|am not going to|['’]m not going to|are not going to|['’]re not going to) (pretend|lie)\\b"
            + "|\\bwhat (i|we) (will|['’]ll) say (is|here is)\\b"
            // "What I was going to say is, …": the speaker resuming what they meant to say
            + "|\\bwhat i was (going|about) to say (is|was)\\b");
    /**
     * "FP8 becomes the default in 0.9", "the old flag is removed in v2.0", "it ships in the next release": a release
     * named for a change told in the present is a time ahead, as a coming year is (a past form dates it instead).
     */
    private static final Anywhere RELEASE_AHEAD = Anywhere.compile("(?s).*\\b(becomes?|ships?|lands?|moves?|switch(es)?|"
            + "goes|arrives?|flips?|(is|are|gets?) (deprecated|removed|dropped|enabled|disabled|added|turned (on|off)))\\b"
            + "[^.;]{0,40}?\\b(in|from|with|starting with) ((v|version |release )?\\d+(\\.\\d+)+(?![\\d.]*\\s*(%|x\\b|years?|"
            + "months?|weeks?|days?|hours?|times|percent|million|billion))|the next (major |minor )?(release|version))\\b.*");
    /**
     * "He is wrong that a longer wait would fix it", "she is right about the queue": what the speaker rules on is
     * somebody else's claim; its "would" or "will" is theirs, and the verdict is the speaker's view.
     */
    private static final SiftedPattern VERDICT_ON_CLAIM = SiftedPattern.compile("\\b(is|are|was|were|['’]s|['’]re) (wrong|right|"
            + "mistaken|correct) (that|about|to (say|think|believe|assume|expect|argue|claim))\\b[^,;.]*");
    /** "…, not because the model is better": a reason the speaker denies is no judgement of theirs. */
    private static final SiftedPattern DENIED_REASON = SiftedPattern.compile("\\bnot because\\b[^,;.]*");
    /**
     * "Our regulated clients choose closed APIs", "Most of our users go over that": what the speaker's customers or
     * staff do, reported from the speaker's side as their own practice is; a verb of thinking, wanting or being
     * makes it a view again.
     */
    private static final Anywhere OUR_PEOPLE_PRACTICE = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?"
            // "At Larkspur, our new graduates spend …": a fronted place names where the practice is
            + "((at|in) [^,;.]{1,40}, )?((most|all|many|some|"
            + "half|none|few|several) of )?our ([\\w-]+ ){0,2}(customers|clients|users|buyers|engineers|teams|staff|employees|partners|"
            + "developers|members|readers|listeners|subscribers|graduates|analysts|researchers|workers|students|hires|interns"
            + "|technicians|nurses|doctors"
            // "Our newer halls use closed-loop cooling": what the speaker's own sites, machines and products do is
            // reported from their side as the practice of their people is
            + "|halls|sites|plants|centers|centres|servers|machines|chips|systems|clusters|factories|stores|offices"
            + "|products|tools|models|fleets|trucks|robots|apps|agents"
            // "Our smallest model runs on one server": one of them does what they do
            + "|hall|site|plant|server|machine|chip|system|cluster|factory|store|office|product|tool|model|fleet|robot|app|agent)"
            // "Our customers don't ask which model leads": what they do not do is as much their practice
            + " ((usually|always|often|mostly|typically|now|still|already|all|also|rarely|never|don['’]t|do not|doesn['’]t|does not) )?"
            + "(?!(think|believe|feel|want|love|like|hate|hope|need|say|expect|prefer|worry|agree|disagree|"
            + "wish|are|were|is|was|can|cannot|could|will|would|should|might|may|must|do|don|did|have|had|seem|deserve|care"
            + "|thinks|believes|feels|wants|loves|likes|hates|hopes|needs|says|expects|prefers|worries|agrees|disagrees"
            + "|wishes|has|does|doesn|seems|deserves|cares|matters|matter)\\b)"
            + "[a-z]+\\b.*"
            // "Our models are trained for one job each": how the side's own things are made and used is reported
            + "|(?s)^[\"“'‘]?(and |but |so )?our ([\\w-]+ ){0,2}(models?|products?|systems?|chips?|tools?|robots?|servers?|"
            + "clusters?|apps?|sites?|plants?) (is|are) (all |mostly |only )?(trained|built|designed|made|tuned|fine-tuned|"
            + "hosted|deployed|assembled|manufactured|tested|audited|licensed|priced|sold) (for|on|in|by|with|to|at|from)\\b.*");

    /**
     * "the price war was 'basically over'", "the licence is 'a paperwork tax only the giants can afford'", "the county had
     * 'sold its water for a tax break'": what something is or has done, given in the holder's own quoted words, is their
     * characterisation of it, a view however plain the rest of the report (a quoted forecast stays a forecast).
     */
    private static final Anywhere QUOTED_VERDICT = Anywhere.compile("(?s).*\\b(is|are|was|were|had|has|have|been)"
            + "( now| still| just| only| simply| already)? [\"“](?![^\"”]*\\b(will|would|won['’]t|going to|expects?|expected)\\b)"
            + "[^\"”]{3,}[\"”].*");
    /**
     * "The thing we sell is the tuned version", "What we no longer hire are prompt engineers", "our costs are the thing
     * founders ask us about most": a cleft that names what the speaker's side sells, hires or makes, or what it is asked
     * about, tells its practice, as "we sell the tuned version" does.
     */
    private static final Anywhere OWN_CLEFT = Anywhere.compile("(?s)^[\"“'‘]?(and |but |so )?(what|the (thing|things|one|ones"
            + "|product|products|service|services)) (that )?(we|i) (do not |don['’]t |never |no longer |still |also |only |mostly )?"
            + "(sell|hire|build|ship|make|offer|buy|run|charge for|sign|train|deploy|license|rent|host)\\b[^.;]*?"
            + "\\b(is|are|was|were)\\b.*"
            + "|.*\\b(is|are|['’]s|['’]re) (the|one) (thing|things|question|questions)( [a-z]+){1,3} (ask|asks|asked) (me|us)"
            + " about\\b.*");

    private final Nlp nlp;

    public ClaimTypeClassifier(Nlp nlp) {
        this.nlp = nlp;
    }

    /** What the surrounding text tells about the claim: its section heading and table columns. */
    public record Context(String section, List<String> columns, Integer documentYear) {
    }

    /**
     * @param attitude the claim is framed as a belief ("X believes", "I think"), which makes a view
     *                 of what would otherwise read as a reported event
     */
    /**
     * Whether what was said, framing included ("My guess is that …" is often taken off as a frame), forecasts by its words
     * alone: a guess or expectation named as the holder's, how much longer something can last, or how much more time
     * something needs. These outweigh the type the rest of the claim would get.
     */
    public static boolean forecastsByItsWords(String said) {
        String lower = said.strip().toLowerCase(Locale.ROOT);
        return NAMED_EXPECTATION.in(lower) || HOW_LONG_IT_LASTS.in(lower) || TIME_STILL_NEEDED.in(lower);
    }

    public ClaimType classify(String content, List<Token> tokens, Context context, boolean attitude) {
        return classify(content, tokens, context, attitude, false);
    }

    /**
     * @param documented the claim's frame sources it to a record or a body ("…, according to the company", "according to
     *                   the filing"), which reports it as "the logs show" does
     */
    public ClaimType classify(String content, List<Token> tokens, Context context, boolean attitude, boolean documented) {
        String c = content.strip();
        // "Some of it will, but I think …": a "will" conceded before "but" is not what the speaker goes on to claim
        String lower = CONCEDED_MODAL.replaceAll(Likelihood.shouldAsWill(c.toLowerCase(Locale.ROOT)), ", but");
        lower = withoutConcededFuture(lower);
        lower = FISCAL_YEAR.replaceAll(lower, "fiscal 20$1");
        lower = SPEECH_ACT_FUTURE.replaceAll(lower, " ");
        lower = VERDICT_ON_CLAIM.replaceAll(lower, "$1 $2");
        lower = HAD_CONTRACTED.replaceAll(lower, "$1 had $2");
        if (ReportedAdvice.reads(c, tokens)) {
            return ClaimType.RECOMMENDATION;
        }
        if (stanceOnAProposal(lower)) {
            return ClaimType.OPINION;
        }
        if (RESEARCH_CALL.in(lower) || DESIGNED_CAPACITY.in(lower)) {
            return ClaimType.FACT;
        }
        if (STATED_ESTIMATE.in(lower) || ODDS_GIVEN.in(lower) || NAMED_EXPECTATION.in(lower)) {
            return ClaimType.PREDICTION;
        }
        if (OWN_RULE.in(lower)) {
            return ClaimType.FACT;
        }
        if (QUOTED_VERDICT.in(lower) || SAYERS_JUDGED.in(lower)) {
            return ClaimType.OPINION;
        }
        if (GENERIC_CONSEQUENCE.in(lower) && !HORIZON.in(lower)) {
            return ClaimType.OPINION;
        }
        // "If I could give one piece of advice, it would be this: learn one industry": the condition leads in to advice
        // "If we had waited, we would still be paying double", "if every model were closed, we would have no market": an
        // unreal condition imagines another course of things; it forecasts nothing unless it names a time ahead
        if (WOULD_DO.in(IN_MY_PLACE.replaceAll(lower, "")) && IN_MY_PLACE.matcher(lower).find()) {
            return ClaimType.RECOMMENDATION;
        }
        if (COUNTERFACTUAL.in(lower) && !HORIZON.in(lower) && !RECOMMENDATION.in(lower)) {
            return ClaimType.OPINION;
        }
        boolean genericYou = GENERIC_YOU.in(lower) && !HORIZON.in(lower);
        if (Likelihood.hypothetical(lower) && !RECOMMENDATION.in(lower) && !imperative(tokens, nlp) && !genericYou) {
            return ClaimType.PREDICTION;
        }
        String asserted = CONDITION.replaceAll(INDIRECT_QUESTION.replaceAll(lower, " "), " ");
        asserted = NO_NEED.replaceAll(MAY_NEED_TO_BE.replaceAll(SHOULD_HAVE.replaceAll(asserted, " "), " "), " ");
        asserted = SHOULD_UNADVISED.replaceAll(asserted, " ");
        asserted = NEED_OF_NOUN.replaceAll(NEED_DESCRIBED.replaceAll(asserted, " "), " ");
        asserted = THRESHOLD.replaceAll(withoutRelativeModals(MACHINE_NEED.replaceAll(asserted, " "), tokens), " ");
        if (FORECAST_LABEL.in(lower)) {
            return ClaimType.PREDICTION;
        }
        if (RECOMMENDATION.in(asserted) || INSTITUTIONS_MUST.in(asserted) || NEEDS_ITS_OWN.in(asserted) || PLEASE.in(lower) || WOULD_DO.in(lower) || LIST_NEED.in(lower) && !startsWithSubject(tokens)
                || imperative(tokens, nlp) || aboutAdvice(context)) {
            return ClaimType.RECOMMENDATION;
        }
        if (JOINED_VERDICT.in(lower) && !HORIZON.in(lower)) {
            return ClaimType.OPINION;
        }
        boolean heldFor = !LOOKS_AHEAD.in(lower);
        String forecast = Likelihood.withoutDatingOfPast(AS_IF.replaceAll(YOU_WILL_SEE.replaceAll(
                INDIRECT_QUESTION.replaceAll(lower, " "), " "), " "));
        forecast = WHAT_WILL.replaceAll(SAID_IN_RELATIVE.replaceAll(IDEA_THAT.replaceAll(ASSUMED.replaceAll(forecast, " "), " "),
                " "), " is ");
        forecast = SUPERLATIVE_RELATIVE.replaceAll(PERMANENT.replaceAll(forecast, "$1$2"), " ");
        // ("the cheapest channel we could find": the superlative's clause picks the thing out for the modal as for "will")
        asserted = SUPERLATIVE_RELATIVE.replaceAll(PAST_BELIEF_WOULD.replaceAll(SAID_IN_RELATIVE.replaceAll(
                ASSUMED.replaceAll(asserted, " "), " "), " "), " ");
        String dated = (PERFECT_DONE.in(lower) || STATE_SECURED.in(lower)) && !LOOKS_AHEAD.in(lower)
                ? SPAN_END.replaceAll(lower, " ") : lower;
        if (heldFor) {
            forecast = HELD_FOR.replaceAll(forecast, "$1$2");
            dated = HELD_FOR.replaceAll(dated, "$1$2");
        }
        // "This year the users stayed": "this year" beside a past form dates what happened, as "last year" does
        boolean pastThisYear = THIS_YEAR.matcher(lower).find() && !LOOKS_AHEAD.in(lower)
                && (pastVerb(tokens) || PERFECT_OF_THE_YEAR.in(lower));
        // "about 60% of our revenue comes from agents this year": a figure for the year under way is reported; "the bigger
        // story this year is memory", "the best paper anyone has written this year": without a word that looks ahead or
        // an expectation ("I'm positive about a new paradigm this year"), the year under way is the time talked about,
        // not one still to come
        if (!LOOKS_AHEAD.in(lower) && (QUANTITY.in(lower) || !EXPECTANT.in(lower)) || pastThisYear) {
            forecast = THIS_YEAR.matcher(forecast).replaceAll(" ");
        }
        forecast = ABILITY_BEFORE.replaceAll(COMPARED_MEASURE.replaceAll(forecast, " "), "was able to");
        asserted = ABILITY_BEFORE.replaceAll(COMPARED_MEASURE.replaceAll(asserted, " "), "was able to");
        forecast = COULD_TODAY.replaceAll(forecast, "can");
        asserted = COULD_TODAY.replaceAll(asserted, "can");
        if (PAST_FINDING.in(lower)) {
            forecast = COULD.replaceAll(forecast, "was able to");
            asserted = COULD.replaceAll(asserted, "was able to");
        }
        if (genericYou || (STATED_WORRY.in(lower) || DENIED_FORECAST.in(lower)) && !HORIZON.in(lower)) {
            return ClaimType.OPINION;
        }
        forecast = withoutObjectRelativeWill(forecast, tokens);
        dated = NAMED_FORECAST.replaceAll(dated, " ");
        if (CONDITIONED_CHANGE.in(lower) && !HABIT.in(lower)) {
            return ClaimType.PREDICTION;
        }
        if ((GENERIC_WILL.in(lower) || GENERIC_CONDITIONED_WILL.in(lower) || GENERIC_PARTICIPLE_WILL.in(lower) || NOT_UNAIDED.in(lower) || GENERIC_WOULD.in(lower)
                || COURSE_WEIGHED.in(lower) && !QUANTITY.in(lower) && !WORD_COUNT.in(lower)) && !HORIZON.in(lower)) {
            return ClaimType.OPINION;
        }
        if (SPAN_STILL_TO_RUN.in(lower) && !pastVerb(tokens) && !PAST_AUXILIARY.in(lower) && !EXPLICIT_PAST.in(lower)) {
            return ClaimType.PREDICTION;
        }
        if (SPAN_AHEAD.in(lower) && !SPAN_COMPARED.in(lower) && !JUDGEMENT.in(lower) && !pastVerb(tokens) && !PAST_AUXILIARY.in(lower) && !POSSIBILITY.in(lower)
                && !EXPLICIT_PAST.in(lower)) {
            return ClaimType.PREDICTION;
        }
        if (PREDICTION.in(forecast) || MODAL_FORECAST.in(asserted) && !EXPLICIT_PAST.in(withoutYearsAhead(lower, context.documentYear()))
                || EXPECTED_TO.in(asserted) && !UNEXPECTED.in(asserted) || mentionsComingYear(dated, context.documentYear())) {
            return ClaimType.PREDICTION;
        }
        if (CONDITIONAL_ESTIMATE.in(lower) || RELEASE_AHEAD.in(lower) && !EXPLICIT_PAST.in(lower) && !pastVerb(tokens)) {
            return ClaimType.PREDICTION;
        }
        if (GENERIC_CONDITION.in(lower)) {
            return ClaimType.OPINION;
        }
        boolean judged = JUDGEMENT.in(DENIED_REASON.replaceAll(lower, " ")) || EFFECT_REPORTED.in(lower);
        boolean view = attitude || VIEW.in(APPROXIMATION.replaceAll(lower, "")) || GENERIC_SUBJECT.in(lower)
                || GENERIC_PARTICIPLE_SUBJECT.in(lower) || GERUND_VERDICT.in(lower)
                || judged;
        boolean event = activeEvent(tokens);
        boolean explicitPast = EXPLICIT_PAST.in(lower) || pastThisYear;
        if (explicitPast && !BELIEF.in(lower) && !judged || (EVIDENCE.in(lower) || documented) && !BELIEF.in(lower) && !judged
                // ("She believes the rollout had stalled": a past put as a belief is the holder's reading of it)
                || PAST_TIME.in(lower) && !BELIEF_OR_MODAL.in(lower) && !attitude && !judged
                || PLAIN_STATE.in(lower) && !view && !POSSIBILITY_AHEAD.in(lower)
                || event && !view || QUANTITY.in(lower) && !view
                || ownPractice(tokens) && !view || ASKED_OF_US.in(lower) && !view
                || OWN_COUNT.in(lower) && !view || ownPerfect(tokens) && !view || EXISTING_DONE.in(lower) && !view
                || OUR_PEOPLE_PRACTICE.in(lower) && !view || UNIVERSAL_PROCEDURE.in(lower) && !view
                || WORD_COUNT.in(lower) && !view && !POSSIBILITY.in(lower) || ORGANISATION_NOW.in(lower) && !view
                || PAST_PROGRESSIVE.in(lower) && OWN_SIDE_OR_FIGURE.in(lower) && !view || TREND.in(lower) && !view || NOW_PROGRESSIVE.in(lower) && !view
                || UNDERTAKING.in(lower) && !view || OWN_INABILITY.in(lower) && !view
                || FREQUENCY.in(lower) && !view && !POSSIBILITY.in(lower) && !CHANGE_EVERY.in(lower) && !LAW_OF_EVENTS.in(lower)
                || pastComparison(tokens) && !view || stateKeptOrReached(tokens) && !view || OWN_CLEFT.in(lower) && !view
                || STATE_SECURED.in(lower) && !view && !POSSIBILITY_AHEAD.in(lower)) {
            return ClaimType.FACT;
        }
        return ClaimType.OPINION;
    }

    /** The claim from "but" on, when {@link #CONCEDED_FUTURE} finds the future before it conceded. */
    private static String withoutConcededFuture(String lower) {
        Matcher m = CONCEDED_FUTURE.matcher(lower);
        return m.find() && !HORIZON.in(lower.substring(0, m.end())) ? "but" + lower.substring(m.end()) : lower;
    }

    /**
     * "Pellmore still builds its servers in Ohio", "Peru already mines most of the world's copper", "it still trails
     * them on long documents", "we already see such attacks": what a named actor, or the one a pronoun stands for, still
     * or already or now does is a state of affairs reported, the adverb saying that it has lasted or arrived. A verb of
     * thinking, wanting, needing or seeming, or an obligation ("still has to pay"), leaves it a view, and so does a
     * subject that is anyone at all ("people still prefer …", "whoever still wants …").
     */
    private static boolean stateKeptOrReached(List<Token> tokens) {
        // the actor opens the claim: a state told in a later clause ("…, so much is unrealised — we still see problems")
        // is given as the ground of what went before, and the claim is that reading
        int i = 0;
        while (i < tokens.size() && (!tokens.get(i).isWord() || LINKING.contains(tokens.get(i).lower()))) {
            i++;
        }
        if (i + 2 >= tokens.size() || !KEPT_OR_REACHED.contains(tokens.get(i + 1).lower())) {
            return false;
        }
        Token subject = tokens.get(i);
        Token verb = tokens.get(i + 2);
        boolean named = subject.is("PROPN") && subject.isCapitalized() || ACTOR_PRONOUNS.contains(subject.lower());
        boolean obligation = i + 3 < tokens.size() && tokens.get(i + 3).lower().equals("to");
        // "Peru already mines …": after the adverb a word in -s that the tagger took for a noun is the verb
        boolean verbal = verb.is("VERB") || (verb.is("NOUN") || verb.is("PROPN") || verb.is("ADJ") || verb.is("X"))
                && verb.lower().endsWith("s") && !verb.lower().endsWith("ss");
        return named && verbal && !NOT_DOING.contains(verb.lower()) && !obligation;
    }

    private static final Set<String> KEPT_OR_REACHED = Set.of("still", "already", "now");
    private static final Set<String> ACTOR_PRONOUNS = Set.of("it", "we", "they", "he", "she");
    /** Verbs of thinking, wanting, needing and seeming: what follows them is held, not done. */
    private static final Set<String> NOT_DOING = Set.of("think", "thinks", "believe", "believes", "feel", "feels", "want",
            "wants", "hope", "hopes", "need", "needs", "prefer", "prefers", "like", "likes", "love", "loves", "hate", "hates",
            "expect", "expects", "fear", "fears", "worry", "worries", "doubt", "doubts", "seem", "seems", "look", "looks",
            "sound", "sounds", "matter", "matters", "wish", "wishes", "know", "knows", "agree", "agrees", "disagree",
            "disagrees", "say", "says", "argue", "argues", "insist", "insists", "mean", "means", "deserve", "deserves");

    /**
     * What the speaker's own side does as a rule ({@code We build suites from tickets}, {@code We
     * keep every log for seven years}): "we" or "our …" with a present-tense action verb, no modal
     * and no verb of thinking, is a report of practice, not a view.
     */
    private static boolean ownPractice(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && !tokens.get(i).isWord()) {
            i++;
        }
        // "No. We fine-tune …", "Inference is different, and for inference we still keep …": a practice opens a later clause
        for (int k = i + 1; k + 1 < tokens.size(); k++) {
            // "when a new model comes out we usually have it running": an adverb of habit marks the practice itself
            boolean habit = k + 1 < tokens.size() && HABITS.contains(tokens.get(k + 1).lower());
            if (tokens.get(k).lower().equals("we") && (clauseStartBefore(tokens, k) || habit) && ownPracticeFrom(tokens, k)) {
                return true;
            }
        }
        // "Which is why we report it per bucket", "And we log every call": what links the practice to the
        // sentence before is not its subject
        if (i + 3 < tokens.size() && LINKING_RELATIVES.contains(tokens.get(i).lower()) && tokens.get(i + 1).lower().equals("is")
                && tokens.get(i + 2).lower().equals("why")) {
            i += 3;
        } else if (i + 1 < tokens.size() && (LINKING.contains(tokens.get(i).lower())
                || NOWADAYS.contains(tokens.get(i).lower()))) {
            // "Now we start from an open model": a fronted "now" dates the practice, it is not its subject
            i++;
        }
        return i + 1 < tokens.size() && tokens.get(i).lower().equals("we") && ownPracticeFrom(tokens, i);
    }

    /**
     * "We have already seen cases of this in our lab", "we've signed a contract for 4,000 accelerators": the speaker's side
     * with a present perfect of something done tells what it has been through, an event reported (a verb of thinking or
     * finding, "we have learned that …", and "have been", which links a description, are not).
     */
    private static boolean ownPerfect(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && (!tokens.get(i).isWord() || LINKING.contains(tokens.get(i).lower()))) {
            i++;
        }
        // "We've signed …" may come as one token
        boolean contracted = i + 1 < tokens.size() && WE_HAVE.contains(tokens.get(i).lower().replace('’', '\''));
        if (!contracted && (i + 2 >= tokens.size() || !tokens.get(i).lower().equals("we")
                || !HAVE.contains(tokens.get(i + 1).lower()))) {
            return false;
        }
        int v = contracted ? i + 1 : i + 2;
        if (PRACTICE_ADVERBS.contains(tokens.get(v).lower()) && v + 1 < tokens.size()) {
            v++;
        }
        Token verb = tokens.get(v);
        String w = verb.lower();
        boolean participle = w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || IRREGULAR_PAST.contains(w)
                || PARTICIPLES.contains(w);
        return verb.is("VERB") && participle && !NOT_DONE.contains(w);
    }

    private static final Set<String> WHENEVER = Set.of("when", "whenever");
    private static final Set<String> HABIT_ADVICE = Set.of("never", "always");

    private static int firstWordIndex(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && !tokens.get(i).isWord()) {
            i++;
        }
        return i;
    }

    private static String firstWord(List<Token> tokens) {
        return tokens.stream().filter(Token::isWord).findFirst().map(Token::lower).orElse("");
    }

    private static final Set<String> OWN_RULES = Set.of("rule", "policy", "practice", "process", "habit", "default");
    private static final Set<String> HAVE = Set.of("have", "'ve", "’ve");
    private static final Set<String> WE_HAVE = Set.of("we've");
    private static final Set<String> PARTICIPLES = Set.of("seen", "done", "run", "built", "shipped", "sold", "spent", "hired");
    /** Perfects of thinking, finding, deciding and being, which hold or link rather than tell what was done. */
    private static final Set<String> NOT_DONE = Set.of("been", "thought", "learned", "learnt", "realised", "realized",
            "decided", "found", "believed", "wanted", "needed", "hoped", "tried", "become", "got", "gotten", "had", "agreed",
            "noticed", "argued", "assumed", "expected", "chosen", "come");

    /**
     * A clause starts right before "we" after a full stop, after "and"/"but"/"so" following a comma, or after a short
     * fronted phrase ("for inference we …"); not after "if", "that", "how" and the like, which make it subordinate.
     */
    private static boolean clauseStartBefore(List<Token> tokens, int we) {
        String prev = tokens.get(we - 1).lower();
        // "No. We …": a bare answer may come as one token with its full stop; "For start-ups it is simpler: we hire …"
        if (prev.equals(".") || prev.equals(";") || prev.equals(":") || prev.endsWith(".") && prev.length() <= 4) {
            return true;
        }
        // "Our rule is that we test every model": the side's rule, policy or practice stated is what it does
        if (prev.equals("that") && we > 2 && tokens.get(we - 2).lower().equals("is")
                && OWN_RULES.contains(tokens.get(we - 3).lower())) {
            return true;
        }
        if (LINKING.contains(prev) && we > 1 && tokens.get(we - 2).text().equals(",")) {
            return true;
        }
        // "When it is closed, we depend on the lab": after a fronted "when" the side's present is what it does each time
        if (prev.equals(",") && WHENEVER.contains(firstWord(tokens))) {
            return true;
        }
        // "…, and for inference we still keep …": a preposition and its noun fronted before the subject
        return we > 3 && (tokens.get(we - 1).is("NOUN") || tokens.get(we - 1).lower().endsWith("ing")) && PREPOSITIONS.contains(tokens.get(we - 2).lower())
                && LINKING.contains(tokens.get(we - 3).lower());
    }

    private static boolean ownPracticeFrom(List<Token> tokens, int i) {
        int v = i + 1;
        if (PRACTICE_ADVERBS.contains(tokens.get(v).lower()) && v + 1 < tokens.size()) {
            v++;
        }
        // "We don't let interns touch the billing database", "we do not ship on Fridays": a rule the side keeps by not
        // doing something is as much its practice as "we never move data off site"
        int negation = v + 1 < tokens.size() && DONT.contains(tokens.get(v).lower()) ? 1
                : v + 2 < tokens.size() && DO_NOT.contains(tokens.get(v).lower()) && NOT.contains(tokens.get(v + 1).lower()) ? 2 : 0;
        if (negation > 0) {
            v += negation;
            if (PRACTICE_ADVERBS.contains(tokens.get(v).lower()) && v + 1 < tokens.size()) {
                v++;
            }
        }
        Token verb = tokens.get(v);
        boolean hedged = tokens.stream().anyMatch(t -> PRACTICE_HEDGES.contains(t.lower()))
                || v + 1 < tokens.size() && tokens.get(v + 1).lower().equals("that");
        // "we usually have it running within a week": "have" with an object and a participle is what the team gets done
        boolean causative = verb.lower().equals("have") && v + 2 < tokens.size() && tokens.get(v + 1).is("PRON")
                && tokens.get(v + 2).is("VERB") && (tokens.get(v + 2).lower().endsWith("ing")
                || tokens.get(v + 2).lower().endsWith("ed"));
        return causative && !hedged || (verb.is("VERB") || misreadPracticeVerb(tokens, v)) && !verb.lower().endsWith("ing")
                && !THINKING.contains(verb.lower()) && !hedged;
    }

    /**
     * "We distill every release", "We fine-tune small models": after "we", a word the tagger took for an auxiliary or
     * an adjective is the verb of the practice when an object follows it (or it is the first half of a hyphenated verb).
     */
    private static boolean misreadPracticeVerb(List<Token> tokens, int v) {
        Token verb = tokens.get(v);
        if (v + 1 >= tokens.size() || AUXILIARIES.contains(verb.lower()) || verb.lower().endsWith("s")
                || !(verb.is("AUX") || verb.is("ADJ") || verb.is("NOUN"))) {
            return false;
        }
        Token next = tokens.get(v + 1);
        return verb.is("AUX") || next.text().startsWith("-") || next.is("DET") && !verb.is("ADJ");
    }

    private static final Set<String> DO_NOT = Set.of("do", "does");
    private static final Set<String> NOT = Set.of("not", "n't", "n’t");
    private static final Set<String> DONT = Set.of("don't", "don’t", "doesn't", "doesn’t");

    private static final Set<String> AUXILIARIES = Set.of("am", "are", "is", "was", "were", "be", "been", "have", "has",
            "had", "do", "does", "did", "can", "could", "will", "would", "shall", "should", "may", "might", "must",
            "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "ca", "wo");

    private static final Set<String> THINKING = Set.of("think", "believe", "feel", "want", "hope", "need", "see",
            "know", "like", "love", "expect", "guess", "agree", "disagree", "wish", "prefer", "try", "worry", "must",
            "should", "can", "could", "would", "will", "might", "may", "have", "found", "thought", "wanted", "mean",
            "speculate", "suspect", "estimate", "argue", "say", "doubt", "reckon", "assume", "consider", "hear", "read");

    private static final Set<String> PERFECT = Set.of("has", "have", "had", "'ve", "’ve", "'s", "’s");
    /** "which is why …", "that is why …": what links a practice to the sentence before. */
    private static final Set<String> LINKING_RELATIVES = Set.of("which", "that");
    /** "we always log …": an adverb between a practice's subject and its verb. */
    private static final Set<String> SAME_IN_THE_PAST = Set.of("cut", "hit", "put", "set", "let", "shut", "cost", "quit");
    private static final Set<String> BECOMING = Set.of("get", "stay", "be", "keep", "remain", "become", "feel", "look",
            "seem", "sound", "go");
    private static final Set<String> HABITS = Set.of("always", "usually", "typically", "normally", "generally", "often",
            "never", "rarely");
    private static final Set<String> PRACTICE_ADVERBS = Set.of("always", "usually", "now", "also", "still", "only",
            "already", "actually", "typically", "normally", "generally", "often", "never", "rarely");
    /** Words that make "we <verb>" a possibility, not a practice reported. */
    private static final Set<String> PRACTICE_HEDGES = Set.of("may", "might", "could", "would", "maybe", "perhaps");
    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "must", "will");

    /** Before a verb, "that" has no subject of its own to introduce, so it too opens a relative clause. */
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whoever", "whom");

    /** "Launched", "reported": a past event told in the active voice, not "is built" or "if … completed". */
    private static boolean activeEvent(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!EVENT_VERBS.contains(t.lower()) || !t.isVerbal()) {
                continue;
            }
            // "has lost", "have trained": the perfect reports an event too, unless a modal makes it supposed
            boolean perfect = i > 0 && PERFECT.contains(tokens.get(i - 1).lower())
                    && !(i > 1 && MODALS.contains(tokens.get(i - 2).lower()));
            boolean passiveOrModal = !perfect && i > 0 && (tokens.get(i - 1).is("AUX") || i > 1 && tokens.get(i - 2).is("AUX"));
            // "Backlog tells you who signed": an event inside a relative clause only describes someone
            boolean relative = i > 0 && RELATIVES.contains(tokens.get(i - 1).lower())
                    || perfect && i > 1 && RELATIVES.contains(tokens.get(i - 2).lower());
            if (!passiveOrModal && !relative) {
                return true;
            }
        }
        return pastForm(tokens);
    }

    /** Irregular participles of doing that a perfect with an object reports: "has cut its intake", "have sold most". */
    private static final Set<String> DONE_PARTICIPLES = Set.of("cut", "put", "set", "spent", "built", "sold", "made", "paid",
            "kept", "lost", "won", "taken", "given", "shown", "done", "brought", "bought", "sent", "shut", "begun", "written");
    /** What a perfect of perceiving or thinking reports is a view or an experience, not a deed ("we have seen a shift"). */
    private static final Set<String> PERCEIVED = Set.of("seen", "heard", "learned", "learnt", "noticed", "realized",
            "realised", "felt", "thought", "assumed", "believed", "wanted", "tried", "said", "told", "argued", "claimed",
            "suggested", "found", "observed", "underestimated", "overestimated", "ignored", "missed");
    /**
     * Verbs of effect: "controls have slowed Chinese labs", "the price war has helped research", "copper has hit a wall":
     * a perfect that weighs what something did to something else is an assessment, not a deed reported.
     */
    private static final Set<String> EFFECTS = Set.of("slowed", "helped", "hurt", "harmed", "damaged", "accelerated",
            "boosted", "made", "changed", "transformed", "reshaped", "shaped", "killed", "saved", "hit", "pushed",
            "undermined", "eroded", "fuelled", "fueled", "enabled", "weakened", "strengthened", "improved", "worsened",
            "distorted", "ruined", "destroyed", "created", "driven", "benefited", "benefitted", "affected");
    /**
     * "He said the shortage had moved down the stack", "she wrote that open models had turned the business into a
     * commodity": a report's "had" with a verb of effect is the speaker's "has", what one thing has done to another weighed
     * as {@link #EFFECTS} weighs it in the present; a figure in it ("had turned profitable on 2.4 million cases") measures.
     */
    private static final Anywhere EFFECT_REPORTED = Anywhere.compile("(?s)^(?!.*\\d).*\\bhad (already |now |also |effectively "
            + "|largely |finally )?(slowed|helped|hurt|harmed|damaged|accelerated|boosted|made|changed|transformed|reshaped"
            + "|undermined|eroded|fuell?ed|enabled|weakened|strengthened|distorted|ruined|destroyed|driven|broken|shifted"
            // ("she had moved to Shenzhen", "they had turned down the offer": a move or a refusal, deeds)
            + "|(moved|turned)(?! (to|from|back|into|abroad|house|down|off|on|up|away|out)\\b))\\b.*");
    /** Participles of being moved: "it has surprised me" tells how the speaker took something, no deed. */
    private static final Set<String> FEELINGS = Set.of("surprised", "impressed", "disappointed", "worried", "scared",
            "convinced", "persuaded", "frustrated", "annoyed", "struck", "amazed", "shocked", "reassured", "bothered");
    private static final Set<String> DONE_PREPOSITIONS = Set.of("for", "on", "in", "into");
    private static final Set<String> VAGUE_QUANTITIES = Set.of("most", "many", "some", "few", "several", "lots");
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "our", "his", "her", "my", "your");
    private static final Set<String> NOWADAYS = Set.of("now", "today", "nowadays", "currently");
    private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off");
    private static final Set<String> BELIEVED = Set.of("believed", "felt", "hoped", "feared", "assumed", "expected",
            "suspected", "guessed", "imagined");
    private static final Set<String> PAST_LINKS = Set.of("was", "were", "got", "became", "grew");
    private static final Set<String> DEGREE = Set.of("much", "far", "a", "lot", "even", "still", "slightly", "the", "no",
            "significantly", "noticeably", "considerably", "somewhat", "an");
    private static final Set<String> NOT_COMPARATIVES = Set.of("never", "ever", "either", "neither", "rather", "however",
            "further", "together", "over", "after", "other", "later", "earlier", "whether", "another");

    /**
     * "The training run was the smaller part", "the compute part got much cheaper", "usage grew much faster": a
     * comparison told in the past reports how things turned out, an outcome observed rather than a view.
     */
    private static boolean pastComparison(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!PAST_LINKS.contains(tokens.get(i).lower())) {
                continue;
            }
            int k = i + 1;
            while (k < tokens.size() && k <= i + 3 && DEGREE.contains(tokens.get(k).lower())) {
                k++;
            }
            if (k + 1 >= tokens.size()) {
                return false;
            }
            Token t = tokens.get(k);
            String w = t.lower();
            // "got much cheaper": after an adverb of degree the tagger's noun is the comparative too ("was the founder" is not)
            boolean degree = tokens.subList(i + 1, k).stream().map(Token::lower)
                    .anyMatch(x -> !x.equals("a") && !x.equals("an") && !x.equals("the") && !x.equals("no"));
            boolean inEr = w.length() > 4 && w.endsWith("er") && (t.is("ADJ") || t.is("ADV") || degree && t.is("NOUN"))
                    && !NOT_COMPARATIVES.contains(w);
            boolean analytic = (w.equals("more") || w.equals("less")) && (tokens.get(k + 1).is("ADJ")
                    || tokens.get(k + 1).lower().equals("than"));
            if (inEr || analytic) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("we", "i", "they", "he", "she", "it", "you");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("us", "me", "them", "him", "her");
    /** Participles of a perfect that reports a change, not a state: "most gains have come from data". */
    private static final Set<String> CHANGE_PARTICIPLES = Set.of("come", "fallen", "risen", "dropped", "increased",
            "decreased", "shrunk");
    /** Verbs that frame what someone said ("she added", "he conceded that …"), not events of their own. */
    private static final Set<String> SAYING = Set.of("added", "argued", "noted", "explained", "stressed", "claimed",
            "warned", "insisted", "conceded", "admitted", "suggested", "believed", "recalled", "answered", "replied",
            "asked", "agreed", "disagreed", "acknowledged", "emphasized", "emphasised", "observed", "remarked");
    /** A clause opened by these describes or conditions ("is how we ended up …"); its past is not the claim's. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("how", "why", "where", "when", "what", "which", "that",
            "who", "whom", "whatever", "until", "unless", "if", "once", "whether");

    /**
     * Past forms outside the list of event verbs: a regular past right after a subject pronoun ("we quietly
     * switched …"), a past with a pronoun for its object ("the regulator asked us …"), and a perfect of a change
     * ("most of the gains have come from data"). Participles used as adjectives ("a paid version") have neither.
     */
    private static boolean pastForm(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.lower();
            if (!t.is("VERB")) {
                continue;
            }
            boolean regularPast = w.length() > 4 && w.endsWith("ed") || IRREGULAR_PAST.contains(w);
            int before = i - 1;
            if (tokens.get(before).is("ADV") && before > 0) {
                before--;
            }
            boolean afterSubject = SUBJECT_PRONOUNS.contains(tokens.get(before).lower()) && !SAYING.contains(w)
                    && !(before > 0 && CLAUSE_OPENERS.contains(tokens.get(before - 1).lower()));
            // "the regulator asked us for …"; not "scarcity made us better", a cause judged
            boolean pronounObject = w.endsWith("ed") && i + 1 < tokens.size()
                    && OBJECT_PRONOUNS.contains(tokens.get(i + 1).lower())
                    && (tokens.get(i - 1).is("NOUN") || tokens.get(i - 1).is("PROPN"));
            if (regularPast && (afterSubject || pronounObject)) {
                return true;
            }
            // "The agents opened 4,100 pull requests", "the research leadership decided it": a past form right after a noun
            // is its verb, unless a finite verb follows in the clause ("a model trained on X beats …" describes the noun)
            // and what follows is its object or particle ("the dimensions mentioned just now" describes them); a verb of
            // effect weighs a cause ("scarcity made us better"), a form the same in the present may be a habit ("providers
            // cut prices every few months"), and a belief before it makes it what someone thought
            boolean objectOrParticle = i + 1 < tokens.size() && (tokens.get(i + 1).is("DET") || tokens.get(i + 1).is("NUM")
                    || tokens.get(i + 1).is("PRON") || tokens.get(i + 1).is("NOUN") || tokens.get(i + 1).is("ADJ")
                    || PARTICLES.contains(tokens.get(i + 1).lower()));
            boolean believed = tokens.subList(0, i).stream().anyMatch(x -> THINKING.contains(x.lower())
                    || BELIEVED.contains(x.lower()));
            // ("every failed run still burned tokens": an adverb may stand between the noun and its verb)
            boolean afterNoun = (tokens.get(before).is("NOUN") || tokens.get(before).is("PROPN")) && !SAYING.contains(w)
                    && objectOrParticle && !EFFECTS.contains(w) && !SAME_IN_THE_PAST.contains(w) && !believed
                    && !finiteVerbBefore(tokens, i + 1) && !CLAUSE_OPENERS.contains(tokens.get(0).lower());
            if (regularPast && afterNoun) {
                return true;
            }
            boolean perfect = PERFECT.contains(tokens.get(before).lower())
                    && !(before > 0 && MODALS.contains(tokens.get(before - 1).lower()));
            if (perfect && CHANGE_PARTICIPLES.contains(w)) {
                return true;
            }
            // "every bank has cut its graduate intake", "Germany has effectively stopped new connections": a perfect with
            // an object reports something done; without one it may read the field ("the hard part has moved to
            // serving"), and in a relative clause it only describes a noun
            boolean participle = w.length() > 4 && w.endsWith("ed") || DONE_PARTICIPLES.contains(w);
            // "some customers have asked us to stop": a person for the object is done to as much as a thing is, bar
            // what a perfect of feeling reports ("it has surprised me")
            boolean object = i + 1 < tokens.size() && (tokens.get(i + 1).is("DET") || tokens.get(i + 1).is("NUM")
                    || tokens.get(i + 1).is("PRON") && POSSESSIVES.contains(tokens.get(i + 1).lower())
                    || OBJECT_PRONOUNS.contains(tokens.get(i + 1).lower()) && !FEELINGS.contains(w)
                    || tokens.get(i + 1).is("ADJ") || tokens.get(i + 1).is("NOUN")
                    // "it has paid for a new basin", "they have spent on their own grid": the object after a preposition
                    || DONE_PARTICIPLES.contains(w) && i + 2 < tokens.size() && DONE_PREPOSITIONS.contains(tokens.get(i + 1).lower())
                    && (tokens.get(i + 2).is("DET") || POSSESSIVES.contains(tokens.get(i + 2).lower())));
            boolean relative = before > 0 && RELATIVES.contains(tokens.get(before - 1).lower());
            // "Most hospitals I know have cut their budgets": a vague quantity of a subject generalises, it reports no deed
            boolean vague = VAGUE_QUANTITIES.contains(tokens.get(0).lower());
            // "appears to have required": a perfect infinitive hangs on the verb before it
            // ("every bank I've spoken to has cut …" ends a clause with the preposition "to")
            boolean infinitive = before > 0 && tokens.get(before - 1).lower().equals("to")
                    && tokens.get(before - 1).is("PART");
            if (perfect && participle && object && !relative && !infinitive && !vague && !PERCEIVED.contains(w)
                    && !EFFECTS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean aboutAdvice(Context context) {
        String section = context.section() == null ? "" : context.section().toLowerCase(Locale.ROOT);
        boolean adviceSection = ADVICE_SECTION.in(section);
        boolean adviceColumn = context.columns().stream().map(x -> x.toLowerCase(Locale.ROOT)).anyMatch(ADVICE_COLUMN::in);
        return adviceSection || adviceColumn;
    }

    /** A sentence or list item that opens with a bare verb: "Keep …", "Actively embrace …", "Focus on …". */
    static boolean imperative(List<Token> tokens, Nlp nlp) {
        int i = 0;
        while (i < tokens.size() && (!tokens.get(i).isWord() || tokens.get(i).text().equals("|"))) {
            i++;
        }
        int colon = indexOf(tokens, ":");
        // a claim cut from after a lead-in ("Brandt has a proposal: scale the audit …") opens in lower case
        boolean leadIn = colon > 0 && (colon < 6 || advicePreamble(tokens, colon)) && colon + 1 < tokens.size();
        boolean afterColon = leadIn || colon < 0 && i < tokens.size() && tokens.get(i).text().equals(tokens.get(i).lower());
        if (leadIn) {
            i = colon + 1;
        }
        int pipe = indexOf(tokens, "|");
        if (pipe >= 0 && pipe + 1 < tokens.size()) {
            i = pipe + 1; // a table row's first cell names what the row is about ("Hardware Cost | …"), no advice
        }
        // "Look, the question is not …": a word that claims the listener's attention before the view is no advice
        if (i + 2 < tokens.size() && ATTENTION.contains(tokens.get(i).lower()) && tokens.get(i + 1).text().equals(",")) {
            i += 2;
        }
        // "If you want to learn robotics, buy a cheap arm": the advice follows the condition that opens the sentence
        int comma = indexOf(tokens, ",");
        // ("If you are a student choosing a lab: go where the compute is": a colon closes the condition as a comma does)
        if (colon > i && (comma < 0 || colon < comma)) {
            comma = colon;
        }
        if (i < tokens.size() && CONDITIONS.contains(tokens.get(i).lower()) && comma > i && comma + 1 < tokens.size()) {
            i = comma + 1;
        }
        // "And keep your burn low": a conjunction joins the advice to what came before, it is not its subject
        if (i + 1 < tokens.size() && LINKING.contains(tokens.get(i).lower())) {
            i++;
        }
        // "I would say learn to test first", "I'd say start small": the speaker softens the advice that follows
        i += softeningLeadIn(tokens, i);
        // "Do not spend a year on one benchmark": the negative written out in full, as "Don't" is read
        if (i + 2 < tokens.size() && tokens.get(i).lower().equals("do") && tokens.get(i + 1).lower().equals("not")) {
            i += 2;
        }
        // "Never design a product for one promotional rate", "Always keep a second supplier": the adverb of habit before
        // the verb makes the advice a standing rule
        if (i + 2 < tokens.size() && i == firstWordIndex(tokens) && HABIT_ADVICE.contains(tokens.get(i).lower())) {
            i++;
        }
        if (i >= tokens.size()) {
            return false;
        }
        List<Token> tagged = tokens;
        Token opening = tokens.get(i);
        // "Pengcheng Silicon shipped …": two capitalised words before a verb are a name and its verb, no imperative
        boolean nameGoesOn = i + 2 < tokens.size() && tokens.get(i + 1).isCapitalized()
                && !tokens.get(i + 1).text().equals("I") && (tokens.get(i + 2).is("VERB") || tokens.get(i + 2).is("AUX"));
        if (nameThenPresentVerb(tokens, i)) {
            return false;
        }
        if (misreadVerb(opening) && nlp != null && CAPITALISED_WORD.matcher(opening.text()).matches() && !nameGoesOn) {
            tagged = nlp.retaggedLowercase(tokens, i); // the tagger reads a capitalised "Hire" as a name
        }
        boolean adverb = false;
        while (i < tagged.size() && (tagged.get(i).is("ADV") || tagged.get(i).lower().equals("please")
                || mannerAdverb(tagged.get(i)))) {
            adverb |= tagged.get(i).lower().endsWith("ly");
            i++;
        }
        if (i >= tagged.size()) {
            return false;
        }
        Token first = tagged.get(i);
        String w = first.lower();
        // "Bring your own traces", "String the cables": "-ing" after no vowel is the verb's own ending, no participle's
        boolean participle = w.endsWith("ing") && w.substring(0, w.length() - 3).matches(".*[aeiouy].*");
        boolean baseForm = !participle && !w.endsWith("ed") && !(w.endsWith("s") && !w.endsWith("ss"));
        // "Twelve million people speak isiZulu": a count opens the subject, it is no verb
        if (!baseForm || w.length() < 2 || first.is("NUM") || NUMBER_WORD_ALONE.matcher(w).matches()) {
            return false;
        }
        if (misreadVerb(first) && i > 0 && first.text().equals(w) && nlp != null) {
            tagged = nlp.retaggedLowercase(tagged, i);
            first = tagged.get(i);
        }
        // "Actively embrace this era": after an -ly adverb and before its object, a word is a verb whatever the tag
        boolean objectFollows = i + 1 < tagged.size() && (tagged.get(i + 1).is("DET") || tagged.get(i + 1).is("PRON"));
        // "…: learn to write test suites": after a lead-in's colon, a bare word before an infinitive is a verb as well (not
        // in a claim cut after "expects that": "share to grow next year")
        boolean infinitiveFollows = leadIn && i + 2 < tagged.size() && tagged.get(i + 1).lower().equals("to")
                && tagged.get(i + 2).is("VERB");
        // "Brandt has a proposal: scale the audit to revenue": after a lead-in's colon a bare word before a determiner is a
        // verb too, since a noun opening a clause would take a determiner of its own
        boolean verb = first.is("VERB") || w.equals("be") || w.equals("don't") || w.equals("let's")
                || (adverb || afterColon && first.text().equals(w) && !TIME_NOUNS.contains(w)) && first.is("NOUN")
                && (objectFollows || infinitiveFollows);
        // "Pellucid fixed the bug", "Pellmore lost $12 million": a past form right after the first word had it for its
        // subject ("Get started", "Stay focused" take a participle after a verb of becoming)
        Token after = i + 1 < tagged.size() ? tagged.get(i + 1) : null;
        boolean pastAfter = after != null && !BECOMING.contains(w)
                && (after.isVerbal() && after.lower().endsWith("ed") || IRREGULAR_PAST.contains(after.lower()));
        // "Pellmore lost $12 million", its name read as an adverb: "lost" is no base form ("cut", "hit", "put" are)
        boolean past = IRREGULAR_PAST.contains(w) && !SAME_IN_THE_PAST.contains(w);
        // "Ask who has repaired one", "find out what the agent did": a verb whose object is a clause of "who" or "what" has
        // that clause's verb after it, not a subject's
        boolean clauseObject = first.is("VERB") && after != null && WH_CLAUSE_OPENERS.contains(after.lower());
        return verb && !past && !pastAfter && (clauseObject || !finiteVerbBefore(tagged, i + 1));
    }

    private static final Set<String> WH_CLAUSE_OPENERS = Set.of("who", "what", "how", "where", "whether", "which", "when",
            "why");

    private static final Pattern NUMBER_WORD_ALONE = Pattern.compile(NUMBER_WORD);

    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

    /**
     * "the applications that would use cheap inference": a modal in a relative clause describes the noun before it;
     * it forecasts nothing of its own, so it is left out when the claim's modals are read.
     */
    private static String withoutRelativeModals(String asserted, List<Token> tokens) {
        String result = asserted;
        for (int i = 1; i + 2 < tokens.size(); i++) {
            boolean relative = RELATIVES.contains(tokens.get(i).lower()) && tokens.get(i - 1).is("NOUN");
            if (relative && RELATIVE_MODALS.contains(tokens.get(i + 1).lower())) {
                String phrase = tokens.get(i).lower() + " " + tokens.get(i + 1).lower() + " " + tokens.get(i + 2).lower();
                result = result.replace(phrase, " ");
            }
            // "patches that nobody would merge": the clause has a subject of its own before the modal
            if (relative && i + 3 < tokens.size() && CLAUSE_SUBJECTS.contains(tokens.get(i + 1).lower())
                    && RELATIVE_MODALS.contains(tokens.get(i + 2).lower())) {
                String phrase = tokens.get(i).lower() + " " + tokens.get(i + 1).lower() + " "
                        + tokens.get(i + 2).lower() + " " + tokens.get(i + 3).lower();
                result = result.replace(phrase, " ");
            }
        }
        return result;
    }

    /**
     * "It lets us sell to customers who will never buy a rack": a "will" in a relative clause on a noun after the main
     * verb describes that noun's people or things; the speaker forecasts nothing by it. (A relative clause on the
     * subject, "the chips that will ship in March are …", may carry the claim's forecast, so it stays.)
     */
    private static String withoutObjectRelativeWill(String forecast, List<Token> tokens) {
        String result = forecast;
        boolean verbBefore = false;
        for (int i = 1; i + 2 < tokens.size(); i++) {
            verbBefore |= tokens.get(i - 1).isVerbal();
            boolean relative = RELATIVES.contains(tokens.get(i).lower()) && tokens.get(i - 1).is("NOUN");
            if (!verbBefore || !relative) {
                continue;
            }
            // "a model that a bank will let touch its code", "the ones who'll quit in a week": the clause may have a
            // subject of its own, a few words naming someone, before its "will"
            int will = i + 1;
            // ("the risk that prices will rise", "a sign that buyers will wait": after a noun of saying, fearing or
            // expecting, "that" opens the content of it, and its "will" is the forecast the noun names)
            boolean content = CONTENT_NOUNS.contains(tokens.get(i - 1).lower());
            while (!content && will < tokens.size() && will <= i + 3 && RELATIVE_SUBJECT.contains(tokens.get(will).tag())) {
                will++;
            }
            if (will < tokens.size() && WILL.contains(tokens.get(will).lower().replace('’', '\''))) {
                StringBuilder clause = new StringBuilder(Pattern.quote(tokens.get(i - 1).lower()));
                for (int k = i; k <= will; k++) {
                    clause.append("\\s*").append(Pattern.quote(tokens.get(k).lower()));
                }
                StringBuilder kept = new StringBuilder(tokens.get(i - 1).lower());
                for (int k = i; k < will; k++) {
                    kept.append(' ').append(tokens.get(k).lower());
                }
                result = Pattern.compile(clause + "\\b").matcher(result).replaceAll(Matcher.quoteReplacement(kept.toString()));
            }
        }
        return result;
    }

    /** Tags of the words that may name the subject of a relative clause: "that [a bank] will", "that [someone] will". */
    private static final Set<String> RELATIVE_SUBJECT = Set.of("DET", "PRON", "NOUN", "PROPN", "ADJ");
    private static final Set<String> WILL = Set.of("will", "'ll");
    private static final Set<String> CONTENT_NOUNS = Set.of("risk", "risks", "chance", "chances", "danger", "sign", "signs",
            "signal", "evidence", "hope", "hopes", "fear", "fears", "expectation", "expectations", "bet", "idea", "view",
            "belief", "assumption", "promise", "guarantee", "possibility", "prospect", "likelihood", "odds", "worry",
            "concern", "warning", "prediction", "forecast", "claim", "argument", "case", "feeling", "sense", "news", "fact",
            "point", "thesis", "suggestion", "doubt", "certainty", "confidence", "assurance", "message", "consensus",
            "probability", "proof", "indication", "reason", "notion", "theory", "conviction");

    /** A past form of a verb with no auxiliary before it: "the users stayed", "prices fell". */
    private static boolean pastVerb(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            boolean past = w.length() > 4 && w.endsWith("ed") || IRREGULAR_PAST.contains(w);
            if (tokens.get(i).is("VERB") && past && !tokens.get(i - 1).isVerbal()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Switchyard routes about 2 billion requests a month": a word the tagger took for a name, then a word in -s with a
     * count or a determiner after it, is a subject and its verb; an imperative's object would not be followed so
     * ("Hire Korean engineers early").
     */
    private static boolean nameThenPresentVerb(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i).is("PROPN") || !tokens.get(i).isCapitalized()) {
            return false;
        }
        String next = tokens.get(i + 1).text();
        Token after = tokens.get(i + 2);
        boolean presentForm = next.length() > 3 && next.endsWith("s") && !next.endsWith("ss")
                && next.equals(next.toLowerCase(Locale.ROOT));
        boolean object = after.is("NUM") || after.is("DET")
                || after.is("ADP") && i + 3 < tokens.size() && tokens.get(i + 3).is("NUM");
        return presentForm && object;
    }

    /** "Severely limited": an -ly word the tagger calls a verb is an adverb, bar the few verbs spelt so. */
    private static boolean mannerAdverb(Token t) {
        String w = t.lower();
        return w.length() > 5 && w.endsWith("ly") && !VERBS_ENDING_IN_LY.contains(w);
    }

    /** How many tokens from {@code i} say "I would say" or "I'd say"; none when the sentence opens otherwise. */
    private static int softeningLeadIn(List<Token> tokens, int i) {
        StringBuilder opening = new StringBuilder();
        for (int k = i; k < Math.min(tokens.size() - 1, i + 3); k++) {
            opening.append(tokens.get(k).lower().replace('’', '\'')).append(' ');
            String words = opening.toString();
            if (words.equals("i would say ") || words.equals("i 'd say ") || words.equals("i'd say ")) {
                return k - i + 1;
            }
        }
        return 0;
    }

    /** "What I tell my students is: …", "My advice to founders would be: …": what follows the colon is the advice. */
    private static boolean advicePreamble(List<Token> tokens, int colon) {
        // a lead-in that names advice announces it however long it is ("If I could give young people one piece of
        // advice, it would be this: …"); other lead-ins are short
        if (colon > 20) {
            return false;
        }
        boolean namesAdvice = tokens.subList(0, colon).stream().map(Token::lower).anyMatch(ADVICE_WORDS::contains);
        if (colon > 12) {
            return namesAdvice;
        }
        // "And to the students in the room: …": advice addressed to an audience
        int first = tokens.get(0).lower().equals("and") ? 1 : 0;
        boolean addressed = first + 1 < colon && tokens.get(first).lower().equals("to")
                && (tokens.get(first + 1).is("DET") || tokens.get(first + 1).is("PRON") || tokens.get(first + 1).is("ADJ"));
        return addressed || tokens.subList(0, colon).stream().map(Token::lower)
                .anyMatch(ADVICE_WORDS::contains);
    }

    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "for", "with", "from", "to", "by",
            "about", "into", "over", "under", "after", "before", "than", "as", "like", "through", "across", "between",
            "without", "within", "per", "via", "around", "against", "toward", "towards", "during", "since", "until",
            "upon", "among", "behind", "beyond", "off", "out", "up", "down", "near", "onto", "despite", "beside");
    private static final Set<String> TIME_NOUNS = Set.of("today", "yesterday", "tomorrow", "tonight", "now");
    private static final Set<String> CONDITIONS = Set.of("if", "when", "once", "unless", "whenever");
    private static final Set<String> LINKING = Set.of("and", "but", "so", "then", "also", "or");
    private static final Set<String> ATTENTION = Set.of("look", "listen", "see");
    // ("the people who should worry are the ones who bought at the peak": a "should" that picks out a noun advises nobody)
    private static final Set<String> RELATIVE_MODALS = Set.of("would", "could", "should");
    private static final Set<String> CLAUSE_SUBJECTS = Set.of("nobody", "no-one", "anyone", "anybody", "everyone",
            "everybody", "someone", "somebody", "people", "we", "you", "they", "i", "he", "she", "customers", "users");
    private static final Set<String> VERBS_ENDING_IN_LY = Set.of("supply", "comply", "multiply", "apply", "reply", "imply",
            "rely", "ally");
    private static final Set<String> ADVICE_WORDS = Set.of("tell", "told", "advice", "advise", "recommend",
            "recommendation", "suggest", "suggestion", "message", "rule");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "—", "–", "|");

    /** A word the tagger may have taken for a name or a noun where it is a verb: worth tagging again. */
    private static boolean misreadVerb(Token t) {
        return t.is("NOUN") || t.is("PROPN") || t.is("ADJ") || t.is("X")
                // "Measure your models …": a capitalised verb the tagger takes for a conjunction no dictionary has
                || t.is("SCONJ") && !SUBORDINATORS.contains(t.lower());
    }

    private static final Set<String> SUBORDINATORS = Set.of("if", "because", "although", "though", "while", "whilst",
            "when", "whenever", "since", "unless", "until", "till", "whether", "that", "as", "once", "before", "after",
            "so", "than", "where", "wherever", "lest", "like", "for", "whereas", "provided", "given", "cause", "cos");

    /** A finite verb ("is", "gives") after position {@code from} and before the clause ends: the first word had a subject. */
    private static boolean finiteVerbBefore(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (CLAUSE_BREAKS.contains(t.text()) || t.is("SCONJ") || k > from && (RELATIVES.contains(t.lower())
                    || CLAUSE_OPENERS.contains(t.lower()))) {
                // "Stay until you have one idea that is yours", "count what it closes": verbs of a clause inside the advice
                return false;
            }
            String w = t.lower();
            // "Give every agent the permissions it needs": a verb right after a subject pronoun has that pronoun for its
            // subject, a clause of its own inside the advice
            if (k > from && (t.is("VERB") || t.is("AUX")) && SUBJECT_PRONOUNS.contains(tokens.get(k - 1).lower())) {
                return false;
            }
            // "learn to build evaluation sets": a word in -s after a noun that is itself the object of a verb ends a
            // compound noun, it is no finite verb
            // ("read her panel remarks twice": so does one after a noun that a possessive or a determiner opens)
            boolean compound = k - 2 >= from - 1 && tokens.get(k - 1).is("NOUN") && (tokens.get(k - 2).is("VERB")
                    || tokens.get(k - 2).is("DET") || POSSESSIVES.contains(tokens.get(k - 2).lower()));
            if (t.is("AUX") && !w.equals("to") || t.is("VERB") && (w.endsWith("s") && !w.endsWith("ss") && !compound
                    || IRREGULAR_PAST.contains(w))) {
                return true;
            }
            // "Open weights win developers": a plural noun right before a verb is its subject, so the
            // opening word was an adjective
            Token before = tokens.get(k - 1);
            boolean verbLike = t.is("VERB") || t.is("ADP") && !PREPOSITIONS.contains(w); // the tagger reads "win" as ADP
            if (verbLike && k - 1 > from - 1 && before.is("NOUN") && before.lower().endsWith("s")
                    && !before.lower().endsWith("ss")) {
                return true;
            }
            // "Pengcheng Silicon shipped 40,000 cards": a past form right after a name had that name for its subject
            if (t.is("VERB") && w.endsWith("ed") && k - 1 > from - 1 && before.isCapitalized()
                    && (before.is("PROPN") || before.is("NOUN"))) {
                return true;
            }
        }
        return false;
    }

    /** Past forms that no imperative has after its verb: "revenue in the unit rose 64%" had a subject. */
    private static final Set<String> IRREGULAR_PAST = Set.of("rose", "fell", "grew", "went", "came", "became", "ran",
            "took", "made", "began", "won", "lost", "spent", "led", "held", "left", "sold", "paid", "told", "saw", "got",
            "gave", "brought", "bought", "thought", "found", "kept", "shrank", "sank", "swung", "slid", "hit", "cut");

    private static boolean startsWithSubject(List<Token> tokens) {
        return !tokens.isEmpty() && (tokens.get(0).is("PRON") || tokens.get(0).is("PROPN") || tokens.get(0).is("NOUN"))
                && indexOf(tokens, ":") < 0 && indexOf(tokens, ";") < 0;
    }

    private static int indexOf(List<Token> tokens, String text) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "would spend 12 billion yuan in 2026", said in 2026: the year under way or one ahead names when a plan is to happen,
     * so it dates nothing past; only an earlier year makes a "would" the past's view of its own future.
     */
    private static String withoutYearsAhead(String lower, Integer documentYear) {
        if (documentYear == null) {
            return lower;
        }
        java.util.regex.Matcher m = IN_YEAR.matcher(lower);
        StringBuilder kept = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(kept, Integer.parseInt(m.group(1)) >= documentYear ? " " : "$0");
        }
        return m.appendTail(kept).toString();
    }

    private static final Pattern IN_YEAR = Pattern.compile("\\bin ((?:19|20)\\d\\d)\\b");

    private static boolean mentionsComingYear(String lower, Integer documentYear) {
        if (documentYear == null) {
            return false;
        }
        java.util.regex.Matcher m = YEAR.matcher(lower);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year > documentYear || year == documentYear && YEAR_THEN_MODAL.in(lower)) {
                return true;
            }
        }
        return false;
    }
}
