package io.claimstream.analysis.claims;

import io.claimstream.analysis.text.Anywhere;

/**
 * The stories a speaker tells about their own life, which a talk or an interview uses to set up a point and which
 * claim nothing themselves: "In my first year of the doctorate I spent a month labelling bird calls.", "I drove home
 * and slept for a day.", "A famous banker told me over lunch that …", "My father drives a taxi.", where a rule of theirs
 * was learned and what they thought when they came in. What the story
 * leads to ("None of that happened because a model got bigger.") is said in the present and stays a claim.
 */
final class Stories {

    /**
     * Where a story sits in the speaker's own life or in its telling: a year of their studies, the morning after, a
     * meal at which somebody told them something. A date alone ("In 2019 we launched …") is the history of a firm
     * and marks no story.
     */
    private static final Anywhere STORY_TIME = Anywhere.compile("(?i).*\\b(in my (first|second|third|fourth|fifth|final|last"
            + "|junior|senior|freshman|sophomore|early|student|college|school|graduate) (year|years|days|semester|term)"
            + "|the (next|following) (morning|day|evening|night|week)|that (night|evening|morning|afternoon|summer|winter)"
            + "|one (day|night|morning|evening|afternoon)|as a (child|kid|boy|girl|teenager|student|young \\w+)"
            + "|(went|drove|walked|came|flew|ran) (back )?home|over (dinner|lunch|breakfast|coffee|drinks)"
            // "the plant manager rang me at five in the morning": the hour of a call or a wake-up in the speaker's night
            + "|at (one|two|three|four|five|six) in the morning|in the middle of the night)\\b.*");

    /**
     * "It was July, the chiller failed, and we lost a week.": a story's scene set by its month, season or night, the
     * events told after the comma; "It was the first year of agent demos." names no time of a scene and stays.
     */
    private static final Anywhere SCENE = Anywhere.compile("(?i)^(and |but |so )?it was (a |an |one |late |early |mid-|the )?"
            + "(hot |cold |wet |rainy |long |quiet )?(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|spring|summer|autumn|fall|winter|night|evening|morning|weekend|monday|tuesday|wednesday"
            + "|thursday|friday|saturday|sunday|christmas)( (night|evening|morning|afternoon|\\d{4}))?, [^;:]{1,160}$");

    /**
     * "I learned that rule from my old supervisor.": where the speaker got a rule or a lesson, the story of it; the rule
     * itself is said in the sentences around it.
     */
    private static final Anywhere LESSON_LEARNED = Anywhere.compile("(?i)^((and|but|so|actually),? )?(i|we) (learned|learnt"
            + "|got|took|picked up|borrowed|stole|inherited|have|had) (that|this|the) (rule|idea|lesson|habit|principle|phrase"
            + "|line|saying|trick|motto|approach)( [^,;:\"“]{0,20})? from (my|our|a|an|the|\\p{Lu}[\\p{L}'’.-]+)\\b[^;:,\"“]{0,50}[.!]*$");

    /**
     * "I came into this panel thinking the big question was chips.": what the speaker believed before the occasion, the
     * setting for what they think now, which comes after it.
     */
    private static final Anywhere CAME_IN_THINKING = Anywhere.compile("(?i)^((so|and|well|honestly),? )?(i|we) (came|walked"
            + "|went) (into|in to|to) (this|the|today['’]s|tonight['’]s) (panel|session|conversation|debate|forum|interview"
            + "|discussion|event|conference|room|summit|week)( [^,;:\"“]{1,20})? (thinking|believing|expecting|assuming"
            + "|convinced|sure)\\b.*");

    /** "I went home and cried.", "Then I came back …": the speaker in the first person singular, as the one it happened to. */
    private static final Anywhere ME = Anywhere.compile("(?i).*\\b(i|me|my)\\b.*");

    /**
     * "My mother is a teacher.", "Now my son will finally believe me.", "I have a daughter in school.": the speaker's
     * family, whose lives a speech brings in as colour; what they are and do is no claim on the subject of the talk.
     */
    private static final Anywhere FAMILY = Anywhere.compile("(?i)^((now|and|but|so|then|today),? )?my (mother|father|mom|mum"
            + "|dad|parents|grandmother|grandfather|grandma|grandpa|granny|grandparents|sister|brother|siblings|wife|husband"
            + "|son|daughter|kids|children|family|aunt|uncle|cousin|niece|nephew)\\b(?!['’])(?! (says|said|thinks|believes"
            + "|argues|told me that)\\b).*"
            // "I have two kids who want to study law.": the family brought in by having it
            + "|(?i)^((and|but|so|also|now|well),? )?(i|we) (also )?(have|['’]ve got|have got) (a|an|one|two|three|four|five"
            + "|\\d|young|small|little|teenage|grown-up)( \\w+)? (kids|children|sons|daughters|son|daughter|grandchildren"
            + "|boys|girls)\\b(?!['’]).*");

    /** "She is still teaching, and …": the family member the sentence before spoke of, taken up again by a pronoun. */
    private static final Anywhere TAKEN_UP = Anywhere.compile("(?i)^((and|but|so|now|still|today),? )?(she|he|they)\\b.*");

    private Stories() {
    }

    /**
     * Whether the sentence tells part of a story in which the speaker took part: it places itself in the speaker's
     * life or the telling, has the speaker in it and weighs nothing (no marked view).
     */
    static boolean toldOfTheSpeaker(String sentence) {
        return (ME.in(sentence) && STORY_TIME.in(sentence) || SCENE.in(sentence.strip()) || LESSON_LEARNED.in(sentence.strip())
                || CAME_IN_THINKING.in(sentence.strip())) && !NonClaims.marksAView(sentence);
    }

    /** Whether the sentence is about the speaker's family rather than anything they claim. */
    static boolean aboutTheFamily(String sentence) {
        return FAMILY.in(sentence.strip());
    }

    /** Whether the sentence goes on about the family member the sentence before it was about. */
    static boolean continuesAboutTheFamily(String sentence, String before) {
        return TAKEN_UP.in(sentence.strip()) && aboutTheFamily(before) && !NonClaims.marksAView(sentence);
    }
}
