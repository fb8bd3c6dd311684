package io.claimstream.analysis.types;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.text.Token;

/**
 * Advice a claim reports of a person in its own main clause, when no frame was cut off before it: minutes and
 * biographies write "HM urged member companies to second engineers", "He proposed adding a traffic pattern", "She
 * supported asking counsel whether …", "He suggested that three members contribute traces first". The reporting verb
 * is what the person did with the words, so the claim is the advice they gave, whatever tense the rest is told in.
 */
public final class ReportedAdvice {

    /**
     * The person: a pronoun, or one to three capitalised words (a name, initials), after a phrase that sets the scene
     * ("At the meeting, …"), then adverbs the report adds.
     */
    private static final String PERSON = "^[\"“'‘]?(?:[^,;:.\"“”]{1,90}, )?(?:(?:And|But|So|Instead|Later|Finally),? )?"
            + "(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2})"
            + "(?:,? (?:also|again|instead|repeatedly|strongly|publicly|then|however|did|does|has|had|have)\\b,?)*";

    /** "urged member companies to second …", "advised students to “choose …”": asking others to act. */
    private static final Pattern URGED_TO = Pattern.compile(PERSON
            + " (?:urged|urges|urge|advised|advises|advise|encouraged|encourages|implored|implores|pressed|presses)"
            + " (?:[\\p{L}'’-]+ ){1,5}to [\"“'‘]?(?!be\\b)\\p{Ll}{2,}");

    /**
     * "hoped they would read papers with skepticism", "wished you would …": a hope for what the people addressed will
     * do, said to them, is advice put kindly, not a forecast.
     */
    private static final Pattern HOPED_THEY_WOULD = Pattern.compile(PERSON
            + " (?:hoped|hopes|wished|wishes) (?:that )?(?:they|you)(?: would|['’]d) (?!not\\b|be\\b)\\p{Ll}{2,}");

    /** "proposed adding …", "supported asking counsel …": a course put forward by its gerund. */
    private static final Pattern PROPOSED_COURSE = Pattern.compile(PERSON
            + " (?:proposed|proposes|propose|suggested|suggests|suggest|recommended|recommends|recommend|advocated"
            + "|advocates|advocate|supported|supports|support|backed|backs|favou?red|favou?rs|favou?r|endorsed|endorses)"
            + " (?:(?:instead|simply|first) )?(\\p{Ll}{2,}ing)\\b");

    /** "suggested that …", "proposed that …": the clause after it, read for a subjunctive or an obligation. */
    private static final Pattern PROPOSED_THAT = Pattern.compile(PERSON
            + " (?:proposed|proposes|suggested|suggests|recommended|recommends|asked|asks|insisted|insists|demanded"
            + "|demands) that ");

    /** Words in -ing that are no gerund of a course put forward. */
    private static final Set<String> NOT_GERUNDS = Set.of("being", "nothing", "something", "anything", "everything",
            "thing", "things", "king", "ring", "spring", "string", "during", "morning", "evening", "ceiling", "bring",
            "sibling", "wing", "swing", "sting");

    private static final Set<String> OBLIGATIONS = Set.of("should", "must", "be");

    private ReportedAdvice() {
    }

    /**
     * @param text   the claim's words from the person on, its frame included ("Kofi proposed moving the plenary")
     * @param tokens the tokens of those words or of the sentence around them
     */
    public static boolean reads(String text, List<Token> tokens) {
        String c = text.strip();
        if (URGED_TO.matcher(c).find() || HOPED_THEY_WOULD.matcher(c).find()) {
            return true;
        }
        Matcher course = PROPOSED_COURSE.matcher(c);
        if (course.find() && !NOT_GERUNDS.contains(course.group(1)) && !c.substring(0, course.start(1)).contains(" not ")) {
            return true;
        }
        Matcher that = PROPOSED_THAT.matcher(c);
        return that.find() && !c.substring(0, that.end()).contains(" not ") && subjunctiveAfter(tokens, c, that.end());
    }

    /**
     * "that at least three members contribute traces", "that the vote be delayed", "that labs should publish": the
     * clause's first verb is an obligation or a bare form (the tense a past report would otherwise carry into it).
     */
    private static boolean subjunctiveAfter(List<Token> tokens, String content, int at) {
        if (tokens.isEmpty()) {
            return false;
        }
        // where the tokens' document offsets put the content's first character
        int first = content.indexOf(tokens.get(0).text());
        if (first < 0) {
            return false;
        }
        int base = tokens.get(0).start() - first;
        for (Token t : tokens) {
            if (t.start() - base < at || !t.isVerbal()) {
                continue;
            }
            String w = t.lower();
            if (OBLIGATIONS.contains(w)) {
                return true;
            }
            if (w.length() < 3 || w.endsWith("s") || w.endsWith("ed") || PAST_FORMS.contains(w) || MODALS.contains(w)) {
                return false;
            }
            return true;
        }
        return false;
    }

    private static final Set<String> MODALS = Set.of("will", "would", "could", "might", "may", "can", "shall");
    private static final Set<String> PAST_FORMS = Set.of("was", "were", "had", "did", "rose", "fell", "grew", "went",
            "came", "became", "ran", "took", "made", "began", "won", "lost", "spent", "led", "held", "left", "sold", "paid",
            "told", "saw", "got", "gave", "brought", "bought", "thought", "found", "kept", "knew", "said", "meant");
}
