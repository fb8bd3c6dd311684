package io.claimstream.analysis.claims;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A court filing (a complaint, a petition, a motion): its caption sets the parties apart on lines of their own
 * ({@code Plaintiff,} under the first, {@code v.} between them, {@code Defendants.} under the second) and its opening
 * names the filer with a defined term in parentheses ({@code Lead Plaintiff Halden Fund ("Plaintiff")}). A filing
 * is written in its filer's voice: every assertion it does not credit to somebody else ("Defendants knew …", "The
 * statements were false …") is the filer's allegation, as a fact-check's findings are its outlet's.
 */
public final class Filings {

    /** The caption sits at the top, before the first numbered paragraph. */
    private static final int HEAD = 3000;
    /**
     * {@code Halden Fund, Plaintiff, v. Ostra Labs, Inc., Defendants.}: the filer's role after its name, "v." and the
     * other side's role after theirs. On lines of their own in the file, run into one paragraph once read.
     */
    private static final Pattern CAPTION = Pattern.compile("\\b(?:Lead\\s+)?(?:Plaintiffs?|Petitioners?|Complainants?"
            + "|Relators?|Claimants?),?\\s+(?:v\\.|vs\\.?|-?\\s*against\\s*-?)\\s[\\s\\S]{1,400}?\\b(?:Defendants?|Respondents?)"
            + "\\s*[.,]?\\s*(?:$|\\n|Case\\b|No\\.|Civil\\b)", Pattern.MULTILINE);
    /**
     * {@code Lead Plaintiff Halden Fund ("Lead Plaintiff" or "Plaintiff")}: the filer's name before the defined term
     * that stands for it; the role written before the name is no part of it.
     */
    private static final Pattern FILER_DEFINED = Pattern.compile(
            "(?:(?:Lead|Named)[ \\t]+)?(?:(?:Plaintiffs?|Petitioners?|Complainants?|Relators?)[ \\t]+)?"
                    + "(?<name>\\p{Lu}[\\p{L}'’.&-]*(?:[ \\t]+(?:of[ \\t]+|the[ \\t]+|and[ \\t]+|&[ \\t]+)?\\p{Lu}[\\p{L}'’.&-]*){0,7})"
                    + ",?[ \\t]*\\((?:the[ \\t]+)?[\"“](?:Lead[ \\t]+)?(?:Plaintiffs?|Petitioners?|Complainants?|Relators?)[\"”]"
                    + "(?:[ \\t]+or[ \\t]+(?:the[ \\t]+)?[\"“][^\"”]{1,30}[\"”])?\\)");

    /** "The Lead Plaintiff" before the name, where the run of capitals took it in. */
    private static final Pattern LEADING_ROLE = Pattern.compile(
            "^(?:The[ \\t]+)?(?:(?:Lead|Named)[ \\t]+)?(?:(?:Plaintiffs?|Petitioners?|Complainants?|Relators?)[ \\t]+)?");

    private Filings() {
    }

    /** Whether the text opens on a caption that sets a filer against another side. */
    public static boolean isFiling(String text) {
        String head = head(text);
        return CAPTION.matcher(head).find();
    }

    /** The filer a filing names with its defined term ("Plaintiff"), or null (and null for any other text). */
    public static String filer(String text) {
        if (!isFiling(text)) {
            return null;
        }
        Matcher m = FILER_DEFINED.matcher(text);
        return m.find() ? LEADING_ROLE.matcher(m.group("name").strip()).replaceFirst("") : null;
    }

    /** The terms the filing defines for its filer: "Lead Plaintiff", "Plaintiff". */
    public static java.util.List<String> definedTerms(String text) {
        Matcher m = FILER_DEFINED.matcher(text);
        if (!m.find()) {
            return java.util.List.of();
        }
        java.util.List<String> terms = new java.util.ArrayList<>();
        Matcher quoted = Pattern.compile("[\"“]([^\"”]{1,30})[\"”]").matcher(m.group().substring(m.group().indexOf('(')));
        while (quoted.find()) {
            terms.add(quoted.group(1));
        }
        return terms;
    }

    /** A filing's top-level section heading, written in capitals: "III. PARTIES", "COUNT I", "PRAYER FOR RELIEF". */
    public static boolean isSectionHeading(String heading) {
        String h = heading.strip();
        return !h.isEmpty() && h.codePoints().anyMatch(Character::isLetter) && h.equals(h.toUpperCase(Locale.ROOT));
    }

    /**
     * The sections of a filing that set out the case rather than argue it: who the parties and the witnesses are, why
     * the court may hear it, who the class is, which counts are pleaded, what is asked for. What the filer writes there
     * in its own voice is procedure, not an allegation about what anybody did or knew.
     */
    public static boolean isProceduralSection(String heading) {
        return PROCEDURAL_SECTION.matcher(heading.strip()).find();
    }

    private static final Pattern PROCEDURAL_SECTION = Pattern.compile("^(?:[IVXLC]{1,6}\\.|\\d{1,2}\\.|[A-Z]\\.)?\\s*"
            + "(?:(?:THE\\s+)?PARTIES|JURISDICTION|VENUE|CONFIDENTIAL\\s+(?:WITNESSES|SOURCES)|FORMER\\s+EMPLOYEES"
            + "|CLASS\\s+ACTION\\s+ALLEGATIONS|CLAIMS?\\s+FOR\\s+RELIEF|CAUSES?\\s+OF\\s+ACTION|COUNT\\s+[IVXLC\\d]+"
            + "|PRAYER\\s+FOR\\s+RELIEF|(?:DEMAND\\s+FOR\\s+)?JURY\\s+(?:TRIAL\\s+)?DEMAND(?:ED)?|DEMAND\\s+FOR\\s+JURY)\\b");

    /**
     * "On May 3, 2026, the company held a call …", "The next trading day, the stock fell …": the filer telling what
     * happened and when, the record its allegations rest on rather than an allegation of its own.
     */
    public static boolean narratesAnEvent(String sentence) {
        return DATED_EVENT.matcher(sentence.strip()).lookingAt();
    }

    private static final Pattern DATED_EVENT = Pattern.compile("(?:\\d{1,3}\\.\\s+)?(?:On\\s+(?:or\\s+about\\s+)?"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},?\\s+\\d{4}"
            + "|(?:The|On\\s+the)\\s+(?:next|following)\\s+(?:trading\\s+)?(?:day|morning|week))\\b");

    /**
     * "… because, as CW-2 described, customers were told …", "…, as CW-1 and CW-2 described.": the filer pleading its
     * own allegation and citing in an aside who bears it out. The sentence is the filer's; the source's own words
     * are the sentences that report them ("CW-2 stated that …").
     */
    public static boolean citesItsSource(String sentence) {
        return CITED_ASIDE.matcher(sentence).find();
    }

    private static final Pattern CITED_ASIDE = Pattern.compile("(?:^|[,;(]\\s*|\\b(?:and|because)\\s*,?\\s*)(?i:as)\\s+"
            + "(?:[^\\s,;]+\\s+){1,6}?(?:described|confirmed|corroborated|recalled|explained|stated|reported|noted"
            + "|admitted|acknowledged|recounted)\\s*[,;).]");

    /**
     * "Defendants knew or recklessly disregarded that …", "The Individual Defendants were aware that …": what the
     * filing says the other side knew or believed, by the side's defined term and no one person's name, is the
     * filer's allegation about them; a named defendant's words ("Defendant Wendt stated …") are the defendant's own.
     */
    public static boolean allegesOfTheOtherSide(String sentence) {
        return OTHER_SIDE_AS_SUBJECT.matcher(sentence.strip()).lookingAt();
    }

    private static final Pattern OTHER_SIDE_AS_SUBJECT = Pattern.compile("(?:\\d{1,3}\\.\\s+)?(?:The\\s+)?"
            + "(?:Individual\\s+|Corporate\\s+|Exchange\\s+Act\\s+)?(?:Defendants|Respondents|Defendant|Respondent)"
            + "(?!\\s+\\p{Lu})(?!['’])\\b");

    private static String head(String text) {
        return text.length() > HEAD ? text.substring(0, HEAD) : text;
    }
}
