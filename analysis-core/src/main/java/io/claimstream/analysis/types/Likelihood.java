package io.claimstream.analysis.types;

import io.claimstream.analysis.text.Anywhere;
import io.claimstream.analysis.text.SiftedPattern;

/**
 * Forms of the future that the recommendation and prediction word lists misread: {@code should}
 * of likelihood ({@code that should drop below $10,000}, {@code the model should be ready by
 * spring}), which forecasts instead of advising; a hypothetical ({@code if regulators required
 * audits, then labs would ship less}), which forecasts a consequence; and {@code this year} next
 * to a completed event ({@code revenue had tripled this year}), which reports a fact.
 */
final class Likelihood {

    /** "should" before a change, an arrival or a state that nobody can be told to bring about. */
    // "teams should ship behind a flag": with people for its subject "should" advises them, it forecasts nothing
    private static final SiftedPattern LIKELY_SHOULD = SiftedPattern.compile("(?<!\\b(?:teams|you|we|they|labs|companies|developers|"
            + "founders|people|startups|everyone|users|buyers|vendors) )\\bshould (?:(?:probably|easily|roughly|soon|"
            + "still|also) )?(drop|fall|rise|reach|arrive|ship|land|happen|come|improve|grow|double|halve|triple|cut"
            + "|last|pay off|decline|increase|shrink|recover|stabili[sz]e|converge|settle|ease|clear|close|open up"
            + "|be (?:ready|available|out|done|finished|over|cheaper|faster|better|higher|lower|enough|possible|"
            + "profitable|live|in place))\\b");
    /** "If X …, (then) Y would/will …": a consequence foreseen from a condition. */
    private static final Anywhere HYPOTHETICAL = Anywhere.compile("(?s)^(?:and |but |so )?(?:if|unless|once|should)"
            + "\\b[^.;]{3,160}?,\\s*(?:then\\s+)?[^.;]{0,80}?\\b(would|will|could|['’]d|['’]ll)\\b.*");
    /** A completed event: a perfect or a past form that a time like "this year" only dates. */
    private static final Anywhere COMPLETED = Anywhere.compile("(?s).*\\b(had|has|have|['’]ve) (already |now |just )?"
            + "(\\w+(ed|en|wn|ght)|cut|put|set|hit|shut|spent|built|sold|made|paid|kept|left|held|led|sent|lost|won"
            + "|run|become|begun|grown|shrunk)\\b.*|.*\\b(rose|fell|grew|doubled|tripled|halved|launched|released|raised|shipped|"
            + "signed|hired|reported|announced|won|lost|closed|opened|found|saw|showed|told|took|got|made|came"
            // "I was head of data until I left in March of this year": leaving, joining, starting are done too
            + "|left|quit|joined|began|started|went)\\b.*"
            // "we added 240 engineers this year": a pronoun subject and a regular past form
            + "|.*\\b(we|i|they|he|she|it) (\\w+ly )?\\w+ed\\b(?! to\\b).*"
            // "This year we kept that promise": an irregular past after a pronoun is as done
            + "|.*\\b(we|i|they|he|she) (\\w+ly )?(kept|held|paid|sold|built|spent|met|bought|brought|sent|broke|beat"
            + "|gave|hit|cut)\\b.*");
    private static final Anywhere FUTURE = Anywhere.compile("(?s).*\\b(will|would|going to|expects?|plans? to|"
            + "aims? to)\\b.*");
    private static final SiftedPattern THIS_YEAR = SiftedPattern.compile("\\bthis year\\b");
    /** "Last month we switched … for the third time this year": a past date makes "this year" the past too. */
    private static final Anywhere PAST_DATE = Anywhere.compile("(?s).*\\b(last (week|month|quarter|spring|summer|"
            + "autumn|fall|winter)|(weeks?|months?|days?) ago|yesterday|earlier this (year|month))\\b.*");

    private Likelihood() {
    }

    /** The claim with likelihood "should" read as "will", so that it counts as a forecast, not advice. */
    static String shouldAsWill(String lower) {
        return LIKELY_SHOULD.replaceAll(lower, "will $1");
    }

    static boolean hypothetical(String lower) {
        return HYPOTHETICAL.in(lower);
    }

    /**
     * The claim without "this year" or "within three months" where it dates a completed event or what was going
     * on ("within three months it was routing …") rather than a coming one.
     */
    static String withoutDatingOfPast(String lower) {
        if (!(COMPLETED.in(lower) || PAST_DATE.in(lower) || PAST_PROGRESSIVE.in(lower)) || FUTURE.in(lower)) {
            return lower;
        }
        String undated = THIS_YEAR.replaceAll(lower, " ");
        // "he expected them to follow within a year" looks ahead from the past: its "within" still forecasts
        return INTENT.in(lower) ? undated : WITHIN.replaceAll(undated, " ");
    }

    private static final Anywhere INTENT = Anywhere.compile("(?s).*\\b(expect|expected|expecting|plan|planned|planning|"
            + "hope|hoped|aim|aimed|intend|intended|promise|promised|pledge|pledged|predicted|forecast|projected|"
            + "target|targeted)\\b.*");

    private static final Anywhere PAST_PROGRESSIVE = Anywhere.compile("(?s).*\\b(was|were) (already |still |now )?"
            + "\\w+ing\\b.*");
    private static final SiftedPattern WITHIN = SiftedPattern.compile("\\bwithin (a|an|one|two|three|four|five|six|ten|\\d+) "
            + "(days?|weeks?|months?|years?|quarters?)\\b");
}
