package io.claimstream.analysis.speakers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.claimstream.analysis.entities.KnownEntities;
import io.claimstream.analysis.sentences.Sentence;

/**
 * Turn labels that name a role instead of a person ({@code Q:}/{@code A:}, {@code Interviewer:},
 * {@code Guest:}). The answering side of an interview is the person the introduction is about:
 * the full name its narration mentions most; the asking side keeps its label, being rarely named.
 */
public final class RoleLabels {

    private static final Set<String> ANSWERING = Set.of("a", "answer", "interviewee", "guest", "respondent");
    private static final Set<String> ROLES = Set.of("q", "a", "question", "answer", "interviewer", "interviewee",
            "host", "co-host", "cohost", "guest", "moderator", "presenter", "anchor", "reporter", "journalist",
            "audience", "audience member", "caller", "participant", "respondent", "narrator", "unknown",
            "from the audience", "from the floor", "floor", "question from the audience", "question from the floor",
            "ta", "teaching assistant");

    private RoleLabels() {
    }

    public static boolean isRole(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        return ROLES.contains(l) || l.matches("(speaker|participant|guest|voice)\\s*\\d+");
    }

    /**
     * {@code Q:}, {@code Question:} or an unnamed {@code Interviewer}: a label that says only that
     * a question follows, naming nobody.
     */
    public static boolean isQuestionMark(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        return l.equals("q") || l.equals("question") || l.equals("interviewer");
    }

    private static final Set<String> NOTE_WORDS = Set.of("live", "update", "updates", "updated", "note", "notes",
            "editor", "editors", "editor's note", "editor’s note", "editors' note", "translator", "translator's note", "interpreter",
            "transcript note", "transcriber's note", "transcriber’s note",
            "correction", "corrections", "clarification", "clarifications", "breaking", "developing", "context", "background", "disclaimer",
            "disclosure", "summary", "source", "sources", "caption", "photo", "transcript", "transcription",
            // the fields of a meeting's minutes: "Vote: 7 in favour, 1 against", "Minutes: L. Brandt, Secretary"
            "vote", "votes", "minutes", "resolved", "motion", "carried", "decision", "action item", "action items",
            "apologies", "attendance", "next meeting", "secretary's note", "secretary’s note");

    /**
     * {@code Live:}, {@code Update:}, {@code Note:}, {@code Editor:}: a word that heads a notice, an update or the
     * editors' remark at a line start, shaped like a one-word speaker label in a short text, and nobody's name.
     */
    public static boolean isNoteLabel(String label) {
        return NOTE_WORDS.contains(label.strip().replaceAll("^[*_]+|[*_]+$", "").toLowerCase(Locale.ROOT));
    }

    /**
     * {@code Interpreter:}, {@code Translator:}: the voice that renders a speaker's words into the transcript's language,
     * a note label ({@link #isNoteLabel}) whose turns may still relay the speaker in the third person.
     */
    public static boolean isInterpreter(String label) {
        String l = label.strip().replaceAll("^[*_]+|[*_]+$", "").toLowerCase(Locale.ROOT);
        return l.equals("interpreter") || l.equals("translator");
    }

    private static final Set<String> CAST_WORDS = Set.of("panelists", "panellists", "participants", "speakers",
            "guests", "attendees", "presenters", "moderators", "hosts", "discussants", "interviewees");

    /**
     * {@code Panelists: ITO Kenji (professor, …); TANAKA Yui (CTO, …)}: a label that names several people at once heads
     * the cast of an event, whom it has, and is nobody's turn: a person speaks under a name or a role of one.
     */
    public static boolean isCastList(String label) {
        return CAST_WORDS.contains(label.strip().replaceAll("^[*_]+|[*_]+$", "").toLowerCase(Locale.ROOT));
    }

    /** Words no name and no role opens on: a preposition, a possessive, a question word, an auxiliary. */
    private static final java.util.Set<String> NEVER_OPENS_A_NAME = java.util.Set.of("after", "before", "since", "until",
            "beyond", "inside", "behind", "why", "how", "what", "when", "where", "whether", "my", "our", "your", "their",
            "its", "can", "could", "will", "would", "should", "is", "are", "was", "were", "do", "does", "did", "this",
            "these", "those");

    /**
     * "AFTER THE CHIP RULES: CAN CHINA'S LABS KEEP PACE?", "My Commission Expires: …": a headline or a form's field
     * before its colon, read like a speaker's label, whose first word no name or role opens on.
     */
    public static boolean isHeadline(String label) {
        String[] words = label.strip().split("\\s+");
        return words.length >= 2 && NEVER_OPENS_A_NAME.contains(words[0].toLowerCase(Locale.ROOT));
    }

    /** {@code Operator}: the voice of a conference call's moderation, which speaks for nobody. */
    public static boolean isOperator(String label) {
        return label.strip().equalsIgnoreCase("operator");
    }

    private static final java.util.regex.Pattern UNNAMED_VOICE = java.util.regex.Pattern.compile(
            "(?i)(?:(?:unknown|unidentified|unnamed|anonymous|other|male|female)\\s+)*"
                    + "(?:speaker|analyst|participant|audience(?:\\s+member)?|member of the audience|attendee|caller"
                    + "|questioner|voice|person|(?:company\\s+)?representative|executive|unknown|unidentified)"
                    + "(?:\\s*#?\\s*\\d{1,2})?"
                    // "Q1 (a student from Tongji University):": the floor's askers by number, each unnamed
                    + "|q\\d{1,2}");

    /**
     * {@code Unidentified Analyst}, {@code Unknown Speaker}, {@code Audience Member}, {@code Caller}: a
     * label that says someone spoke without saying who. What they say is still said, by nobody named;
     * a numbered voice ({@code Speaker 2}) is not one of these, being one person throughout.
     */
    public static boolean isUnnamedVoice(String label) {
        String l = label.strip();
        return UNNAMED_VOICE.matcher(l).matches() && !(l.matches("(?i)(?:speaker|participant|voice|person)\\s*#?\\s*\\d{1,2}"));
    }

    /** A name run together from two capitalised words or with a digit ("LatePost", "36Kr"), not "McKay" or "DeLuca". */
    private static final java.util.regex.Pattern PUBLICATION_SHAPE = java.util.regex.Pattern.compile(
            "(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O)\\p{Lu})(?:\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}]*|[\\p{L}\\d]*\\d[\\p{L}\\d]*\\p{L}[\\p{L}\\d]*)");

    /**
     * {@code LatePost:}, {@code 36Kr:}, {@code Bloomberg:}: a publication asking under its own name in a written
     * interview. Its label names an organisation (known, or shaped like a publication's name rather than a
     * person's) and at least half of its turns ask something; it is nobody's personal name.
     *
     * @param turnTexts the texts of the turns under this label
     */
    public static boolean isPublicationAsking(String label, List<String> turnTexts, KnownEntities entities) {
        String l = label.strip();
        boolean organisation = "organization".equals(entities.kindOf(l))
                || !l.contains(" ") && PUBLICATION_SHAPE.matcher(l).matches() || titleCasedInFrench(l);
        long asking = turnTexts.stream().filter(t -> t.contains("?") || t.contains("？")).count();
        return organisation && !turnTexts.isEmpty() && asking * 2 >= turnTexts.size();
    }

    /**
     * "L'Écho numérique": a title as French and Italian write them, a capitalised word then
     * lower-case ones that are no name's particles, which no personal name is.
     */
    private static boolean titleCasedInFrench(String label) {
        String[] words = label.split("\\s+");
        if (words.length < 2 || words.length > 4 || !Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        for (int w = 1; w < words.length; w++) {
            if (!words[w].chars().allMatch(Character::isLowerCase) || NameRuns.isParticle(words[w])) {
                return false;
            }
        }
        return true;
    }

    public static boolean isAnswering(String label) {
        return ANSWERING.contains(label.strip().toLowerCase(Locale.ROOT));
    }

    private static final java.util.regex.Pattern HOSTED_BY = java.util.regex.Pattern.compile(
            "(?:moderated|hosted|chaired|presented|led|conducted)[ \\t]+by[ \\t]+(?:\\p{Ll}+[ \\t]+){0,3}?"
                    + "(\\p{Lu}[\\p{L}'-]+(?:[ \\t]+\\p{Lu}[\\p{L}'-]+){1,3})");
    private static final Set<String> ASKING = Set.of("q", "question", "interviewer", "host", "moderator",
            "presenter", "anchor", "co-host", "cohost");

    public static boolean isAsking(String label) {
        return ASKING.contains(label.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * "Interviewer: Dr. Ruth Adeyemi (principal investigator)", "Host: Marcus Tillery | Guest: …": a header's credit
     * line naming who asks under a role label, a name and nothing said after it on that line but its parenthesis or
     * the next credit.
     */
    private static final java.util.regex.Pattern CREDITED_ASKER = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*(?i:interviewer|host|moderator|presenter|chair)[ \\t]*:[ \\t]*(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\\.?[ \\t]+)?"
                    + "(\\p{Lu}[\\p{L}'-]+(?:[ \\t]+\\p{Lu}[\\p{L}'-]+){1,3})[ \\t]*(?:$|[(|])");

    /**
     * "Guest: Han Ji-woo (한지우), co-founder and chief executive, Rivulet Silicon": a header's credit line naming
     * who is interviewed, the name then a comma and a description running to the line's end with no sentence's mark.
     */
    private static final java.util.regex.Pattern CREDITED_GUEST = java.util.regex.Pattern.compile(
            "^[ \\t]*(?i:guest|interviewee)[ \\t]*:[ \\t]*(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\\.?[ \\t]+)?"
                    + "(\\p{Lu}[\\p{L}'-]+(?:[ \\t]+\\p{Lu}[\\p{L}'-]+){1,3})[ \\t]*(?:\\([^()\\n]*\\)[ \\t]*)?,[^\\n.!?]*$");

    /** The person a credit line ({@code Guest: Name, role, firm}) says is interviewed, or null for any other line. */
    public static String creditedGuest(String line) {
        java.util.regex.Matcher m = CREDITED_GUEST.matcher(line);
        return m.matches() ? m.group(1) : null;
    }

    /**
     * Who hosts the conversation, when the text says ("hosted by Wang Li", "moderated by the dean, Ana Ruiz", a
     * credit line "Interviewer: Ruth Adeyemi").
     */
    public static String host(String text) {
        java.util.regex.Matcher m = HOSTED_BY.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        java.util.regex.Matcher credited = CREDITED_ASKER.matcher(text);
        return credited.find() ? credited.group(1) : null;
    }

    /**
     * The full name a one-word label stands for ({@code Sam:} for "Sam Okafor"), when the text writes
     * exactly one full name with that word as its first or last part; else null.
     */
    public static String fullNameOf(String label, String text, List<Sentence> sentences, KnownEntities entities) {
        if (label.strip().equalsIgnoreCase("narrator") && text != null) {
            // a film's NARRATOR is whoever its credits say narrates it ("Written, directed and narrated by …")
            return Byline.credited(text, "narrated");
        }
        if (isRole(label)) {
            return null;
        }
        String full = ParticipantLines.namesakeCalled(label, text);
        if (full == null) {
            full = ParticipantLines.listedBearerOf(label, text);
        }
        if (full == null) {
            full = fullNameWithWord(label, text, sentences, entities);
        }
        if (full == null) {
            full = nameGivenTheLabelAsRole(label, text);
        }
        if (full == null) {
            full = fullNameEndingInSurname(label, text, sentences, entities);
        }
        if (full == null) {
            full = fullNameAbbreviated(label, text, sentences, entities);
        }
        if (full == null) {
            full = fullNameAroundNickname(label, text);
        }
        if (full == null) {
            full = fullNameWithHyphenPart(label, text, sentences, entities);
        }
        if (full == null) {
            full = nameGivenInOwnTurn(label, text, entities);
        }
        if (full == null) {
            full = fullNameClipped(label, text, sentences, entities);
        }
        return full == null ? null : ParticipantLines.familyNameCased(full);
    }

    /**
     * The full name a speaker gives themselves in the first turn under their label, whatever the label says: a
     * podcast labels its host by what everyone calls him ("Mo:") and he says once "And I'm Maurice Adeyemi"; else
     * null. Only a label written at the start of its line, as such transcripts write them, is read.
     */
    private static String nameGivenInOwnTurn(String label, String text, KnownEntities entities) {
        PersonName short_ = PersonName.of(label);
        if (!short_.isSingleWord() || text == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^[ \\t]*" + java.util.regex.Pattern.quote(label.strip())
                + "[ \\t]*:[^\\n]{0,160}?\\b(?:I'm|I’m|I am|[Mm]y name is)[ \\t]+(\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,2})"
                + "(?![\\p{L}'’-])").matcher(text);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).replaceAll("[ \\t]+", " ");
        PersonName n = PersonName.of(name);
        return n.tokens().size() >= 2 && entities.kindOf(name) == null && !isRole(name) ? n.display() : null;
    }

    /**
     * A nickname the text quotes inside the full name it introduces ("Temitope \"Tope\" Adesanya", "DR. WALTER \"DOC\"
     * PRUETT"), labelling that person alone ({@code Tope:}) or before the surname ({@code DOC PRUETT}): the full name
     * without the nickname, when exactly one such name has it; else null. A nickname made from the given name before
     * the surname ({@code Seun Bakare}) is a full name of its own, which the label keeps.
     */
    static String fullNameAroundNickname(String label, String text) {
        PersonName short_ = PersonName.of(label);
        if (short_.isEmpty() || short_.tokens().size() > 2 || text == null) {
            return null;
        }
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = NICKNAME_INSIDE_NAME.matcher(text);
        while (m.find()) {
            PersonName nickname = PersonName.of(m.group("nickname"));
            PersonName full = PersonName.of(m.group("given") + " " + m.group("surname"));
            PersonName nicknamed = PersonName.of(m.group("nickname") + " " + m.group("surname"));
            if (!nickname.isSingleWord() || full.isEmpty()) {
                continue;
            }
            String given = PersonName.normalize(m.group("given"));
            String nick = nickname.tokens().get(0);
            boolean madeFromGivenName = given.startsWith(nick) || given.endsWith(nick);
            // "Seun Bakare" for Oluwaseun "Seun" Bakare is the name he goes by, a full name already; "Doc Pruett" is
            // no name of Walter "Doc" Pruett's but the label's way of calling him
            if (short_.sameAs(nickname) || short_.tokens().size() == 2 && short_.sameAs(nicknamed) && !madeFromGivenName) {
                found.add(full.display());
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** A given name, a nickname in quotation marks, a surname: "Temitope \"Tope\" Adesanya". */
    static final java.util.regex.Pattern NICKNAME_INSIDE_NAME = java.util.regex.Pattern.compile(
            "(?<given>\\p{Lu}[\\p{L}'’-]+)[ \\t]+[\"“](?<nickname>\\p{Lu}[\\p{L}'’-]+)[\"”][ \\t]+"
                    + "(?<surname>\\p{Lu}[\\p{L}'’-]+)(?![\\p{L}'’-])");

    /**
     * The one full name the text writes with the one-word label as a part of a hyphenated name ({@code CHAU} for
     * "Minh-Chau Tran"), as a script calls a person by the half of the given name they go by; else null. The part is
     * three letters or more, so that a syllable of a romanised name ("Ji-ho") labels nobody.
     */
    private static String fullNameWithHyphenPart(String label, String text, List<Sentence> sentences,
                                                 KnownEntities entities) {
        PersonName short_ = PersonName.of(label);
        if (!short_.isSingleWord() || short_.tokens().get(0).length() < 3) {
            return null;
        }
        String word = short_.tokens().get(0);
        return theOneWrittenName(text, sentences, entities, n -> java.util.Arrays.stream(n.display().split("\\s+"))
                .filter(w -> w.indexOf('-') > 0)
                .flatMap(w -> java.util.Arrays.stream(w.split("-")))
                .anyMatch(part -> PersonName.normalize(part).equals(word)));
    }

    /**
     * The one full name the text writes whose given name the label clips ({@code Dev:} for "Devendra Raman",
     * {@code Chris:} for "Christine Lapointe"); else null. The clipped form is three letters or more and the given name
     * at least two longer, so a surname a letter short of another ("Yan" and "Yang") is no clipping.
     */
    private static String fullNameClipped(String label, String text, List<Sentence> sentences, KnownEntities entities) {
        PersonName short_ = PersonName.of(label);
        if (!short_.isSingleWord()) {
            return null;
        }
        String word = short_.tokens().get(0);
        if (word.length() < 3) {
            return null;
        }
        return theOneWrittenName(text, sentences, entities, n -> n.tokens().get(0).length() >= word.length() + 2
                && n.tokens().get(0).startsWith(word));
    }

    /** A name and, in parentheses after it, the office it holds: "Dame Ruth Calloway (Chair);". */
    private static final java.util.regex.Pattern NAME_BEFORE_OFFICE = java.util.regex.Pattern.compile(
            "(?:\\b(?:Dame|Sir|Lord|Lady|Baroness|Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\\.?[ \\t]+)?"
                    + "(\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,2})[ \\t]*\\(([^()\\n]{1,40})\\)");

    /**
     * The one person the text names with the label as their office in parentheses, as a committee's record lists
     * its members ("Members present: Dame Ruth Calloway (Chair); Owen Prothero; …") before their turns go under
     * "Chair:"; else null. Two people holding it leave the label as it is.
     */
    private static String nameGivenTheLabelAsRole(String label, String text) {
        String office = label.strip();
        if (office.isEmpty() || office.indexOf(' ') >= 0) {
            return null;
        }
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = NAME_BEFORE_OFFICE.matcher(text);
        while (m.find()) {
            // "Yusuf Demirci (\"nullpointer\")": a handle the person went by, quoted, is what the label may call them
            if (m.group(2).strip().replaceAll("^[\"“]|[\"”]$", "").equalsIgnoreCase(office)) {
                found.add(m.group(1).replaceAll("[ \\t]+", " "));
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /**
     * The one full name the text writes that ends in the label when the label is a surname opening with its
     * particle ({@code von der Heide:} for "Friederike von der Heide", {@code de Vries:} for "Joost de Vries"), as
     * German and Dutch interviews label the answers; else null. Only a lower-case particle marks such a surname:
     * "Dana Park:" is a full name already.
     */
    private static String fullNameEndingInSurname(String label, String text, List<Sentence> sentences,
                                                  KnownEntities entities) {
        String first = label.strip().split("\\s+")[0];
        PersonName surname = PersonName.of(label);
        if (surname.tokens().size() < 2 || !NameRuns.isParticle(first) || !first.equals(first.toLowerCase(Locale.ROOT))) {
            return null;
        }
        int size = surname.tokens().size();
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (Sentence s : sentences) {
            for (NameRun run : NameRuns.find(text, s.tokens())) {
                PersonName n = PersonName.of(run.text().replaceAll("[’']s$", ""));
                int length = n.tokens().size();
                if (length > size && length <= size + 2 && n.tokens().subList(length - size, length).equals(surname.tokens())
                        && entities.kindOf(n.display()) == null) {
                    found.add(n.display());
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The one full name the text writes whose first or last part is the one-word label; else null. */
    private static String fullNameWithWord(String label, String text, List<Sentence> sentences, KnownEntities entities) {
        PersonName short_ = PersonName.of(label);
        if (!short_.isSingleWord()) {
            return null;
        }
        String word = short_.tokens().get(0);
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (Sentence s : sentences) {
            for (NameRun run : NameRuns.find(text, s.tokens())) {
                PersonName n = PersonName.of(run.text().replaceAll("[’']s$", ""));
                int size = n.tokens().size();
                if (size >= 2 && size <= 3 && (n.tokens().get(0).equals(word) || n.tokens().get(size - 1).equals(word))
                        && entities.kindOf(n.display()) == null) {
                    found.add(String.join(" ", n.tokens().stream().sorted().toList()) + "\t" + n.display());
                }
            }
        }
        return found.size() == 1 ? found.iterator().next().split("\t")[1] : null;
    }

    /**
     * The one full name the text writes that the label abbreviates, as initials ({@code KT:}) or a chat handle
     * ({@code katell.m:}); else null. Two names sharing the initials leave the label as it is.
     */
    private static String fullNameAbbreviated(String label, String text, List<Sentence> sentences,
                                              KnownEntities entities) {
        if (!LabelAbbreviations.isInitials(label) && !LabelAbbreviations.isHandle(label)
                && !LabelAbbreviations.isFirstNameAndInitial(label)) {
            return null;
        }
        return theOneWrittenName(text, sentences, entities, n -> LabelAbbreviations.abbreviates(label, n.display()));
    }

    /**
     * The one other label that {@code label} cuts short, as a chat export labels one attendee "Tomasz K." until the
     * full display name "Tomasz Kowalczyk" appears; null when none or two fit.
     */
    public static String labelCutShort(String label, java.util.Collection<String> labels) {
        if (!LabelAbbreviations.isFirstNameAndInitial(label)) {
            return null;
        }
        List<String> fits = labels.stream().map(String::strip).distinct()
                .filter(other -> !other.equals(label.strip()) && !isRole(other)
                        && LabelAbbreviations.abbreviates(label, other))
                .toList();
        return fits.size() == 1 ? fits.get(0) : null;
    }

    /**
     * The one person's name of two or three words, titles aside, that the text writes and {@code fits}; null when none
     * or two do. A name written in both orders is one name.
     */
    private static String theOneWrittenName(String text, List<Sentence> sentences, KnownEntities entities,
                                            java.util.function.Predicate<PersonName> fits) {
        java.util.Map<String, String> found = new java.util.LinkedHashMap<>();
        for (Sentence s : sentences) {
            for (NameRun run : NameRuns.find(text, s.tokens())) {
                String written = Honorifics.strip(run.text().replaceAll("[’']s$", "")).strip();
                PersonName n = PersonName.of(written);
                int size = n.tokens().size();
                if (size >= 2 && size <= 3 && entities.kindOf(n.display()) == null && !isRole(n.display())
                        && fits.test(n)) {
                    found.putIfAbsent(String.join(" ", n.tokens().stream().sorted().toList()), n.display());
                }
            }
        }
        return found.size() == 1 ? found.values().iterator().next() : null;
    }

    /** The person an interview is with: the full name mentioned most often outside the turns, or null. */
    public static String interviewee(String text, List<Sentence> sentences, KnownEntities entities) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        String author = Byline.author(text);
        PersonName byline = author == null ? null : PersonName.of(author); // who asks, not who answers
        for (Sentence s : sentences) {
            if (s.block().inTurn()) {
                continue;
            }
            for (NameRun run : NameRuns.find(text, s.tokens())) {
                String name = Honorifics.strip(run.text()).strip();
                PersonName parsed = PersonName.of(name);
                if (parsed.tokens().size() < 2 || parsed.tokens().size() > 4 || entities.kindOf(name) != null
                        || isRole(name) || byline != null && parsed.sameAs(byline)) {
                    continue;
                }
                String key = String.join(" ", parsed.tokens().stream().sorted().toList());
                counts.merge(key, 1, Integer::sum);
                written.putIfAbsent(key, parsed.display());
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> written.get(e.getKey()))
                .orElse(null);
    }
}
