package io.claimstream.analysis.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.claimstream.analysis.text.Token;
import io.claimstream.contracts.Span;

/**
 * Finds runs of capitalised words in a sentence that may be names of people, organisations or
 * products. A capitalised word opening a sentence only counts when the tagger calls it a proper
 * noun or another capitalised word follows, so "The" and "However" never start a name.
 */
public final class NameRuns {

    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("[’']s$");
    private static final Set<String> NEVER = Set.of("I", "I'm", "I’m", "I'd", "I’d", "I'll", "I’ll", "I've", "I’ve",
            "The", "A", "An", "In", "On", "At", "As", "If", "But", "And", "So", "Or", "For", "To", "Of", "By", "It",
            "This", "That", "These", "Those", "We", "You", "He", "She", "They", "My", "Our", "His", "Her", "Their",
            "Its", "Yes", "No", "OK", "Okay", "Thanks", "Thank", "Hello", "Hi", "Good", "Well", "Now", "Then",
            "Today", "When", "What", "Why", "How", "Who", "Where", "Which", "Because", "Also", "Maybe", "First",
            // subordinators opening a clause ("Whether Tallis will be one of them, …"), never a first name
            "Whether", "Unless", "Until", "Whenever", "Wherever", "Whoever", "Whatever", "Whichever",
            "Second", "Third", "Finally", "However", "Moreover", "Let", "Let's", "Please", "Just", "Even",
            "Regarding", "According", "Asked", "Although", "Though", "While", "After", "Before", "Since", "Still",
            "Actually", "Currently", "Recently", "Personally", "Again", "Here", "There", "Some", "Many", "Most",
            "Every", "Each", "All", "Both", "Such", "Another", "Other", "Not", "Only", "Very", "Like", "Unlike", "Q", "A:",
            // prepositions opening a sentence ("Under Wen's leadership, …", "Despite Ortiz's warning, …", "From Ana
            // Ruiz, founder, Tilt Labs:" over the comment it introduces)
            "From", "Under", "With", "Without", "Within", "Despite", "During", "Amid", "Among", "Through", "Throughout",
            "Against", "Upon", "Beyond",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private NameRuns() {
    }

    /** A word, written in title case, that never starts or continues a name ("The", "This", "Today"). */
    public static boolean isNeverAName(String word) {
        return NEVER.contains(word);
    }

    public static List<NameRun> find(String text, List<Token> tokens) {
        return find(text, tokens, java.util.Set.of());
    }

    /**
     * @param knownParts lower-case words of names the document already knows, which may open a
     *                   name even where they look like common words ("An" of "An Bo")
     */
    public static List<NameRun> find(String text, List<Token> tokens, java.util.Set<String> knownParts) {
        List<NameRun> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!startsName(tokens, i, knownParts)) {
                i++;
                continue;
            }
            int title = titleWidth(tokens, i);
            boolean titled = title > 0 && i + title < tokens.size()
                    && (isNamePart(tokens.get(i + title)) || particleLed(tokens, i + title));
            int j = titled ? i + title : i;
            while (j < tokens.size() && (isNamePart(tokens.get(j)) && (j == i || !NEVER.contains(tokens.get(j).text())
                    || titled && j == i + title && surnameAfterAddress(tokens, i))
                    && !(j > i && endsARunInCapitals(tokens, i, j)) || particleInside(tokens, i, j))) {
                j++;
                if (j - i >= 5 || possessive(tokens.get(j - 1))) {
                    break;
                }
            }
            if (j > i && j < tokens.size() && tokens.get(j).text().matches("[A-Z]")
                    && SourceLabels.isHead(text.substring(tokens.get(i).start(), tokens.get(j - 1).end()))) {
                j++; // "Source A", "Witness B": the letter completes a label that stands for one unnamed person
            }
            if (j > i && j < tokens.size() && VERSION_NUMBER.matcher(tokens.get(j).text()).matches()) {
                j++; // a version number ends a product name: Fable 5, Opus 4.6
            }
            if (j > i && !titled && j < tokens.size() && Honorifics.isTitleAfterName(tokens.get(j).text())) {
                j++; // "Lin laoshi told …", "Xu zong will …": the title after the surname makes the run a person's
                titled = true;
            }
            int from = i;
            if (!titled && j - i >= 2 && DESCRIPTORS.contains(tokens.get(i).lower())
                    && (i == 0 || SENTENCE_OPENER.matcher(tokens.get(i - 1).text()).matches())) {
                from = i + 1; // "Brokerage Motilal Shah Securities said …": what the company is, capitalised to open
            }
            if (!titled && j - from >= 2 && PLACE_DESCRIPTOR.matcher(tokens.get(from).text()).matches()) {
                from++; // "Beijing-based Qingfeng Agents said …": where the company is based is no part of its name
            }
            if (!titled && j - from >= 3 && (unitOfATitle(tokens, from, j) || unitOfATitleInCapitals(tokens, from, j))) {
                from = j - 2; // "Senior Vice President for Port Services Li Wei": the name is the two words after the unit
            }
            if (j > i && !(titled && j == i + title)) {
                Token last = tokens.get(j - 1);
                int end = possessive(last) ? last.end() - possessiveEnding(last).length() : last.end();
                Span span = new Span(tokens.get(from).start(), end);
                runs.add(new NameRun(from, j, span.of(text), span, titled));
            }
            i = Math.max(j, i + 1);
        }
        return runs;
    }

    /**
     * "Dr. He", "Prof. An", "Ms. So": after a title of address written with its capital, the word in title case is a
     * surname even when it is also a pronoun or a small word elsewhere (He, An, So are Chinese and Korean family
     * names), since no title addresses a pronoun; "I" aside ("as Chair I would ...").
     */
    private static boolean surnameAfterAddress(List<Token> tokens, int title) {
        Token t = tokens.get(title);
        String next = tokens.get(title + titleWidth(tokens, title)).text();
        return Character.isUpperCase(t.text().charAt(0)) && Honorifics.isAddress(t.text())
                && !Pronouns.isFirstPerson(next);
    }

    private static final java.util.regex.Pattern PLACE_DESCRIPTOR = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}.'’]*-(?:based|headquartered)");

    private static final java.util.regex.Pattern SENTENCE_OPENER = java.util.regex.Pattern.compile("[\"“‘'(\\[—–-]|[.:;!?]");

    private static final java.util.regex.Pattern VERSION_NUMBER = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)*[a-z]?");

    /**
     * Whether a run of capitalised words opens with the unit of a title written before a name in title case, as news
     * copy writes long titles ("Senior Vice President for Port Services Li Wei", "Chief Operating Officer for Asia
     * Pacific Maria Olsen"): "for" or "of" after a capitalised title word, and a two-word name that is no
     * organisation's closing the run.
     */
    private static boolean unitOfATitle(List<Token> tokens, int from, int to) {
        if (from < 2 || !tokens.get(from - 1).text().matches("for|of") || !tokens.get(from - 2).isCapitalized()
                || !TITLE_HEADS.contains(tokens.get(from - 2).lower())) {
            return false;
        }
        String name = tokens.get(to - 2).text() + " " + tokens.get(to - 1).text();
        return !NEVER.contains(tokens.get(to - 2).text()) && !possessive(tokens.get(to - 1))
                && !PersonName.of(name).endsInOrganisationWord();
    }

    /**
     * A header in capitals runs its people and their titles together with no punctuation between them ("BRIEFING BY
     * PRESS SECRETARY JANE ROE AND DIRECTOR OF THE BUREAU OF LABOR STATISTICS JOHN DOE"), where title case would
     * leave "by", "and" and "of" in small letters: in a run written in capitals, such a word and a title ends the
     * run, so that two people in one line are two names and the title opens the second (the title at a run's start
     * is the run's own, "DR. DOE").
     */
    private static boolean endsARunInCapitals(List<Token> tokens, int from, int at) {
        if (!inCapitals(tokens.get(from)) || !inCapitals(tokens.get(at))) {
            return false;
        }
        return FUNCTION_WORDS_IN_CAPITALS.contains(tokens.get(at).text()) || Honorifics.isTitle(tokens.get(at).text());
    }

    /** A word of two letters or more and not one of them small: "AND", "BRANDVOLD", "CEO". */
    private static boolean inCapitals(Token t) {
        String w = t.text();
        return w.length() >= 2 && w.codePoints().anyMatch(Character::isLetter)
                && w.codePoints().noneMatch(Character::isLowerCase);
    }

    /** Small words a header in capitals writes between names and titles, never part of a person's name. */
    private static final Set<String> FUNCTION_WORDS_IN_CAPITALS = Set.of("AND", "OR", "OF", "BY", "THE", "WITH",
            "FOR", "TO", "AT", "IN", "ON", "FROM");

    /**
     * The unit of a long title in a header in capitals, which names its office in several words joined by "OF",
     * "AND" and "THE" ("DIRECTOR OF THE OFFICE OF SCIENCE AND TECHNOLOGY POLICY JOHN DOE"): the run after the last
     * small word closes with the name, its two last words, when the words before it lead back to a title and "OF"
     * or "FOR" with nothing but capitals between.
     */
    private static boolean unitOfATitleInCapitals(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!inCapitals(tokens.get(k))) {
                return false;
            }
        }
        for (int k = from - 1; k >= 1 && from - k <= 12; k--) {
            Token t = tokens.get(k);
            if (!inCapitals(t)) {
                return false;
            }
            if ((t.text().equals("OF") || t.text().equals("FOR")) && TITLE_HEADS.contains(tokens.get(k - 1).lower())) {
                String name = tokens.get(to - 2).text() + " " + tokens.get(to - 1).text();
                return !possessive(tokens.get(to - 1)) && !PersonName.of(name).endsInOrganisationWord();
            }
        }
        return false;
    }

    /** The last word of a job title that a unit follows: "Vice President for …", "Head of …". */
    private static final Set<String> TITLE_HEADS = Set.of("president", "officer", "director", "manager", "head",
            "minister", "secretary", "chair", "chairman", "chairwoman", "executive", "commissioner", "dean", "lead");

    /**
     * "AI-led deals now make up …", "Nvidia-backed Corvid said …": a name joined by a hyphen to the word after it
     * describes what follows; it is neither the sentence's subject nor a mention a description can refer back to.
     */
    public static boolean joinedToNextWord(List<Token> tokens, NameRun r) {
        return r.text().endsWith("-") || r.to() < tokens.size() && tokens.get(r.to()).text().startsWith("-")
                && tokens.get(r.to()).start() == tokens.get(r.to() - 1).end();
    }

    /**
     * How many tokens a title before a name takes: one ("Dr.", "Mme"), two for the French "M." that the tagger splits
     * into the letter and its full stop ("Your co-founder, M. Karim Benali, said …"), none for any other word.
     */
    private static int titleWidth(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.text().equals("M") && i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".")
                && tokens.get(i + 1).start() == t.end()) {
            return 2;
        }
        return Honorifics.isTitle(t.text()) ? 1 : 0;
    }

    /**
     * What a company is, written before its name by business news and capitalised only to open the sentence
     * ("Brokerage Motilal Shah Securities said …", "Chipmaker Arvell said …"): no part of the name.
     */
    private static final Set<String> DESCRIPTORS = Set.of("brokerage", "chipmaker", "automaker", "carmaker",
            "drugmaker", "startup", "start-up", "rival", "lender", "insurer", "retailer", "conglomerate", "broker",
            "regulator", "manufacturer", "supplier", "developer", "distributor", "operator", "utility", "miner");

    /** Lower-case words inside surnames: "Bram de Vries", "Ines van der Berg", "Omar bin Laden", "Luca di Stefano". */
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "di", "del", "della",
            "du", "bin", "ter", "ten", "dos", "das", "le", "la");

    /** The lower-case words a surname may hold, for readers that match names in text by pattern (a table's cells). */
    public static Set<String> particles() {
        return PARTICLES;
    }

    /** "de", "van", "von": a word that opens a surname of several ("De Vries" for Bram de Vries). */
    static boolean isParticle(String word) {
        return PARTICLES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** A particle after a name's first word and before another capitalised one (or a second particle). */
    private static boolean particleInside(List<Token> tokens, int from, int at) {
        if (at == from || !PARTICLES.contains(tokens.get(at).text())) {
            return false;
        }
        int next = at + 1;
        if (next < tokens.size() && PARTICLES.contains(tokens.get(next).text())) {
            next++; // "van der"
        }
        return next < tokens.size() && isNamePart(tokens.get(next)) && !NEVER.contains(tokens.get(next).text());
    }

    /**
     * A surname that opens with its lower-case particle at {@code at} ("de Vries", "von der Heide"), as a title
     * writes it before the surname alone: "Mr de Vries", "Ms von der Heide".
     */
    private static boolean particleLed(List<Token> tokens, int at) {
        if (!PARTICLES.contains(tokens.get(at).text())) {
            return false;
        }
        int next = at + 1;
        if (next < tokens.size() && PARTICLES.contains(tokens.get(next).text())) {
            next++; // "von der"
        }
        return next < tokens.size() && isNamePart(tokens.get(next)) && !NEVER.contains(tokens.get(next).text());
    }

    /**
     * A token like {@code Luo’s}, which the tokenizer keeps whole, or a plural's {@code Systems’} ("Vell Systems’ Tomas
     * Berg"), whose apostrophe alone makes it a possessive.
     */
    public static boolean possessive(Token t) {
        return !possessiveEnding(t).isEmpty();
    }

    private static String possessiveEnding(Token t) {
        String w = t.text();
        if (w.length() > 2 && (w.endsWith("’s") || w.endsWith("'s"))) {
            return "’s";
        }
        return w.length() > 3 && (w.endsWith("s'") || w.endsWith("s’")) ? "’" : "";
    }

    private static boolean startsName(List<Token> tokens, int i, java.util.Set<String> knownParts) {
        Token t = tokens.get(i);
        if (!isNamePart(t)) {
            return false;
        }
        boolean known = knownParts.contains(PersonName.normalize(POSSESSIVE.matcher(t.text()).replaceAll("")));
        if (surnameHe(tokens, i)) {
            return true;
        }
        if (FUNCTION_WORDS_IN_CAPITALS.contains(t.text()) && i + 1 < tokens.size() && inCapitals(tokens.get(i + 1))) {
            return false; // "… AND DIRECTOR …" in a header in capitals: the small word is no name's first
        }
        if (afterCheckBox(tokens, i)) {
            return false; // "[X] Partly agree [ ] Disagree": a form's options, capitalised as options are, name nobody
        }
        if (NEVER.contains(t.text()) && !(known && i + 1 < tokens.size()
                && isNamePart(tokens.get(i + 1)))) {
            return false;
        }
        if (known) {
            return true;
        }
        int title = titleWidth(tokens, i);
        if (title > 0) {
            return i + title < tokens.size() && (isNamePart(tokens.get(i + title)) || particleLed(tokens, i + title));
        }
        boolean sentenceInitial = i == 0 || SENTENCE_OPENER.matcher(tokens.get(i - 1).text()).matches();
        if (sentenceInitial && i + 1 < tokens.size() && SourceLabels.isHead(t.text())
                && SourceLabels.isLabel(t.text() + " " + tokens.get(i + 1).text())) {
            return true; // "Witness 3 said …": the number makes the common word a label for one person
        }
        if (sentenceInitial && QUESTION_AUXILIARIES.contains(t.text()) && asks(tokens, i)) {
            return false; // "Does Shi Lan agree with that?": the verb opening a question, the name after it
        }
        // "Friederike von der Heide, 47, founded …": a particle and a capitalised word after the first make a name
        return !sentenceInitial || t.is("PROPN") || i + 1 < tokens.size() && (isNamePart(tokens.get(i + 1))
                && !NEVER.contains(tokens.get(i + 1).text()) || particleLed(tokens, i + 1)) || speaksNext(tokens, i);
    }

    /** Verbs that open a yes-no question before its subject; "Will" and "Can" are first names too often. */
    private static final Set<String> QUESTION_AUXILIARIES = Set.of("Does", "Did", "Do", "Is", "Are", "Was", "Were",
            "Has", "Have", "Had", "Should", "Could", "Would", "Shall");

    /** Whether the sentence from {@code from} on is a question: a question mark closes it. */
    private static boolean asks(List<Token> tokens, int from) {
        for (int k = from + 1; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals("?")) {
                return true;
            }
            if (tokens.get(k).text().matches("[.!]")) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code He Jiawei, chief technology officer of …, said}: "He" is a common Chinese surname, and the pronoun is
     * never followed by a proper name that an apposition, a lower-case verb or adverb ("He Jiawei also said") or a
     * possessive then continues, where a title-case headline ("He Expects Prices To Fall") capitalises its verbs.
     */
    /** A word right after a form's tick box, ticked or not: "[ ] Yes", "[X] Partly", "[✓] Agree". */
    private static boolean afterCheckBox(List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i - 1).text().equals("]")) {
            return false;
        }
        if (tokens.get(i - 2).text().equals("[")) {
            return true;
        }
        return i >= 3 && tokens.get(i - 3).text().equals("[") && tokens.get(i - 2).text().matches("[xX✓✔✗]");
    }

    private static boolean surnameHe(List<Token> tokens, int i) {
        if (!tokens.get(i).text().equals("He") || i + 2 >= tokens.size()) {
            return false;
        }
        Token given = tokens.get(i + 1);
        if (!isNamePart(given) || !given.is("PROPN") || NEVER.contains(given.text())) {
            return false;
        }
        Token after = tokens.get(i + 2);
        boolean lowerCaseVerb = Character.isLowerCase(after.text().codePointAt(0))
                && (after.is("VERB") || after.is("AUX") || after.is("ADV"));
        return possessive(given) || after.text().equals(",") || after.text().equals("(") || lowerCaseVerb;
    }

    private static final Set<String> SAYING = Set.of("said", "says", "told", "added", "argued", "announced",
            "noted", "stated", "confirmed", "wrote", "believes", "expects", "warned", "claimed", "reported");

    /**
     * {@code Stripe said …}: a capitalised word right before a verb of saying is somebody, even
     * opening a sentence, unless it is a plural ("Analysts said"), which names no one in particular.
     */
    private static boolean speaksNext(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        boolean plural = w.endsWith("s") && !w.endsWith("ss") && Character.isLowerCase(w.charAt(w.length() - 2))
                && !tokens.get(i).is("PROPN");
        return !plural && i + 1 < tokens.size() && SAYING.contains(tokens.get(i + 1).lower());
    }

    static boolean isNamePart(Token t) {
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
            return false;
        }
        return w.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '\'' || c == '’')
                && !w.equals("I") && !CONTRACTION.matcher(w).matches();
    }

    /** "You've", "They're", "We'll", "I'd": a pronoun and its verb run together, which an O'Brien's apostrophe is not. */
    private static final java.util.regex.Pattern CONTRACTION = java.util.regex.Pattern.compile(
            "(?i)\\p{L}+['’](?:ve|re|ll|d|m)");
}
