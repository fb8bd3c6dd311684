package io.claimstream.analysis.predictions;

import java.util.regex.Pattern;

/**
 * Words that make a claim a forecast whatever its verbs: how much longer something can last ("this can't last more than
 * another year", "the subsidies can last another year at most"), how much more time something needs before it comes
 * ("world models need at least three more years before they pay"), and a forecast named as the holder's ("Her
 * expectation: …", "My guess is that …").
 */
public final class ForecastCues {

    private static final String SPAN = "(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen"
            + "|twenty|a couple of|a few)(?:\\s*(?:to|-|–|or)\\s*(?:\\d+|two|three|four|five|six|seven|eight|nine|ten))?";
    private static final String UNIT = "(?:years?|months?|decades?|quarters?)";
    /** "can last more than another eighteen months", "will hold for another year at most", "won't survive two more years". */
    private static final Pattern LASTS = Pattern.compile("(?i)\\b(?:can(?:not|['’]t)?|could(?:n['’]t)?|will|won['’]t|would"
            + "|may|might)\\s+(?:\\w+\\s+)?(?:last|hold|continue|survive|persist|go on|stay|remain)\\b[^.;:]{0,40}?"
            + "\\b(?:another\\s+(?:" + SPAN + "\\s+)?" + UNIT + "|" + SPAN + "\\s+more\\s+" + UNIT + ")");
    /** "need at least three to five more years before", "needs another two years to": the time until it is so. */
    private static final Pattern TIME_NEEDED = Pattern.compile("(?i)\\bneeds?\\s+(?:(?:at least|at most|about|around"
            + "|roughly|another)\\s+)*" + SPAN + "\\s+(?:more\\s+)?" + UNIT + "\\s+(?:before|to|until)\\b");
    /** "Her expectation: …", "My guess is that …", "Our forecast is …": a forecast named as such by its holder. */
    private static final Pattern NAMED_FORECAST = Pattern.compile("(?i)^\\W*(?:my|our|her|his|their)\\s+(?:own\\s+)?"
            + "(?:expectation|forecast|prediction|guess)\\s*(?::|is\\s+(?:that\\b|for\\b))");

    private ForecastCues() {
    }

    /** Whether the words forecast, by how long something lasts or needs, or by being named a forecast by its holder. */
    public static boolean forecasts(String said) {
        return LASTS.matcher(said).find() || TIME_NEEDED.matcher(said).find() || NAMED_FORECAST.matcher(said).find();
    }
}
