package io.claimstream.analysis.claims;

import java.util.List;
import java.util.regex.Pattern;

import io.claimstream.analysis.text.Anywhere;

/**
 * A person's past employment told as the background of a profile or a self-introduction: "Before that she spent six
 * years at a national lab and two years running a team at a start-up.", "Before the bank I spent four years with a
 * consultancy.", "Ada Kim, 39, spent a decade at a chip maker.", "He joined the firm in 2021 from a rival.", "She left
 * the ministry in 2020 to found Kelp." The
 * predicate is the tenure itself, where somebody was and for how long, which says who the person is and claims
 * nothing about the world; "she spent four months on red-teaming" (what the time went on) and "the people we hired
 * had spent five years in the United States" (a place, not an employer) stay claims.
 */
final class Careers {

    /** "six years", "a decade", "more than two years", "another 18 months". */
    private static final String DURATION = "(?i:(more than |nearly |almost |about |over |roughly |some |another |the next )?"
            + "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|several|many"
            + "|a couple of|\\d{1,2})( more)? (years?|decades?|months))";

    /**
     * Who the tenure belongs to: a person's pronoun ("we" and "they" are as often a company) or a name with an
     * apposition ("Park, 44,"), after an optional lead that places it before the present job ("Before that", "Before
     * the bank", "Prior to joining X,", "Previously,").
     */
    private static final String HOLDER = "((?i:before|prior to|until)\\b[^,;:\"“]{1,40}?,? |(?i:previously|earlier"
            + "|early in (her|his|their|my) career),? )?((?i:i|he|she)"
            + "|(?!(?i:we|they|it|this|that|these|those|there|the|our|its)\\b)\\p{Lu}[\\p{L}'’-]+( \\p{Lu}[\\p{L}'’-]+){0,2}"
            + "(, [^,;:\"“]{1,40},)?) (?i:(had |has |have )?(previously |also |first |then |once |already )?)";

    private static final Anywhere TENURE = Anywhere.compile("^" + HOLDER + "("
            // "spent six years at Microsoft Research Asia", "spent a decade with a carmaker"
            + "(?i:spent) " + DURATION + " (?i:at|with)\\b"
            // "worked at a bank for ten years", "worked for Baidu"
            + "|(?i:worked|taught|trained) (?i:at|for) (\\p{Lu}|(?i:a|an|the) )"
            // "joined Beiming in 2023 as its first chief scientist", "joined the lab from Alibaba"
            + "|(?i:joined) (\\p{Lu}|(?i:the) )[^,;:\"“]{1,60}?\\b((?i:from|as)\\b|(?i:in) \\d{4}\\b)"
            // "left Tianshu in 2019 to found Lanyue", "quit the lab to start her own company"
            + "|(?i:left|quit) (\\p{Lu}|(?i:a|an|the|his|her|their|my) )[^,;:\"“]{1,60}?( (?i:in) \\d{4})? (?i:to (found|co-found"
            + "|cofound|start|launch|set up|join|lead|run|build))\\b"
            + ")[^;:\"“]{0,160}$");

    /** After a lead that places it before the present job, any past post: "Before Kestrel she led the imaging team." */
    private static final Anywhere LED_BEFORE = Anywhere.compile("^(?i:before|prior to|until|previously|earlier)\\b[^;:\"“]{0,40}?"
            + "\\b(?i:i|he|she) (?i:(previously |also |first )?(led|ran|headed|managed|worked|served"
            + "|taught|spent))\\b[^;:\"“]{0,160}$");

    /**
     * "It was her first interview since she left the ministry in 2022.": an appearance dated by the last move of a
     * career, which tells the reader where the person has been, not what they said.
     */
    private static final Anywhere FIRST_SINCE_A_MOVE = Anywhere.compile("^(?i:(it|this|that|the (talk|interview|speech"
            + "|appearance|conversation|podcast|episode)) (was|is|marked|marks) (his|her|their|my) (first|only|longest|fullest"
            + "|most [\\p{L}-]+|last)\\b)[^;:\"“]{0,80}? (?i:since (he|she|they|i) (left|joined|quit|departed|stepped down"
            + "|moved|founded|co-?founded|retired)\\b)[^;:\"“]{0,80}$");

    /**
     * "Matt Ode is a partner at Kline and, until January, was deputy secretary at Commerce.", "She led export policy at
     * the ministry until last year and is now at the Delft Institute.": the present post beside the one left, which
     * says who the person is.
     */
    private static final Anywhere POSTS_BEFORE_AND_NOW = Anywhere.compile("^((?i:he|she|i)|\\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+){0,2})"
            + " (?i:is|['’]s|am|['’]m) (?i:now )?(?i:a|an|the) [^,;:\"“]{1,50} (?i:at|of|with|for) \\p{Lu}[^,;:\"“]{0,40},? (?i:and),?"
            + " (?i:until|till) [^,;:\"“]{1,25},? (?i:was|served as|ran|led|headed|worked)\\b[^;:\"“]{0,120}$"
            + "|^((?i:he|she|i)|\\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+){0,2}) (?i:led|ran|headed|managed|oversaw|was|worked"
            + " (on|at|in)|taught) [^;:,\"“]{1,80} (?i:until|till) [^,;:\"“]{1,25},? (?i:and) (?i:is|['’]s|am|['’]m) (?i:now)"
            + " (?i:at|with|a|an|the|running|leading|heading)\\b[^;:\"“]{0,80}$"
            // "The host was Pei Lin, who runs Long Context and was an early employee at two labs.": who chaired, and who they are
            + "|^(?i:the|our) (?i:host|moderator|chair|interviewer|emcee|mc)( (?i:of|for) [^,;:\"“]{1,40})? (?i:was|is)"
            + " \\p{Lu}[\\p{L}'’-]+( \\p{Lu}[\\p{L}'’-]+){0,2}(, (?i:who) [^;:\"“]{1,120})?[.!]*$");

    /** A table's column of when: "Period", "Years", "Dates", "Tenure". */
    private static final Pattern SPAN_HEADER = Pattern.compile("(?i)(period|years|dates|tenure|from\\s*[-–—/]\\s*to|time"
            + "|duration)");

    /** A table's column of where: "Organisation", "Employer", "Institution". */
    private static final Pattern EMPLOYER_HEADER = Pattern.compile("(?i)(organi[sz]ations?|employers?|institutions?"
            + "|affiliations?|companies|company|workplace|lab|where)");

    private Careers() {
    }

    /** Whether the sentence tells where a person worked before, and nothing else. */
    static boolean toldAsCareer(String sentence) {
        String s = sentence.strip();
        if (NonClaims.marksAView(s)) {
            return false;
        }
        // "It was her first interview since she left Acme in 2022; before that she spent a decade at Initech.": each
        // clause a step of the career
        for (String clause : s.split(";")) {
            String c = clause.strip();
            if (!(TENURE.in(c) || LED_BEFORE.in(c) || FIRST_SINCE_A_MOVE.in(c) || POSTS_BEFORE_AND_NOW.in(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A table headed by a span of time and an employer ({@code | Period | Organisation | Focus |}): a career track,
     * each row a post the person held; a table of "Year | Company | Round" is not one, a single year being an event.
     */
    static boolean isCareerTable(List<String> columns) {
        boolean span = false;
        boolean employer = false;
        for (String column : columns) {
            String c = column.replaceAll("[*_]", "").strip();
            span |= SPAN_HEADER.matcher(c).matches();
            employer |= EMPLOYER_HEADER.matcher(c).matches();
        }
        return span && employer;
    }
}
