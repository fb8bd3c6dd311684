package io.claimstream.analysis.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.claimstream.contracts.Span;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;

/**
 * Sentence detection, tokenisation and part-of-speech tagging over spans of a document, with
 * every result in document offsets. Thread-safe: each thread gets its own OpenNLP tools, which
 * are cheap next to the shared models.
 */
public final class Nlp {

    private final ThreadLocal<Tools> tools;

    public Nlp(NlpModels models) {
        this.tools = ThreadLocal.withInitial(() -> new Tools(new SentenceDetectorME(models.sentences()),
                new TokenizerME(models.tokens()), new POSTaggerME(models.partsOfSpeech())));
    }

    /** Sentences that OpenNLP finds in {@code text[start, end)}, trimmed, in document offsets. */
    public List<Span> sentences(String text, int start, int end) {
        List<Span> found = new ArrayList<>();
        for (opennlp.tools.util.Span s : tools.get().sentences.sentPosDetect(text.substring(start, end))) {
            found.add(new Span(start + s.getStart(), start + s.getEnd()));
        }
        return found;
    }

    /** Tokens of {@code text[span]} with their tags and stems, in document offsets. */
    public List<Token> tokens(String text, Span span) {
        return tokens(text, span, false);
    }

    /**
     * Tokens of a span; for a fragment (a list item or table row) the first word of each cell or
     * item is tagged as if lower-case, because the tagger reads a capitalised "Use" or "Focus" at
     * the start of a fragment as a name, where it is an imperative.
     */
    public List<Token> tokens(String text, Span span, boolean fragment) {
        Tools t = tools.get();
        String piece = withoutEmphasisMarks(text.substring(span.start(), span.end()));
        opennlp.tools.util.Span[] spans = joinHyphenatedNames(piece, t.tokenizePos(piece));
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = piece.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = sayingVerbsAfterNames(words, verbsBeforeObjectPronouns(words, t.tagger.tag(fragment ? fragmentStartsLowered(words) : words)));
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(words[i], span.start() + spans[i].getStart(), span.start() + spans[i].getEnd(),
                    tags[i], Stems.of(words[i])));
        }
        return tokens;
    }

    /**
     * Markdown's emphasis marks around words ("**Bastien Morel** (CEO, Arclight Labs) told *Le Signal*") blanked out,
     * one space a mark, so that a bold name is a name beside its parentheses and its verb, as a reader sees it, and
     * every offset stays where it was. An asterisk standing alone between spaces (a product, a footnote's bullet) stays.
     */
    public static String withoutEmphasisMarks(String piece) {
        if (piece.indexOf('*') < 0 && piece.indexOf("__") < 0) {
            return piece;
        }
        java.util.regex.Matcher m = EMPHASIS_MARK.matcher(piece);
        StringBuilder out = null;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(piece);
            }
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? piece : out.toString();
    }

    private static final java.util.regex.Pattern EMPHASIS_MARK = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}*_])(?:\\*{1,3}|_{2,3})(?=[\\p{L}\\p{N}\"“‘'(\\[$])"
                    + "|(?<=[\\p{L}\\p{N}.,;:!?\"”’')\\]%])(?:\\*{1,3}|_{2,3})(?![\\p{L}\\p{N}*_])");

    /**
     * The same tokens tagged again with the word at {@code index} in lower case: how the tagger
     * reads "Hire for curiosity" when it is not fooled by the capital into seeing a name.
     */
    public List<Token> retaggedLowercase(List<Token> tokens, int index) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            String w = tokens.get(i).text();
            words[i] = i == index ? w.toLowerCase(java.util.Locale.ROOT) : w;
        }
        String[] tags = sayingVerbsAfterNames(words, verbsBeforeObjectPronouns(words, tools.get().tagger.tag(words)));
        List<Token> result = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Token t = tokens.get(i);
            result.add(new Token(t.text(), t.start(), t.end(), tags[i], t.stem()));
        }
        return result;
    }

    /**
     * The tokenizer cuts a hyphenated given name in two or three ({@code Min} {@code -jun},
     * {@code Hye} {@code -} {@code jin}), which leaves only the surname as a name and merges
     * namesakes: a capitalised word and directly adjoining hyphen and letters are one word again. Initials lose
     * their last stop the same way ({@code J.R} {@code .}), and get it back.
     */
    private static opennlp.tools.util.Span[] joinHyphenatedNames(String piece, opennlp.tools.util.Span[] spans) {
        List<opennlp.tools.util.Span> joined = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            opennlp.tools.util.Span s = spans[i];
            int last = joined.size() - 1;
            String word = piece.substring(s.getStart(), s.getEnd());
            String before = last < 0 ? "" : piece.substring(joined.get(last).getStart(), joined.get(last).getEnd());
            boolean adjoins = last >= 0 && s.getStart() == joined.get(last).getEnd() && CAPITALISED.matcher(before).matches();
            // a name set in capitals, as a record or a release writes its speakers ("KOFI MENSAH-ARYEE"), joins only
            // capitals, so that "AI-powered" stays two words
            boolean capitals = last >= 0 && s.getStart() == joined.get(last).getEnd() && IN_CAPITALS.matcher(before).matches();
            Pattern rest = adjoins ? NAME_PART : NAME_PART_IN_CAPITALS;
            Pattern hyphenedRest = adjoins ? HYPHENED_NAME_PART : HYPHENED_NAME_PART_IN_CAPITALS;
            if ((adjoins || capitals) && hyphenedRest.matcher(word).matches()) {
                joined.set(last, new opennlp.tools.util.Span(joined.get(last).getStart(), s.getEnd()));
                continue;
            }
            if ((adjoins || capitals) && word.equals("-") && i + 1 < spans.length && spans[i + 1].getStart() == s.getEnd()
                    && rest.matcher(piece.substring(spans[i + 1].getStart(), spans[i + 1].getEnd())).matches()) {
                joined.set(last, new opennlp.tools.util.Span(joined.get(last).getStart(), spans[i + 1].getEnd()));
                i++;
                continue;
            }
            if (last >= 0 && i + 1 < spans.length && word.equals(".") && s.getStart() == joined.get(last).getEnd()
                    && INITIALS_WITHOUT_LAST_STOP.matcher(before).matches()) {
                // "J.R. Okonkwo": the tokenizer takes the last stop of the initials for the sentence's, leaving "J.R"; a
                // sentence that ends on initials ("… in the U.S.") keeps its stop
                joined.set(last, new opennlp.tools.util.Span(joined.get(last).getStart(), s.getEnd()));
                continue;
            }
            joined.add(s);
        }
        return joined.size() == spans.length ? spans : joined.toArray(new opennlp.tools.util.Span[0]);
    }

    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final Pattern INITIALS_WITHOUT_LAST_STOP = Pattern.compile("(?:\\p{Lu}\\.){1,2}\\p{Lu}");
    private static final Pattern IN_CAPITALS = Pattern.compile("\\p{Lu}{2,}");
    private static final Pattern NAME_PART = Pattern.compile("\\p{L}{2,8}");
    private static final Pattern NAME_PART_IN_CAPITALS = Pattern.compile("\\p{Lu}{2,8}");
    private static final Pattern HYPHENED_NAME_PART = Pattern.compile("-\\p{L}{2,8}");
    private static final Pattern HYPHENED_NAME_PART_IN_CAPITALS = Pattern.compile("-\\p{Lu}{2,8}");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{Ll}+");

    /**
     * The tagger reads a verb whose form is also a noun as the noun when its subject is a noun
     * ("Each switch cost us two weeks", "The delays hurt them"), which leaves the sentence without
     * a predicate. A noun is never directly followed by an object pronoun, a verb often is.
     * ("her" is left out: it is also a possessive, "the team her lab built".)
     */
    static String[] verbsBeforeObjectPronouns(String[] words, String[] tags) {
        for (int i = 0; i + 1 < words.length; i++) {
            if (tags[i].equals("NOUN") && OBJECT_PRONOUNS.contains(words[i + 1]) && LOWER_CASE_WORD.matcher(words[i]).matches()) {
                tags[i] = "VERB";
            }
        }
        return tags;
    }

    /**
     * The tagger reads a verb of saying that is also a plural noun as the noun after a name ("Ruiz claims
     * the model …", "Okafor argues that …", "Lind notes …"), which leaves the report without its verb. After
     * a name that is not a possessive, and before anything but a verb ("Ruiz claims are …" keeps the noun) or a
     * preposition (a headline's "Chipmaker Verano warns of …" names a subject, it reports no words), it is the verb.
     */
    static String[] sayingVerbsAfterNames(String[] words, String[] tags) {
        for (int i = 1; i + 1 < words.length; i++) {
            if (tags[i].equals("NOUN") && tags[i - 1].equals("PROPN") && SAYING_FORMS.contains(words[i])
                    && !words[i - 1].endsWith("'s") && !words[i - 1].endsWith("\u2019s")
                    && !tags[i + 1].equals("VERB") && !tags[i + 1].equals("AUX") && !tags[i + 1].equals("ADP")) {
                tags[i] = "VERB";
            }
        }
        return tags;
    }

    private static final Set<String> SAYING_FORMS = Set.of("claims", "argues", "notes", "warns", "insists", "states",
            "contends", "maintains", "predicts", "estimates", "reckons", "suggests", "admits", "concedes", "stresses",
            "reports", "counters", "doubts", "fears", "hopes", "worries", "adds", "writes", "says", "thinks", "believes",
            "expects", "forecasts", "cautions", "concludes", "remarks", "observes", "answers", "replies");

    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "us", "him", "them");

    private static String[] fragmentStartsLowered(String[] words) {
        String[] copy = words.clone();
        boolean start = true;
        for (int i = 0; i < copy.length; i++) {
            if (start && CAPITALISED.matcher(copy[i]).matches()) {
                copy[i] = copy[i].toLowerCase(java.util.Locale.ROOT);
            }
            start = copy[i].equals("|") || copy[i].equals(":") || copy[i].equals(";");
        }
        return copy;
    }

    private record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger,
                         Map<String, opennlp.tools.util.Span[]> pieces) {

        Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger) {
            this(sentences, tokenizer, tagger, new HashMap<>());
        }

        /**
         * The tokenizer's spans: it cuts the text at white space and decides the cuts inside each
         * piece from that piece's characters alone, so a piece seen before ("the", "AI’s", "2026.")
         * is cut as it was then, without the model's dozen evaluations per character.
         */
        opennlp.tools.util.Span[] tokenizePos(String text) {
            WhitespaceTokenizer.INSTANCE.setKeepNewLines(false); // as the tokenizer sets it (its default) on each call
            opennlp.tools.util.Span[] whitespace = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
            List<opennlp.tools.util.Span> spans = new ArrayList<>(whitespace.length + 8);
            for (opennlp.tools.util.Span w : whitespace) {
                String piece = text.substring(w.getStart(), w.getEnd());
                opennlp.tools.util.Span[] cuts = pieces.get(piece);
                if (cuts == null) {
                    if (pieces.size() >= MAX_REMEMBERED_PIECES) {
                        pieces.clear();
                    }
                    cuts = tokenizer.tokenizePos(piece);
                    pieces.put(piece, cuts);
                }
                for (opennlp.tools.util.Span c : cuts) {
                    spans.add(new opennlp.tools.util.Span(w.getStart() + c.getStart(), w.getStart() + c.getEnd()));
                }
            }
            return spans.toArray(opennlp.tools.util.Span[]::new);
        }
    }

    /** A few megabytes per thread at most: enough for the vocabulary of many documents. */
    private static final int MAX_REMEMBERED_PIECES = 50_000;
}
