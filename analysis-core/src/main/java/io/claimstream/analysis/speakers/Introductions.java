package io.claimstream.analysis.speakers;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.Deadline;
import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.text.Token;

/**
 * Reads who the known people are from the way the text introduces them: an appositive after a
 * name ({@code Lin Wei, technical lead of Nimbus's model team;}), {@code NAME of ORG}, a role in
 * parentheses, and a speaker's self-introduction ({@code I'm Zhu Jun from Tsinghua University}).
 */
public final class Introductions {

    private static final Pattern SELF = Pattern.compile(
            "(?:^|\\.\\s+)I['’]m\\s+(\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,3})\\s*(?:,\\s*|\\s+from\\s+)([^.;]{3,160})");

    /**
     * "I'm Marcus Bell, and today I'm joined by …": after the comma the sentence goes on to something
     * else (often the guest's description), which says nothing about the speaker.
     */
    private static final Pattern GOES_ON = Pattern.compile("(?i)^(and|but|so|or|then|today|tonight|now|here|this)\\b.*");

    private final PersonRegistry people;
    private final RoleReader roles;

    public Introductions(PersonRegistry people, RoleReader roles) {
        this.people = people;
        this.roles = roles;
    }

    public void read(String text, List<Sentence> sentences, Map<Integer, Person> turnSpeakers) {
        read(text, sentences, turnSpeakers, Deadline.NONE);
    }

    public void read(String text, List<Sentence> sentences, Map<Integer, Person> turnSpeakers, Deadline deadline) {
        for (Sentence s : sentences) {
            deadline.check("reading introductions");
            List<Token> t = s.tokens();
            namedOutright(s.text(text));
            if (openingRole == null) {
                Matcher role = UNNAMED_ROLE.matcher(s.text(text));
                openingRole = role.find() ? role.group(1) : null;
            }
            List<NameRun> runs = NameRuns.find(text, t, people.knownNameParts());
            for (int r = 0; r < runs.size(); r++) {
                NameRun run = runs.get(r);
                Person p = people.lookup(run.text());
                if (p == null) {
                    p = introduced(text, t, run);
                }
                if (p != null && p.isPerson() && r > 0 && runs.get(r - 1).to() == run.from()
                        && NameRuns.possessive(t.get(run.from() - 1))) {
                    roles.apply(p, text.substring(t.get(runs.get(r - 1).from()).start(), t.get(run.from() - 1).end()));
                }
                if (p != null && p.isPerson()) {
                    p.declareGender(kinBefore(t, run.from()));
                    if (p.gender() == Gender.UNKNOWN) {
                        p.declareGender(ownPronounInRelativeClause(t, pastNameAside(text, t, run)));
                    }
                }
                if (p != null && p.isPerson() && !NameRuns.possessive(t.get(run.to() - 1))
                        && !addressedBeforeAnother(t, runs, r, s.block().inTurn())) {
                    int after = pastNameAside(text, t, run);
                    roles.apply(p, describedAfter(text, t, run.to()));
                    if (after != run.to()) {
                        roles.apply(p, describedAfter(text, t, after));
                    }
                    p.describe(whoClauseAfter(text, t, after));
                    p.offerRole(sessionRoleAfter(text, t, after));
                    if (run.titled()) {
                        p.offerRole(Honorifics.roleOf(run.text()));
                    }
                }
            }
            declaredThey(text, s, runs);
            Person speaker = turnSpeakers.get(s.block().turn());
            if (speaker != null) {
                Matcher m = SELF.matcher(s.text(text));
                if (m.find() && people.lookup(m.group(1)) == speaker && !GOES_ON.matcher(m.group(2).strip()).matches()) {
                    String rest = m.group(2).strip();
                    roles.apply(speaker, m.group().contains(" from ") && !rest.contains(" ") ? "from " + rest : rest);
                    if (m.group().matches("(?s).*\\sfrom\\s.*")) {
                        speaker.addAffiliation(rest.replaceAll("[,;].*$", "").strip());
                    }
                }
            }
        }
    }

    /** "uses they/them pronouns", "(they/them)", "goes by they": the person the sentence names is a singular they. */
    private static final Pattern THEY_DECLARED = Pattern.compile("(?i)\\bthey\\s*/\\s*them\\b"
            + "|\\b(?:uses|goes by|prefers|asks to be called)\\s+(?:the\\s+)?(?:pronouns?\\s+)?[\"“]?they\\b");

    /**
     * {@code Sasha Lind, who founded Brightwater and uses they/them pronouns, …}: the first person the sentence names
     * before the declaration goes by "they", which then refers to them, and "he" and "she" no longer do.
     */
    private void declaredThey(String text, Sentence s, List<NameRun> runs) {
        Matcher they = THEY_DECLARED.matcher(s.text(text));
        if (!they.find()) {
            return;
        }
        int at = s.span().start() + they.start();
        for (NameRun run : runs) {
            Person p = s.tokens().get(run.from()).start() < at ? people.lookup(run.text()) : null;
            if (p != null && p.isPerson()) {
                p.declareGender(Gender.THEY);
                return;
            }
        }
    }

    /**
     * {@code Her name is Nadia Petrov, and …}: a profile that opens on "the chief scientist" and "she" names the
     * person a paragraph later. The name is a person's (one word alone, "Nadia", would otherwise pass for a company)
     * of the gender the possessive gives.
     */
    private void namedOutright(String sentence) {
        Matcher m = NAMED_OUTRIGHT.matcher(sentence);
        if (m.find() && people.lookup(m.group(2)) == null) {
            Person p = people.register(m.group(2), Person.Kind.PERSON);
            p.declareGender(m.group(1).equalsIgnoreCase("her") ? Gender.FEMALE : Gender.MALE);
            // "By the time the chief scientist of Arclight arrives, she …": the role the profile opened on is hers, so
            // that "The chief scientist thinks …" later finds her
            roles.apply(p, openingRole);
        }
    }

    /** The role a profile opened on before it named anyone ("the chief scientist of Arclight Systems"), or null. */
    private String openingRole;

    /** {@code the chief scientist of Arclight Systems}: a role held by somebody the sentence does not name. */
    private static final Pattern UNNAMED_ROLE = Pattern.compile("\\b[Tt]he ((?:(?!the |a |an )[\\p{Ll}-]+ ){0,2}(?:scientist|executive"
            + "|officer|head|founder|co-founder|director|engineer|researcher|chief|president|chair|partner|analyst|editor)"
            + "(?: of (?!the |a |an )\\p{Ll}+)?(?: (?:of|at) \\p{Lu}[\\p{L}&-]*(?: \\p{Lu}[\\p{L}&-]*)*)?)");

    private static final Pattern NAMED_OUTRIGHT = Pattern.compile(
            "(?:^|[.;]\\s+)(Her|His|her|his) (?:full )?name is (\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2})\\b");

    /**
     * Somebody the text introduces before quoting: a two- or three-word name followed by a
     * description ({@code Ravi Menon of Tessellate}, {@code Nadia Osei, who leads …}, {@code Jane
     * Roe, an analyst at …}), so that a later surname ({@code Menon said}) finds the full name;
     * an organisation followed by what kind of company it is ({@code Helio Labs, a research
     * company in Berlin,}). Names the entity lists know as products or places are not people.
     */
    private Person introduced(String text, List<Token> t, NameRun run) {
        int words = run.to() - run.from();
        if (words < 2 || words > 3 || NameRuns.possessive(t.get(run.to() - 1))) {
            return null;
        }
        for (int i = run.from(); i < run.to(); i++) {
            if (!CAPITALISED_NAME_WORD.matcher(t.get(i).text()).matches()) {
                return null;
            }
        }
        String kind = roles.kindOf(Honorifics.strip(run.text()));
        if (PersonName.of(run.text()).endsInOrganisationWord()) {
            // "…, before she co-founded Polar Freight, runs a company …": what follows describes the person before it
            kind = "organization";
        }
        int end = pastNameAside(text, t, run);
        String after = end + 1 < t.size() ? text.substring(t.get(end).start(),
                t.get(Math.min(t.size() - 1, end + 6)).end()) : "";
        if (DESCRIBED_AS_COMPANY.matcher(after).matches() && (kind == null || kind.equals("organization"))) {
            // "Polar Freight, a logistics startup, …" is a company; "Elin Sandvik, the company's head of …" is its
            // staff, whom the frame of the sentence registers as a person
            boolean staff = DESCRIBED_AS_STAFF.matcher(after).matches();
            return staff ? null : people.register(run.text(), Person.Kind.ORGANIZATION);
        }
        boolean described = DESCRIBED_AFTER.matcher(after).matches()
                || describedAfter(text, t, end) != null || describedAfter(text, t, run.to()) != null;
        String roleBefore = described ? null : describedBefore(text, t, run);
        if (roleBefore == null && !described) {
            roleBefore = titleBefore(text, t, run);
        }
        String position = described || roleBefore != null ? null : positionAfter(text, t, end);
        if (kind != null || !described && roleBefore == null && position == null) {
            return null;
        }
        Person p = people.register(run.text(), Person.Kind.PERSON);
        roles.apply(p, roleBefore != null ? roleBefore : position);
        return p;
    }

    private static final Pattern CAPITALISED_NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
    private static final Pattern DESCRIBED_AS_COMPANY = Pattern.compile(
            "(?is),\\s+(a|an|the)\\s+([\\p{L}-]+\\s+){0,3}(company|startup|start-up|firm|lab|laboratory|maker|"
            + "developer|provider|group|institute)\\b.*");
    private static final Pattern DESCRIBED_AS_STAFF = Pattern.compile("(?is),\\s+the\\s+([\\p{L}-]+\\s+){0,3}\\p{L}+[’']s\\b.*");
    private static final Pattern DESCRIBED_AFTER = Pattern.compile("(?s)(,\\s+(who|whose|an?|the)\\b|(of|from|at)\\s+\\p{Lu}).*");

    /**
     * The gender a kinship word right before a name declares ({@code Her brother, Alexander Petrov, is …},
     * {@code his wife Anna}): a profile of relatives sharing a surname tells them apart by it, and a pronoun met
     * before the name must not make the brother a "she". Null when no such word precedes the name.
     */
    static Gender kinBefore(List<Token> t, int from) {
        int k = from - 1;
        if (k >= 0 && t.get(k).text().equals(",")) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        return Kinship.genderOf(t.get(k).text());
    }

    /**
     * {@code Maria Lutz, who built her first company in 2015, said …}: a relative clause right after a name that
     * speaks of the person with "her" or "him" tells their gender, which a "she" paragraphs later needs when another
     * person of unknown gender was named in between. Null without such a clause, or when it holds both genders.
     */
    static Gender ownPronounInRelativeClause(List<Token> t, int after) {
        if (after + 2 >= t.size() || !t.get(after).text().equals(",") || !t.get(after + 1).lower().equals("who")) {
            return null;
        }
        Gender found = null;
        for (int k = after + 2; k < t.size() && !t.get(k).text().matches("[,;:.()—–\"“”]"); k++) {
            Gender g = Pronouns.thirdPerson(t.get(k).lower());
            if (g != null && found != null && g != found) {
                return null;
            }
            found = g != null ? g : found;
        }
        return found;
    }

    /** Verbs that give someone's position; the tagger often reads "runs" and "leads" as plural nouns. */
    private static final java.util.Set<String> POSITION_VERBS = java.util.Set.of("runs", "leads", "heads", "chairs",
            "directs", "oversees", "manages", "founded", "co-founded", "cofounded");

    /**
     * {@code Ilya Brandt runs Kettle Labs, …}: a name whose next word is a verb of holding a position,
     * up to the end of the clause; null otherwise.
     */
    private static String positionAfter(String text, List<Token> t, int after) {
        if (after + 1 >= t.size() || !POSITION_VERBS.contains(t.get(after).lower())
                || !t.get(after + 1).isCapitalized() && !t.get(after + 1).lower().equals("the")) {
            return null;
        }
        int end = after + 1;
        while (end < t.size() && !t.get(end).text().matches("[,;.:()—–]") && end - after < 12) {
            end++;
        }
        return text.substring(t.get(after).start(), t.get(end - 1).end());
    }

    /**
     * The role an appositive names before the name: {@code Its chair, Tomasz Wielgosz, had asked …},
     * {@code The lab's chief scientist, Ana Ruiz, said …}. The role opens the sentence (or its clause,
     * after a comma) and the name is set off by commas on both sides, so a list ({@code Paris, Ana
     * Ruiz and …}) or an introductory phrase ({@code In Berlin, Ana Ruiz said}) is no role.
     */
    private static String describedBefore(String text, List<Token> t, NameRun run) {
        int comma = run.from() - 1;
        if (comma < 1 || !t.get(comma).text().equals(",") || run.to() >= t.size() || !t.get(run.to()).text().equals(",")) {
            return null;
        }
        int from = comma;
        while (from > 0 && !t.get(from - 1).text().matches("[,;:.—–(]") && comma - from < 8) {
            from--;
        }
        if (from == comma || from > 0 && !t.get(from - 1).text().equals(",") || comma - from >= 8) {
            return null;
        }
        String words = text.substring(t.get(from).start(), t.get(comma - 1).end());
        String role = words.replaceFirst("(?i)^(its|his|her|their|our|the)\\s+", "");
        // "Its chair" but not "In Berlin": a role word, no preposition or verb opening the phrase
        return RoleReader.looksLikeRole(role) && !t.get(from).is("ADP") && !t.get(from).isVerbal() ? role : null;
    }

    /**
     * A job title written before the name without commas, as news copy and live blogs do: {@code Chief
     * executive Ana Ruiz takes the stage}, {@code … said senior analyst Ana Ruiz}, {@code Halden's head of
     * research Ana Ruiz}. The words between the name and the verb, preposition or punctuation before it.
     */
    private static String titleBefore(String text, List<Token> t, NameRun run) {
        int from = run.from();
        while (from > 0 && run.from() - from < 6) {
            Token before = t.get(from - 1);
            boolean of = before.lower().equals("of") && from < run.from();
            if (!before.isWord() || !of && (before.isVerbal() || before.is("ADP") || before.is("CCONJ"))) {
                break;
            }
            from--;
        }
        if (from == run.from() || run.from() - from >= 6) {
            return null;
        }
        String words = text.substring(t.get(from).start(), t.get(run.from() - 1).end());
        String role = words.replaceFirst("(?i)^(its|his|her|their|our|the|a|an)\\s+", "");
        return RoleReader.looksLikeRole(role) ? role : null;
    }

    /**
     * {@code Hu Weiming (胡伟明), chief executive of …}: a bracket right after a name that writes it in its own script
     * stands between the name and its description, which then follows the bracket. The token after the closing bracket;
     * {@code after} itself when no such bracket is there. Brackets in Latin letters stay where they are: initials
     * ("(HM)"), a second name or an aside ("(no relation)") say something of their own about the person.
     */
    static int pastNameAside(String text, List<Token> t, NameRun run) {
        int after = run.to();
        if (after >= t.size() || !t.get(after).text().equals("(")) {
            return after;
        }
        for (int close = after + 1; close < t.size() && close - after <= 12; close++) {
            String w = t.get(close).text();
            if (w.equals("(")) {
                return after;
            }
            if (w.equals(")")) {
                if (close == after + 1 || close + 1 >= t.size()) {
                    return after;
                }
                String inside = text.substring(t.get(after + 1).start(), t.get(close - 1).end());
                return OTHER_SCRIPT_ONLY.matcher(inside).matches() || sameNameOtherwise(inside, run.text()) ? close + 1 : after;
            }
        }
        return after;
    }

    /**
     * "Lena Zhao (Zhao Lina)", "Kai Wen (Wen Kai)": the name again in the other order or with the given name the person
     * goes by at home, sharing a word with the name before it; an aside, as a name in another script is.
     */
    private static boolean sameNameOtherwise(String inside, String name) {
        if (!NAME_IN_BRACKETS.matcher(inside).matches()) {
            return false;
        }
        java.util.Set<String> words = new java.util.HashSet<>(List.of(name.toLowerCase(java.util.Locale.ROOT).split("\\s+")));
        return java.util.Arrays.stream(inside.toLowerCase(java.util.Locale.ROOT).split("\\s+")).anyMatch(words::contains);
    }

    private static final Pattern NAME_IN_BRACKETS = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}");

    /** Letters of no Latin script, and no Latin letter: "姜浩辰", "林咏诗", "김민지". */
    private static final Pattern OTHER_SCRIPT_ONLY = Pattern.compile("(?=.*\\p{L})[^\\p{IsLatin}]+");

    /** The description right after a name: {@code , the dean of X,} / {@code of X} / {@code (role)}. */
    /**
     * {@code Dr. Ito, the chief executive of Pellor, Hanna Voss, told investors …} said in a turn: the name opening it
     * is whom the speaker turns to, and the description between the commas is that of the name after it.
     */
    private static boolean addressedBeforeAnother(List<Token> t, List<NameRun> runs, int r, boolean inTurn) {
        NameRun run = runs.get(r);
        if (!inTurn || run.from() != 0 || run.to() >= t.size() || !t.get(run.to()).text().equals(",")
                || r + 1 >= runs.size()) {
            return false;
        }
        for (int n = r + 1; n < runs.size(); n++) {
            NameRun next = runs.get(n);
            if (next.from() > run.to() + 2 && t.get(next.from() - 1).text().equals(",") && next.to() < t.size()
                    && t.get(next.to()).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Dana Whitcombe, who until last year helped write export rules at the Commerce Department": the relative clause
     * after a name, a title or not, which says what the person did; null without one.
     */
    private static String whoClauseAfter(String text, List<Token> t, int after) {
        if (after + 2 >= t.size() || !t.get(after).text().equals(",") || !t.get(after + 1).lower().equals("who")) {
            return null;
        }
        int end = after + 2;
        while (end < t.size() && !t.get(end).text().matches("[,;.:()—–]") && end - after < 30) {
            end++;
        }
        return end == after + 2 ? null : text.substring(t.get(after + 2).start(), t.get(end - 1).end());
    }

    /** "Sunita Rao of The Circuit moderated.", "Ana Ruiz hosted": the part a person played in the session. */
    private static final Pattern SESSION_PART = Pattern.compile("^(?:\\s*,?\\s+(?:of|from)\\s+(?:the\\s+)?\\p{Lu}"
            + "[\\p{L}\\p{N}&.'’ -]{0,40}?)?\\s+(moderated|hosted|chaired)\\b");
    private static final Map<String, String> SESSION_ROLES = Map.of("moderated", "moderator", "hosted", "host",
            "chaired", "chair");

    private static String sessionRoleAfter(String text, List<Token> t, int after) {
        if (after == 0 || after >= t.size()) {
            return null;
        }
        Matcher m = SESSION_PART.matcher(text.substring(t.get(after - 1).end(), t.get(t.size() - 1).end()));
        return m.lookingAt() ? SESSION_ROLES.get(m.group(1)) : null;
    }

    private static String describedAfter(String text, List<Token> t, int after) {
        if (after >= t.size()) {
            return null;
        }
        String next = t.get(after).text();
        int from;
        String stop;
        if (next.equals(",") && after + 1 < t.size() && t.get(after + 1).lower().equals("who")) {
            from = after + 2;
            stop = "[,;.:()—–]";
        } else if (next.equals(",")) {
            from = after + 1;
            stop = "[,;.:()—–]|who|which";
        } else if (next.equals("of") || next.equals("from")) {
            from = after;
            stop = "[,;.:()—–]|and|who|which";
        } else if (next.equals("(")) {
            from = after + 1;
            stop = "[)]";
        } else {
            return null;
        }
        int end = from;
        while (end < t.size() && !t.get(end).text().matches(stop) && end - from < 25) {
            end++;
        }
        if (end == from || end - from >= 25) {
            return null;
        }
        String words = text.substring(t.get(from).start(), t.get(end - 1).end());
        boolean organisationOnly = next.equals("of") || next.equals("from");
        return organisationOnly ? words : RoleReader.describesPosition(words) ? words : null;
    }
}
