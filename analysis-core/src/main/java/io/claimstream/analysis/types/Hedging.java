package io.claimstream.analysis.types;

import java.util.Locale;

import io.claimstream.analysis.text.SiftedPattern;

/**
 * How firmly a claim is asserted, from 0 (a guess) to 1 (certain): hedges ({@code might},
 * {@code maybe}, {@code I guess}, {@code to some extent}) lower it, boosters ({@code definitely},
 * {@code clearly}, {@code no doubt}, {@code I'm quite confident}) raise it. A figure given roughly
 * ({@code roughly a third}, {@code approximately 2,000}) is an estimate of a number, not doubt about the claim.
 */
public final class Hedging {

    private static final SiftedPattern HEDGES = SiftedPattern.compile("(?i)\\b(might|may|maybe|perhaps|possibly|probably|could|"
            + "seems?|appears?|i guess|not sure|i don['’]t know|i suspect|likely|somewhat|kind of|sort of|"
            + "to some extent|roughly speaking|approximately (?:true|right|correct)|i think|i feel|speculate|debatable|hard to say|"
            + "not necessarily|unclear|uncertain|hope|not (certain|convinced|confident)|i doubt|doubtful"
            // "my guess is", "I'd estimate", "I would say", "I'm less sure": a figure or a view offered as the speaker's estimate
            + "|my (?:best |honest |own )?guess|(?:i|we)(?:['’]d| would) (?:guess|estimate|imagine|say)"
            + "|(?:less|not so|not that|not too) (?:sure|certain|confident))\\b");
    private static final SiftedPattern BOOSTERS = SiftedPattern.compile("(?i)\\b(definitely|certainly|surely|clearly|obviously|"
            + "undoubtedly|no doubt|must|always|absolutely|of course|indeed|without question|very clear|"
            + "guaranteed|inevitabl[ey]|for sure|there['’]s no doubt|completely|already"
            // "I'm quite confident", "I am sure": certainty the speaker declares
            + "|i(?:['’]m| am) (?:quite |very |pretty |fairly |absolutely |completely )?(?:confident|convinced|sure|certain))\\b");

    /** "in May", "May 2025", "on May 4": the month, which no hedge is. */
    private static final SiftedPattern MONTH_MAY = SiftedPattern.compile("\\bMay(?=,? \\d)|(?<=\\b(?:in|on|since|by|until|till|from|"
            + "through|of|early|late|mid-|last|next|this|In|On|Since|By|Until|From|Through|Early|Late|Last|Next|This) )May\\b");
    /** "not always", "not necessarily completely": a booster denied weakens the claim instead of firming it. */
    private static final SiftedPattern DENIED_BOOSTER = SiftedPattern.compile("\\b(not|never|hardly|n['’]t)( quite| so| yet)? "
            + "(definitely|certainly|surely|clearly|obviously|always|absolutely|completely|guaranteed|inevitabl[ey])\\b");

    public double confidence(String content) {
        String lower = MONTH_MAY.replaceAll(content, "month").toLowerCase(Locale.ROOT);
        int denied = DENIED_BOOSTER.count(lower);
        double score = 0.7;
        score -= 0.12 * Math.min(3, HEDGES.count(lower) + denied);
        score += 0.1 * Math.min(3, Math.max(0, BOOSTERS.count(lower) - denied));
        return Math.round(Math.max(0.05, Math.min(0.99, score)) * 100) / 100.0;
    }
}
