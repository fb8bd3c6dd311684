package io.claimstream.analysis.sentences;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Turn;

/**
 * A bilingual transcript or article that gives each paragraph twice, first in the language it was said in (Chinese,
 * Japanese, Korean script) and then translated into a Latin-script language, each turn under its label in that script
 * ({@code 苏婉清：…} then {@code Su Wanqing: …}). The document is read through its translation: an original followed by
 * its translation is one statement, said once, and it is the translation that readers query and quote. The label an
 * original turn is spoken under is another way of writing the name of the label its translation is under.
 */
public final class Translations {

    /** Pairs of original and translation needed before the layout is taken to be a bilingual one. */
    private static final int PAIRS_NEEDED = 3;

    private final ParsedDocument readThrough;
    private final Map<String, String> labels;

    private Translations(ParsedDocument readThrough, Map<String, String> labels) {
        this.readThrough = readThrough;
        this.labels = labels;
    }

    /**
     * The document's originals and their translations, when most of its paragraphs in East Asian script are followed
     * by their translation; else the document as it is. A document wholly in one script is never bilingual.
     */
    public static Translations of(ParsedDocument doc) {
        String text = doc.text();
        List<Paragraph> paragraphs = doc.paragraphs();
        boolean[] original = new boolean[paragraphs.size()];
        int originals = 0;
        int translated = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            Script script = scriptOf(spoken(doc, paragraphs.get(p)));
            if (script == Script.EAST_ASIAN) {
                originals++;
                if (p + 1 < paragraphs.size() && scriptOf(spoken(doc, paragraphs.get(p + 1))) == Script.LATIN) {
                    original[p] = true;
                    translated++;
                }
            }
        }
        if (text == null || translated < PAIRS_NEEDED || translated * 5 < originals * 3) {
            return new Translations(doc, Map.of());
        }
        return new Translations(withoutOriginals(doc, original), labelTranslations(doc, original));
    }

    /** The document without the originals of translated paragraphs, and without turns left with nothing to say. */
    public ParsedDocument readThrough() {
        return readThrough;
    }

    /** An original's label ({@code 苏婉清}) to the label its translation is spoken under ({@code Su Wanqing}). */
    public Map<String, String> labels() {
        return labels;
    }

    /**
     * Each label of an original turn to the label of the turn translating it, where it is the same one every time (or
     * nearly): the pairing, not the sound of the names, says who is who, so a name of no known spelling still pairs.
     */
    private static Map<String, String> labelTranslations(ParsedDocument doc, boolean[] original) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        List<Paragraph> paragraphs = doc.paragraphs();
        for (int p = 0; p + 1 < paragraphs.size(); p++) {
            int from = paragraphs.get(p).turn();
            int to = paragraphs.get(p + 1).turn();
            if (!original[p] || from < 0 || to < 0 || from == to || from >= doc.turns().size()
                    || to >= doc.turns().size()) {
                continue;
            }
            String label = name(doc.turns().get(from));
            String translation = name(doc.turns().get(to));
            if (label != null && translation != null && !label.equals(translation)
                    && scriptOf(label) == Script.EAST_ASIAN && scriptOf(translation) == Script.LATIN) {
                votes.computeIfAbsent(label, k -> new HashMap<>()).merge(translation, 1, Integer::sum);
            }
        }
        Map<String, String> labels = new HashMap<>();
        votes.forEach((label, counts) -> {
            int all = counts.values().stream().mapToInt(Integer::intValue).sum();
            counts.entrySet().stream().max(Map.Entry.comparingByValue())
                    .filter(best -> best.getValue() * 4 >= all * 3)
                    .ifPresent(best -> labels.put(label, best.getKey()));
        });
        return labels;
    }

    private static String name(Turn t) {
        return t.speaker() == null || t.speaker().isBlank() ? null : t.speaker().strip();
    }

    private static ParsedDocument withoutOriginals(ParsedDocument doc, boolean[] original) {
        List<Paragraph> paragraphs = doc.paragraphs();
        boolean[] speaking = new boolean[doc.turns().size()];
        for (int p = 0; p < paragraphs.size(); p++) {
            int turn = paragraphs.get(p).turn();
            if (!original[p] && turn >= 0 && turn < speaking.length) {
                speaking[turn] = true;
            }
        }
        int[] renumbered = new int[speaking.length];
        List<Turn> turns = new ArrayList<>();
        for (int t = 0; t < speaking.length; t++) {
            renumbered[t] = speaking[t] ? turns.size() : -1;
            if (speaking[t]) {
                turns.add(doc.turns().get(t));
            }
        }
        List<Paragraph> kept = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            if (!original[p]) {
                int turn = paragraph.turn() >= 0 && paragraph.turn() < renumbered.length ? renumbered[paragraph.turn()] : -1;
                kept.add(new Paragraph(paragraph.span(), turn, paragraph.kind()));
            }
        }
        return new ParsedDocument(doc.schemaVersion(), doc.id(), doc.text(), doc.format(), doc.metadata(),
                doc.sections(), turns, kept, doc.tables(), doc.receivedAt(), doc.submission());
    }

    /** The paragraph's words, without the label of the turn it opens. */
    private static String spoken(ParsedDocument doc, Paragraph paragraph) {
        String text = doc.text();
        if (text == null) {
            return "";
        }
        Span span = paragraph.span();
        int start = Math.max(0, Math.min(span.start(), text.length()));
        int end = Math.max(start, Math.min(span.end(), text.length()));
        if (paragraph.turn() >= 0 && paragraph.turn() < doc.turns().size()) {
            Span label = doc.turns().get(paragraph.turn()).label();
            if (label != null && label.start() >= start && label.end() <= end) {
                start = label.end();
            }
        }
        return text.substring(start, end);
    }

    private enum Script { EAST_ASIAN, LATIN, MIXED }

    /**
     * The script a paragraph is written in: East Asian when most of its letters are Han, kana or Hangul (a Chinese
     * sentence may hold "GPU" or "CEO"), Latin when nearly none are, mixed in between ("发布时间 Published: …").
     */
    private static Script scriptOf(String s) {
        int eastAsian = 0;
        int latin = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
                eastAsian++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        // a Han character carries about as much as a short Latin word: weigh it so
        if (eastAsian > 0 && eastAsian * 3 >= latin) {
            return Script.EAST_ASIAN;
        }
        return latin > 0 && eastAsian * 20 <= latin ? Script.LATIN : Script.MIXED;
    }
}
