package io.claimstream.analysis.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.speakers.Person;
import io.claimstream.analysis.speakers.PersonRegistry;
import io.claimstream.analysis.text.Anywhere;

/**
 * A book's, a profile's or an oral history's telling of what its people did and where they were: "Ana and Tom
 * corresponded for months after Oslo.", "The three of them ended up at a bar near the hotel.", "They compromised, in the
 * end, on a rule …", "I put that to Ana.", "I was in a taxi in Lyon.", "It was a quiet Monday for everyone." The story
 * moves its people about, brings them together and settles their quarrels; what they said there, and the writer's own
 * figures and judgements of the world, are told in other sentences. The verbs are the story's (meeting, moving,
 * keeping company, settling), never a company's deeds ("launched", "raised"), which a report asserts.
 */
final class StoryEvents {

    /** How a sentence may open before its subject: "On the last evening I spent with them, in June, ", "Afterwards, ". */
    private static final String OPENING = "((?i:afterwards|later|then|eventually|finally|soon|that (night|evening|week|spring"
            + "|summer|autumn|fall|winter)|(on|in|at|by|after|during|over|within) [^,;:\"“”]{1,60}),\\s)*";

    /** The people of the story: one the text names, joined with another, or a personal pronoun or a group of them. */
    private static final String PEOPLE = "(?<people>(?i:he|she|they|I)|(?i:the (two|three|four|five|six) of (them|us))"
            + "|(?i:the) (siblings|brothers|sisters|pair|couple|founders|co-founders|cofounders|friends|partners|family)"
            + "|\\p{Lu}[\\p{L}'’-]+( \\p{Lu}[\\p{L}'’-]+)?( and \\p{Lu}[\\p{L}'’-]+( \\p{Lu}[\\p{L}'’-]+)?)?)";

    /** What the story has its people do: meet, keep company, move about, settle a quarrel, put a point to someone. */
    private static final String STORY_DEED = "(?i:(first |later |then |eventually |finally |soon |once |also )?"
            // "met" as people meet, not as a result meets a target
            + "(met(?! ([\\p{L}-]+ ){0,2}(expectations|targets?|demand|goals?|deadlines?|forecasts?|standards?|bar)\\b)"
            + "|corresponded"
            + "|became (friends|close|inseparable|friendly)|ended up|took (me|us|him|her|them)( back)?|went (back )?(to|home|out)"
            + "|came (back )?(to|home)|walked|drove|flew|travell?ed|returned|arrived|moved (to|back|into|in)|spent (the|an|a|that"
            + "|their|two|three|several|many) (evening|night|day|afternoon|morning|weekend|week|hours?|days)"
            + "|had (dinner|lunch|breakfast|coffee|drinks|a drink|a meal)|compromised|sided with|made up|fell out"
            + "|put (that|it|this|the (question|point|claim|figure)) to))\\b";

    /** "They came home because the problems here are interesting": a reason given is the teller's view of the world. */
    private static final String NO_REASON_GIVEN = "(?!.*\\b(?i:because|since|so that|in order to|which (means|meant|shows"
            + "|showed)|not because)\\b)";

    private static final Anywhere DEED_TOLD = Anywhere.compile("^" + NO_REASON_GIVEN + OPENING + PEOPLE
            + "(,[^,;:\"“”]{1,30},)? " + STORY_DEED + "[^;\"“”?!%$€£]{0,220}[.]$");

    /** "I was in a taxi in Lyon.", "We were at a hotel in Oslo.": where the teller was when it happened. */
    private static final Anywhere WHERE_THEY_WERE = Anywhere.compile("^(?i:i|we|he|she|they) (?i:was|were) (?i:in|at|on)"
            + " (?i:a|an|the|my|our|his|her|their) [\\p{L}-]+( [\\p{L}-]+)?( (?i:in|at|near|outside) \\p{Lu}[\\p{L}'’-]+"
            + "( \\p{Lu}[\\p{L}'’-]+)?)?[.]$");

    /** "It was a normal Tuesday for everyone.": the day set as a scene. */
    private static final Anywhere DAY_SET = Anywhere.compile("^(?i:it was (a|an) ([\\p{L}-]+ )?(monday|tuesday|wednesday"
            + "|thursday|friday|saturday|sunday)( (morning|afternoon|evening|night))?)\\b[^;:\"“”?!%$€£]{0,80}[.]$");

    private static final Pattern SUBJECT = Pattern.compile("^" + OPENING + PEOPLE);
    private static final Pattern PRONOUN_OR_GROUP = Pattern.compile("(?i)he|she|they|i|the .*");

    private StoryEvents() {
    }

    /**
     * Whether the sentence only tells the story: its people (persons the registry knows, or pronouns) meeting, moving
     * or settling, the teller's whereabouts, or the day set as a scene.
     */
    static boolean toldAsStory(String sentence, PersonRegistry registry) {
        String s = sentence.strip();
        if (WHERE_THEY_WERE.in(s) || DAY_SET.in(s)) {
            return true;
        }
        if (!DEED_TOLD.in(s)) {
            return false;
        }
        Matcher m = SUBJECT.matcher(s);
        if (!m.lookingAt()) {
            return false;
        }
        String people = m.group("people");
        if (PRONOUN_OR_GROUP.matcher(people).matches()) {
            return true;
        }
        // a name: each person joined must be one the text knows as a person, not a company ("Kelp and Ono merged …")
        for (String name : people.split(" and ")) {
            Person p = registry.lookup(name);
            if (p == null || !p.isPerson()) {
                return false;
            }
        }
        return true;
    }
}
