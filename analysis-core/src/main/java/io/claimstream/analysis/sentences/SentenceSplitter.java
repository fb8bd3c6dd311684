package io.claimstream.analysis.sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.Deadline;
import io.claimstream.analysis.text.Nlp;
import io.claimstream.contracts.Span;

/**
 * Splits blocks into sentences with the OpenNLP sentence model, then repairs what the model gets
 * wrong on this genre: breaks after abbreviations and initials, and stage directions such as
 * {@code (Audience laughs)} glued to a sentence. Table rows and headings stay whole.
 *
 * <p>A block is one paragraph of the parser, whose lines it joined because they wrap one run of
 * text at a width (an utterance per line or a list item per line stays a paragraph each): the
 * model reads across a line break unless the line before it ends a sentence, so a hard-wrapped
 * sentence is not cut in two and a line that ends one is never glued to the next.
 */
public final class SentenceSplitter {

    /** Never end a sentence: a name or number follows. */
    private static final Set<String> TITLES = Set.of("dr.", "prof.", "mr.", "mrs.", "ms.", "st.", "vs.", "approx.",
            "e.g.", "i.e.", "fig.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
            // French courtesy titles, which translations keep ("Mme. Marchetti")
            "mme.", "mlle.");
    /** End a sentence unless a lower-case word or a number follows. */
    private static final Set<String> ABBREVIATIONS = Set.of("u.s.", "u.k.", "etc.", "inc.", "ltd.", "co.", "corp.",
            "jr.", "sr.", "p.m.", "a.m.", "u.n.", "e.u.");
    private static final Pattern STAGE_DIRECTION = Pattern.compile(
            "[(\\[](?:audience|laughter|laughs|applause|crosstalk|inaudible|pause|music|silence|cheers|"
                    + "everyone laughs|the audience"
                    // a call transcriber's marks: "[Interpreted] We will keep …", "[Operator Instructions] Our first …"
                    + "|interpreted|through (?:an )?interpreter|foreign language|operator instructions)[^)\\]]{0,40}[)\\]]",
            Pattern.CASE_INSENSITIVE);

    /** A note in square brackets opened by a label of up to three words and a colon: {@code [Translator's note: …]}. */
    private static final Pattern EDITORIAL_NOTE = Pattern.compile(
            "\\[\\s*\\p{L}[\\p{L}'’.-]*(?:\\s+\\p{L}[\\p{L}'’.-]*){0,2}\\s*:[^\\[\\]]{1,800}]");

    /**
     * The time that heads an entry of a live blog or a rolling news page ({@code 10:42 a.m. — }, {@code Update,
     * 3:05 p.m. ET: }, {@code 14.20 - }): when the entry was posted, no part of its first sentence. A dash or
     * colon must follow, so that a sentence about a time ({@code 9:30 a.m. is when markets open}) stays whole.
     */
    private static final Pattern ENTRY_STAMP = Pattern.compile("(?i)^(?:(?:update|updated|correction|breaking)"
            + "(?: at)?[,:]?\\s+)?(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?\\s?m\\.?)?(?:\\s+\\p{Lu}{2,4})?"
            + "\\s*(?:[\u2014\u2013-]|:)\\s+");

    /** What may close a sentence after its final mark. */
    private static final String CLOSERS = "\"'\u201D\u2019)]*_\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079";

    /** Longer "sentences" (a list without full stops, a run-on transcript) are cut at clause boundaries. */
    static final int MAX_SENTENCE = 800;

    private final Nlp nlp;

    public SentenceSplitter(Nlp nlp) {
        this.nlp = nlp;
    }

    public List<Sentence> split(String text, List<Block> blocks, Deadline deadline) {
        return split(text, blocks, Set.of(), deadline);
    }

    /**
     * @param writersMarks the labels the text's writer signs their own notes with ({@code [JK: …]} under Jonah
     *                     Keller's byline): such a note is the writer's remark, kept as sentences without its label
     */
    public List<Sentence> split(String text, List<Block> blocks, Set<String> writersMarks, Deadline deadline) {
        List<Sentence> sentences = new ArrayList<>();
        for (Block block : blocks) {
            deadline.check("splitting sentences");
            List<Span> spans = block.kind() == BlockKind.PROSE || block.kind() == BlockKind.BULLET
                    ? proseSentences(text, block.span(), writersMarks) : List.of(block.span());
            for (int i = 0; i < spans.size(); i++) {
                if (i % 50 == 49) {
                    deadline.check("splitting sentences");
                }
                Span s = spans.get(i);
                boolean fragment = block.kind() == BlockKind.TABLE_ROW || block.kind() == BlockKind.BULLET;
                sentences.add(new Sentence(sentences.size(), s, block, nlp.tokens(text, s, fragment), i == 0,
                        i == spans.size() - 1));
            }
        }
        return sentences;
    }

    List<Span> proseSentences(String text, Span block) {
        return proseSentences(text, block, Set.of());
    }

    private List<Span> proseSentences(String text, Span block, Set<String> writersMarks) {
        List<Span> result = new ArrayList<>();
        for (Span run : wrappedRuns(text, block)) {
            List<Span> found = withoutStageDirections(text,
                    withoutEditorialNotes(text, run, nlp.sentences(text, run.start(), run.end()), writersMarks));
            for (Span s : mergeAbbreviationBreaks(text, splitAfterAnnouncements(text, splitBeforeQuestions(text,
                    splitAfterFootnoteMarks(text, splitAfterNumbers(text, found)))))) {
                result.addAll(capped(text, s));
            }
        }
        return result;
    }

    /**
     * A live blog's entry time on a line of its own above the entry ({@code 14:32}, {@code 2:32 pm}, {@code Updated
     * 10:05}, {@code [09:41]}): the whole block is the time, the entry is the block after it.
     */
    private static final Pattern ENTRY_TIME_ALONE = Pattern.compile("(?i)(?:(?:update|updated|posted)(?: at)?[,:]?\\s+)?"
            + "\\[?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?\\s?m\\.?)?(?:\\s+\\p{Lu}{2,4})?]?\\s*");

    /** Whether the block is nothing but the time an entry below it was posted ({@code 14:32}, {@code [09:41]}). */
    public static boolean isEntryTimeAlone(String text, Span block) {
        return ENTRY_TIME_ALONE.matcher(text).region(block.start(), block.end()).matches();
    }

    /** Whether the block opens with a live blog's entry time ({@code 10:42 a.m. — }). */
    public static boolean opensWithEntryTime(String text, Span block) {
        Matcher stamp = ENTRY_STAMP.matcher(text).region(block.start(), block.end());
        return stamp.lookingAt() && stamp.end() < block.end();
    }

    static List<Span> wrappedRuns(String text, Span block) {
        List<Span> runs = new ArrayList<>();
        Matcher stamp = ENTRY_STAMP.matcher(text).region(block.start(), block.end());
        int from = stamp.lookingAt() && stamp.end() < block.end() ? stamp.end() : block.start();
        for (Span whole : BlockReader.lines(text, block)) {
            if (whole.end() <= from) {
                continue;
            }
            Span line = whole.start() < from ? new Span(from, whole.end()) : whole;
            int last = runs.size() - 1;
            if (last >= 0 && !endsSentence(text, runs.get(last))) {
                runs.set(last, new Span(runs.get(last).start(), line.end()));
            } else {
                runs.add(line);
            }
        }
        return runs;
    }

    /** Ends with a full stop, question or exclamation mark, or ellipsis, before any closing quotes, brackets or emphasis. */
    private static boolean endsSentence(String text, Span s) {
        int i = s.end() - 1;
        while (i > s.start() && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        char c = text.charAt(i);
        return c == '.' || c == '?' || c == '!' || c == '\u2026';
    }

    /** Pieces of at most {@link #MAX_SENTENCE} characters, cut after a semicolon, comma or space. */
    static List<Span> capped(String text, Span s) {
        List<Span> pieces = new ArrayList<>();
        int start = s.start();
        while (s.end() - start > MAX_SENTENCE) {
            int limit = start + MAX_SENTENCE;
            int cut = lastIndexOf(text, "; ", start, limit);
            if (cut < 0) {
                cut = lastIndexOf(text, ", ", start + MAX_SENTENCE / 2, limit);
            }
            if (cut < 0) {
                cut = lastIndexOf(text, " ", start + MAX_SENTENCE / 2, limit);
            }
            int end = cut < 0 ? limit : cut + 1;
            addTrimmed(pieces, text, start, end);
            start = end;
        }
        addTrimmed(pieces, text, start, s.end());
        return pieces;
    }

    /** The last {@code what} in [from, limit), looking no further back than {@code from}: String.lastIndexOf
     * would scan to the text's start for every piece, quadratic in a megabyte-long sentence. */
    private static int lastIndexOf(String text, String what, int from, int limit) {
        for (int at = limit - what.length(); at >= from; at--) {
            if (text.startsWith(what, at)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * A number that ends a sentence: a word, the number, a full stop, a capital ({@code … of Tern 2. Corvid …}).
     * The full stop is matched first, so the look-behind is tried at full stops only, not at every character.
     */
    private static final Pattern NUMBER_THEN_SENTENCE = Pattern.compile("\\.(?<=\\p{L}{2,20} \\d{1,4}\\.)\\s+(?=[\"“]?\\p{Lu}\\p{Ll})");

    /**
     * The sentence model reads a full stop after a number as part of it (a list number, a decimal) and so
     * runs two sentences together when the first ends on a product version or a count ("… half the price
     * of Tern 2. Corvid has not …"). After a word and a number, a full stop before a capitalised word ends
     * the sentence; a number opening the sentence ({@code 2. The next step}) stays a list marker.
     */
    private static List<Span> splitAfterNumbers(String text, List<Span> spans) {
        List<Span> result = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int start = s.start();
            Matcher m = NUMBER_THEN_SENTENCE.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                if (m.start() - start < 12 || abbreviationBefore(text, m.start())) {
                    continue;
                }
                addTrimmed(result, text, start, m.start() + 1);
                start = m.end();
            }
            addTrimmed(result, text, start, s.end());
        }
        return result;
    }

    /**
     * A footnote mark after a sentence's stop ({@code … in 2023.¹ Cheaper …}, {@code … by the author.[2] The …}), as
     * text extracted from a PDF or a web page keeps it: the sentence ends after the mark, which the sentence model
     * takes for the start of a number and so runs the two sentences together. An encyclopedia stacks its marks and
     * its editors' tags ({@code … since 2023.[21][22] Wen has …}, {@code … [18][citation needed] Wen has …}).
     */
    private static final Pattern FOOTNOTE_THEN_SENTENCE = Pattern.compile(
            "[.!?][\"”’)]?(?:[\u00b9\u00b2\u00b3\u2070-\u2079]+|(?:" + CitationMarks.MARK + ")+)(?=\\s+[\"“]?\\p{Lu})");

    private static List<Span> splitAfterFootnoteMarks(String text, List<Span> spans) {
        List<Span> result = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int start = s.start();
            Matcher m = FOOTNOTE_THEN_SENTENCE.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                if (m.start() - start < 12) {
                    continue;
                }
                addTrimmed(result, text, start, m.end());
                start = m.end();
            }
            addTrimmed(result, text, start, s.end());
        }
        return result;
    }

    /**
     * A short question after a statement ({@code … the models it already has. Is she wrong?}): the sentence model
     * sometimes runs the two together, and the statement, a host's report of what someone said, then reads as part
     * of a question. A full stop after a word in lower case, then a question word opening a clause that ends with
     * the question mark, ends the statement.
     */
    private static final Pattern STATEMENT_THEN_QUESTION = Pattern.compile("(?<=\\p{Ll}{2}[.!])\\s+(?=(?:Is|Are|Was|Were"
            + "|Do|Does|Did|Can|Could|Will|Would|Should|Has|Have|What|Why|How|Who|Where|When|Which)\\b[^.!?]{0,200}\\?)");

    private static List<Span> splitBeforeQuestions(String text, List<Span> spans) {
        List<Span> result = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int start = s.start();
            Matcher m = STATEMENT_THEN_QUESTION.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                addTrimmed(result, text, start, m.start());
                start = m.end();
            }
            addTrimmed(result, text, start, s.end());
        }
        return result;
    }

    /**
     * "If I may give one piece of advice: hire people who …": a speaker's lead-in announcing what they are about to
     * give says nothing itself, and the advice after its colon is a sentence of its own.
     */
    private static final Pattern ANNOUNCEMENT = Pattern.compile("(?i)^(?:if i (?:may|might|could)|let me|allow me to"
            + "|i['’]d like to|i would like to) (?:give|offer|add|share|make)\\b[^.;:!?\"“]{0,40}:(?=\\s+\\p{L})");

    private static List<Span> splitAfterAnnouncements(String text, List<Span> spans) {
        List<Span> result = new ArrayList<>(spans.size());
        for (Span s : spans) {
            Matcher m = ANNOUNCEMENT.matcher(text).region(s.start(), s.end());
            if (m.lookingAt()) {
                addTrimmed(result, text, s.start(), m.end());
                addTrimmed(result, text, m.end(), s.end());
            } else {
                result.add(s);
            }
        }
        return result;
    }

    /** "No. 4. The …", "Fig. 2. A …": the number belongs to an abbreviation that takes one. */
    private static boolean abbreviationBefore(String text, int dot) {
        int i = dot - 1;
        while (i >= 0 && Character.isDigit(text.charAt(i))) {
            i--;
        }
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int wordEnd = i + 1;
        while (i >= 0 && !Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        String word = text.substring(i + 1, wordEnd).toLowerCase(Locale.ROOT);
        return word.endsWith(".") || word.equals("no") || word.equals("figure") || word.equals("table")
                || word.equals("step") || word.equals("chapter") || word.equals("section");
    }

    /** A closing dash, then the sentence goes on in lower case. */
    private static final Pattern DASHED_ASIDE_GOES_ON = Pattern.compile("[—–]\\s+\\p{Ll}");

    private static List<Span> mergeAbbreviationBreaks(String text, List<Span> spans) {
        List<Span> merged = new ArrayList<>();
        for (Span s : spans) {
            if (!merged.isEmpty() && continuesAfterAbbreviation(text, merged.get(merged.size() - 1), s)) {
                Span previous = merged.remove(merged.size() - 1);
                merged.add(new Span(previous.start(), s.end()));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    private static boolean continuesAfterAbbreviation(String text, Span previous, Span next) {
        String before = previous.of(text);
        int space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n')); // a sentence may run across lines
        String lastWord = before.substring(space + 1).toLowerCase(Locale.ROOT);
        char first = text.charAt(next.start());
        if (TITLES.contains(lastWord)) {
            return true;
        }
        if ((before.endsWith("?") || before.endsWith("!")) && DASHED_ASIDE_GOES_ON.matcher(next.of(text)).lookingAt()
                && before.matches("(?s).*\\s[—–]\\s[^—–]*")) {
            return true; // "the question she asks — will the money run out? — has two answers": an aside in dashes
        }
        if (before.endsWith(" M.") && Character.isUpperCase(first)) {
            return true; // "M. Leroux", French for Mr. Leroux: only a capital after it, since a bare "M." may end a sentence
        }
        if (initialsBeforeASurname(before, lastWord, text, next)) {
            return true;
        }
        boolean abbreviation = ABBREVIATIONS.contains(lastWord) || INITIALS.matcher(lastWord).matches();
        return abbreviation && (Character.isLowerCase(first) || Character.isDigit(first));
    }

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.){1,3}");

    /** Two or three initials in capitals, as news copy writes a person who goes by them: "J.R.", "K.L.M.". */
    private static final Pattern INITIALS_IN_CAPITALS = Pattern.compile("(?:\\p{Lu}\\.){2,3}");

    /** Places and bodies written in initials, which do end sentences ("… in Washington, D.C. Officials said …"). */
    private static final Set<String> PLACES_IN_INITIALS = Set.of("d.c.", "u.a.e.", "n.y.", "l.a.");

    /**
     * "J.R. Okonkwo, an analyst at …", "said J.R. Okonkwo": two or three initials before a capitalised word are a
     * person's given names before the surname, not a sentence's end, when they open the sentence or follow a word in
     * small letters; the initials of a country or a place ("U.S.", "D.C.") keep the break.
     */
    private static boolean initialsBeforeASurname(String before, String lastWord, String text, Span next) {
        int space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'));
        if (!INITIALS_IN_CAPITALS.matcher(before.substring(space + 1)).matches() || ABBREVIATIONS.contains(lastWord)
                || PLACES_IN_INITIALS.contains(lastWord) || !Character.isUpperCase(text.charAt(next.start()))) {
            return false;
        }
        String rest = before.substring(0, Math.max(space, 0)).strip();
        String wordBefore = rest.substring(rest.lastIndexOf(' ') + 1);
        return rest.isEmpty() || wordBefore.matches("\\p{Ll}+");
    }

    /**
     * The notes in square brackets the writer signs with one of {@code marks} ({@code [JK: I think Ma is generous
     * here.]}), whole: what they say is the writer's, wherever in a speaker's turn they stand.
     */
    public static List<Span> writersNotes(String text, Set<String> marks) {
        List<Span> notes = new ArrayList<>();
        if (marks.isEmpty()) {
            return notes;
        }
        Matcher m = EDITORIAL_NOTE.matcher(text);
        while (m.find()) {
            if (marks.contains(text.substring(m.start() + 1, text.indexOf(':', m.start())).strip())) {
                notes.add(new Span(m.start(), m.end()));
            }
        }
        return notes;
    }

    /**
     * The sentences less the notes in square brackets that a label and a colon open ({@code [Interpreter: literally
     * "I see it differently", a polite form of disagreement.]}, {@code [Translator's note: …]}): the interpreter's or
     * the editors' remark set into the speech, which nobody in the conversation said. The note may hold sentences of its
     * own, so it is cut from the whole run; a word inserted into a quotation ({@code "[the model] was late"}) has no
     * label and stays.
     */
    private static List<Span> withoutEditorialNotes(String text, Span run, List<Span> spans, Set<String> writersMarks) {
        List<Span> notes = new ArrayList<>();
        Matcher m = EDITORIAL_NOTE.matcher(text).region(run.start(), run.end());
        while (m.find()) {
            int colon = text.indexOf(':', m.start());
            if (writersMarks.contains(text.substring(m.start() + 1, colon).strip())) {
                // the writer's own note says something: only its label and its closing bracket go
                notes.add(new Span(m.start(), colon + 1));
                notes.add(new Span(m.end() - 1, m.end()));
            } else {
                notes.add(new Span(m.start(), m.end()));
            }
        }
        if (notes.isEmpty()) {
            return spans;
        }
        List<Span> result = new ArrayList<>();
        for (Span s : spans) {
            int start = s.start();
            for (Span note : notes) {
                if (note.end() <= start || note.start() >= s.end()) {
                    continue;
                }
                addTrimmed(result, text, start, Math.max(start, note.start()));
                start = Math.min(s.end(), note.end());
            }
            addTrimmed(result, text, start, s.end());
        }
        return result;
    }

    /** Cuts stage directions out of sentence spans; a sentence that is only one disappears. */
    private static List<Span> withoutStageDirections(String text, List<Span> spans) {
        List<Span> result = new ArrayList<>();
        for (Span s : spans) {
            int start = s.start();
            Matcher m = STAGE_DIRECTION.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                addTrimmed(result, text, start, m.start());
                start = m.end();
            }
            addTrimmed(result, text, start, s.end());
        }
        return result;
    }

    private static void addTrimmed(List<Span> result, String text, int start, int end) {
        Span s = BlockReader.trimmed(text, new Span(start, end));
        if (s.length() > 0 && s.of(text).codePoints().anyMatch(Character::isLetterOrDigit)) {
            result.add(s);
        }
    }
}
