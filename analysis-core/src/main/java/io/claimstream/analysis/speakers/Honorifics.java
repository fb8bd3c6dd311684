package io.claimstream.analysis.speakers;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Titles that precede a name ({@code Professor Tang}, {@code Teacher Zhu}, {@code Dr. Lee}): they
 * make the following word a person's name and are dropped when names are compared.
 */
public final class Honorifics {

    /**
     * The titles that only address a person ({@code Mr.}, {@code Dr.}, {@code Dame}), unlike those that say what they do
     * ({@code Senator}); part of {@link #TITLES} ("M." aside, see {@link #isTitle}).
     */
    private static final Set<String> COURTESY = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "sir", "dame",
            "madam", "lady", "mister", "master", "mme", "mlle", "monsieur", "madame");
    /**
     * The titles of the peerage ({@code Lord Ashgrove}, {@code Baroness Kerridge}, {@code Earl of Dunmere}): a peer is
     * named by the title, which records and reports write every time, so it is part of the name and never dropped as a
     * courtesy is ("Lady", the form of address of a baroness or a knight's wife, stays a courtesy: "the noble Baroness,
     * Lady Kerridge" names Baroness Kerridge). Each still makes the word after it a name.
     */
    private static final Set<String> PEERAGE = Set.of("lord", "baroness", "baron", "viscount", "viscountess", "earl",
            "countess", "marquess", "marchioness", "duke", "duchess");

    /** The academic titles a list of participants writes before a name, with the courtesy ones ({@code Prof. Ana Ruiz}). */
    private static final Set<String> ACADEMIC = Set.of("professor", "prof");

    private static final Set<String> TITLES = withAll(COURTESY, ACADEMIC, PEERAGE, "teacher", "dean", "president", "director",
            "chairman", "chairwoman", "academician", "senator", "minister", "judge",
            // job titles written before a name in news copy: "Chief Executive Jane Roe", "CEO Jane Roe"
            "chief", "executive", "ceo", "cto", "cfo", "coo", "vice", "founder", "co-founder", "cofounder",
            "analyst", "economist", "spokesperson", "spokesman", "spokeswoman", "secretary", "governor",
            "commissioner", "researcher", "scientist",
            // a programme's roles, written before the name of whoever holds them: "Host Yan Bo pressed her on chips"
            "host", "co-host", "cohost", "moderator", "presenter", "anchor", "interviewer",
            // the titles of official records: "Chair Walsh", "Hon. Jane Roe", "Ranking Member Roe", and the
            // plural of a roll call ("Present: Senators Roe, Doe"), which names each of the people it lists
            "chair", "chairperson", "hon", "honorable", "honourable", "representative", "rep", "congressman",
            "congresswoman", "ambassador", "mayor", "ranking", "senators", "representatives",
            // the parties a court filing quotes, which it names so throughout: "Defendant Marchetti stated",
            // "Defendants Marchetti and Hale" (a plaintiff's own words are the filing's allegations, not quotations)
            "defendant", "defendants", "petitioner", "respondent", "appellant", "appellee");

    /**
     * Titles written after a surname, as Chinese and Japanese put them and translations keep them ({@code Zhou zong},
     * "boss Zhou"; {@code Lin laoshi}, "teacher Lin"; {@code Sato-sensei} aside, which is one word): they make the
     * word before them a person's name and are dropped when names are compared.
     */
    private static final Set<String> AFTER_NAME = Set.of("zong", "laoshi", "xiansheng", "nushi", "nüshi", "laoban",
            "jiaoshou", "boshi", "sensei", "总", "老师", "先生", "女士", "教授", "博士");

    private Honorifics() {
    }

    private static Set<String> withAll(Set<String> courtesy, Set<String> academic, Set<String> peerage,
                                       String... others) {
        Set<String> all = new java.util.HashSet<>(courtesy);
        all.addAll(academic);
        all.addAll(peerage);
        all.addAll(List.of(others));
        return Set.copyOf(all);
    }

    /** Whether {@code word} is a title that only addresses or an academic one ({@code Dr.}, {@code Ms}, {@code Prof.}, {@code M.}). */
    public static boolean isAddress(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        return word.equals("M.") || word.equals("M") || COURTESY.contains(w) || ACADEMIC.contains(w);
    }

    /** Whether {@code word} is a title of the peerage ({@code Lord}, {@code Baroness}), which a name keeps. */
    public static boolean isPeerage(String word) {
        return PEERAGE.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} is a title that follows a name ({@code zong}, {@code laoshi}). */
    public static boolean isTitleAfterName(String word) {
        return AFTER_NAME.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean isTitle(String word) {
        // "M. Leroux": French for Mr., written only so, capital and full stop; a bare "M" is an initial or a letter
        return word.equals("M.") || TITLES.contains(word.toLowerCase(Locale.ROOT).replace(".", ""))
                || ABBREVIATED_WITH_STOP.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /**
     * "Sen. Mara Voss", "SEN. MARA VOSS (D), GEORGIA:", "Gov. Ruiz": titles abbreviated as legislatures and newsrooms
     * write them, titles only with their full stop, since "Sen" alone is a surname (Amartya Sen); and what they stand for.
     */
    private static final java.util.Map<String, String> ABBREVIATED_WITH_STOP = java.util.Map.of("sen.", "Senator",
            "gov.", "Governor", "rep.", "Representative");

    /**
     * The titles a list of who takes part writes before a name ("Dr.", "Prof.", "Mme"), as a regular-expression
     * alternation of the words capitalised, longest first so that "Professor" is not read as "Prof" and "essor".
     */
    static String titlesBeforeAListedName() {
        return java.util.stream.Stream.of(COURTESY, ACADEMIC, PEERAGE).flatMap(Set::stream)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(t -> t))
                .map(t -> Character.toUpperCase(t.charAt(0)) + t.substring(1))
                .collect(java.util.stream.Collectors.joining("|"));
    }

    /** Words that qualify the title after them ({@code State Senator}, {@code Deputy Minister}), no title alone. */
    private static final Set<String> QUALIFIERS = Set.of("state", "deputy", "assistant", "associate", "former",
            "acting", "interim", "us", "federal");

    /** Whether {@code word} qualifies the title {@code next}: "State" in "State Senator Carla Reyes". */
    private static boolean qualifiesTitle(String word, String next) {
        return QUALIFIERS.contains(word.toLowerCase(Locale.ROOT).replace(".", "")) && isTitle(next);
    }

    /** The name without leading titles, or one that follows it: {@code Prof. Tang Jie} and {@code Tang laoshi} give the name. */
    public static String strip(String name) {
        String rest = name.strip();
        int last = rest.lastIndexOf(' ');
        if (last > 0 && isTitleAfterName(rest.substring(last + 1))) {
            rest = rest.substring(0, last).strip();
        }
        while (true) {
            int space = rest.indexOf(' ');
            if (space > 0) {
                int next = rest.indexOf(' ', space + 1);
                if (next > 0 && qualifiesTitle(rest.substring(0, space), rest.substring(space + 1, next))) {
                    rest = rest.substring(space + 1).strip(); // "State Senator Carla Reyes": the qualifier goes first
                    continue;
                }
            }
            if (space < 0 || !isTitle(rest.substring(0, space)) || isPeerage(rest.substring(0, space))) {
                return rest;
            }
            boolean ranking = rest.substring(0, space).equalsIgnoreCase("ranking");
            rest = rest.substring(space + 1).strip();
            if (ranking && rest.regionMatches(true, 0, "member ", 0, 7)) {
                rest = rest.substring(7).strip(); // "Ranking Member Roe": the title is two words
            }
        }
    }

    /** Whether the text starts with a title, so that the word after it is a surname. */
    public static boolean startsWithTitle(String name) {
        int space = name.strip().indexOf(' ');
        return space > 0 && isTitle(name.strip().substring(0, space));
    }

    /**
     * A title that says what someone does ({@code Senator}, {@code Professor}, {@code Chief Executive}),
     * unlike {@code Mr.} or {@code Dr.}: every leading title word but the last word of the name.
     */
    public static String roleOf(String name) {
        String[] words = name.strip().split("\\s+");
        int n = 0;
        while (n < words.length - 1 && (isTitle(words[n]) || n + 1 < words.length - 1 && qualifiesTitle(words[n], words[n + 1]))) {
            n++;
        }
        String first = words[0].toLowerCase(Locale.ROOT).replace(".", "");
        if (n == 0 || n == 1 && (first.equals("m") || COURTESY.contains(first) || PEERAGE.contains(first))) {
            return null;
        }
        StringBuilder role = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String t = ABBREVIATED_WITH_STOP.getOrDefault(words[i].toLowerCase(Locale.ROOT), words[i].replace(".", ""));
            boolean acronym = t.length() <= 3 && t.equals(t.toUpperCase(Locale.ROOT));
            role.append(i == 0 ? "" : " ").append(acronym ? t : Character.toUpperCase(t.charAt(0))
                    + t.substring(1).toLowerCase(Locale.ROOT));
        }
        return role.toString();
    }

    /** The gender a title implies, or null. */
    public static Gender genderOf(String title) {
        if (title.equals("M.")) {
            return Gender.MALE;
        }
        return switch (title.toLowerCase(Locale.ROOT).replace(".", "")) {
            case "mr", "sir", "lord", "mister", "chairman", "monsieur" -> Gender.MALE;
            case "mrs", "ms", "miss", "dame", "madam", "lady", "chairwoman", "mme", "mlle", "madame" -> Gender.FEMALE;
            default -> null;
        };
    }
}
