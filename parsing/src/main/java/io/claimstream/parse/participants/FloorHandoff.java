package io.claimstream.parse.participants;

import io.claimstream.contracts.Paragraph;
import io.claimstream.contracts.Span;
import io.claimstream.contracts.Turn;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker of an unlabelled talk. Keynote captions and talk transcripts name nobody per line:
 * a host opens, hands the floor to a named person ({@code Please welcome Amaka Eze.}, {@code please
 * join me in welcoming …}, {@code it's my pleasure to introduce …}, {@code Ana Ruiz, the stage is
 * yours.}), and that person speaks until the end or until the floor is handed back ({@code Please
 * join me in thanking …}, {@code Thank you, Amaka}). The speech after the hand-off becomes one turn
 * of the person; the host's opening stays narration. The turn's label is the name where the host
 * says it, so the name is kept as written.
 *
 * <p>Where labels name speakers, they decide, with one exception: a labelled host whose paragraph ends
 * by handing the floor to someone else ({@code Chair: … Please welcome Ana Ruiz.}) and whose turn then
 * runs on through unlabelled paragraphs until the next label. Those paragraphs are the talk of the
 * person welcomed, not more of the host's words, and become a turn of that person.
 */
public final class FloorHandoff {

    /** The hand-off is part of the opening: it is looked for in the first part of the text only. */
    private static final int MAX_OPENING = 3000;
    /** Less speech than this after a hand-off is no talk (an announcement, a programme). */
    private static final int MIN_SPEECH = 200;

    private static final String NAME = "(?:(?:Dr\\.?|Prof\\.?|Professor)\\s+)?"
            + "(\\p{Lu}[\\p{L}'\u2019.-]+(?:\\s+(?:(?:de|da|di|du|van|von|der|den|del|la|le|bin|al)\\s+)*\\p{Lu}[\\p{L}'\u2019-]+){1,3})";
    // the phrases are matched in any case, the name only capitalised: (?iu:…) around the phrases alone
    private static final Pattern HANDOFF = Pattern.compile(
            "(?iu:\\b(?:please|let's|let\\s+us)\\s+(?:all\\s+)?(?:join\\s+me\\s+in\\s+)?"
                    + "(?:welcom(?:e|ing)|giv(?:e|ing)\\s+(?:it\\s+up\\s+for|a\\s+(?:big\\s+|warm\\s+)?(?:hand|welcome|round\\s+of\\s+applause)\\s+(?:to|for)))"
                    + "|\\b(?:pleasure|honou?r|privilege|delighted|pleased|thrilled|happy|proud)\\s+to\\s+(?:introduce|welcome|invite|present))"
                    + "\\s+(?iu:(?:back\\s+)?(?:to\\s+the\\s+(?:stage|podium)\\s+)?(?:our\\s+(?:next\\s+|first\\s+|final\\s+|keynote\\s+|opening\\s+)*speaker,?\\s+)?)"
                    + NAME + "(?=\\s*[,.!\\n]|\\s+(?:to\\s+the\\s+(?:stage|podium)|who\\b))");
    /** {@code Ana Ruiz, the stage is yours} / {@code over to you, Ana Ruiz}: the name comes first or last. */
    private static final Pattern FLOOR_IS_YOURS = Pattern.compile(
            "(?:^|[.!?]\\s+|\\n)" + NAME + ",\\s+(?iu:the\\s+(?:floor|stage|podium)\\s+is\\s+yours|over\\s+to\\s+you)\\b"
                    + "|(?iu:\\b(?:over\\s+to\\s+you|take\\s+it\\s+away)),\\s+" + NAME + "(?=\\s*[.!\\n])");
    private static final Pattern HAND_BACK = Pattern.compile(
            "(?iu:\\b(?:join\\s+me\\s+in\\s+thanking|(?:a\\s+)?(?:big\\s+)?(?:round\\s+of\\s+applause|hand)\\s+for|thank\\s+you(?:\\s+(?:so|very)\\s+much)?,))\\s+"
                    + "(?:(?:Dr\\.?|Prof\\.?|Professor)\\s+)?(\\p{Lu}[\\p{L}'\u2019-]+)");

    /** A document's turns and paragraphs, the paragraphs of a found talk assigned to its turn. */
    public record Talk(List<Turn> turns, List<Paragraph> paragraphs) {
    }

    private FloorHandoff() {
    }

    /** The turns and paragraphs with the talk a host hands over; unchanged when there are turns or no hand-off. */
    public static Talk apply(String text, List<Turn> turns, List<Paragraph> paragraphs) {
        if (text.isEmpty()) {
            return new Talk(turns, paragraphs);
        }
        if (!turns.isEmpty()) {
            return splitAtHandoffs(text, turns, paragraphs);
        }
        String opening = text.substring(0, Math.min(text.length(), MAX_OPENING));
        Span name = handedTo(opening);
        if (name == null) {
            return new Talk(turns, paragraphs);
        }
        int start = nextSentence(text, name.end());
        int end = handedBack(text, start, name.of(text));
        if (end - start < MIN_SPEECH) {
            return new Talk(turns, paragraphs);
        }
        Turn talk = new Turn(name.of(text), null, name, new Span(start, end), null, null);
        return new Talk(List.of(talk), assign(paragraphs, talk.span()));
    }

    /**
     * Each labelled turn whose first paragraph closes with a hand-off to another person, followed by at
     * least {@link #MIN_SPEECH} characters of its own unlabelled paragraphs, split in two: the host's
     * paragraph, and the rest as the welcomed person's turn. Later turns' indexes move up accordingly.
     */
    private static Talk splitAtHandoffs(String text, List<Turn> turns, List<Paragraph> paragraphs) {
        List<Turn> outTurns = new ArrayList<>(turns.size() + 1);
        int[] newIndex = new int[turns.size()];
        java.util.Map<Integer, Integer> talkStarts = new java.util.HashMap<>(); // new talk turn index -> first char
        // each turn's first two paragraphs, found in one pass (a pass per turn was quadratic in a long transcript)
        Paragraph[] firsts = new Paragraph[turns.size()];
        Paragraph[] seconds = new Paragraph[turns.size()];
        for (Paragraph p : paragraphs) {
            if (p.turn() < 0 || p.turn() >= turns.size()
                    || p.span().end() <= turns.get(p.turn()).span().start()) {
                // "## Felix Brandt" or a name on its own line: the label's paragraph is no part of what was said
                continue;
            }
            if (firsts[p.turn()] == null) {
                firsts[p.turn()] = p;
            } else if (seconds[p.turn()] == null) {
                seconds[p.turn()] = p;
            }
        }
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            newIndex[i] = outTurns.size();
            Paragraph first = firsts[i];
            Paragraph second = seconds[i];
            Span name = first == null || second == null ? null : closingHandoff(text, first.span());
            if (name == null || turn.span().end() - second.span().start() < MIN_SPEECH
                    || sameWords(name.of(text), turn.speaker())) {
                outTurns.add(turn);
                continue;
            }
            outTurns.add(new Turn(turn.speaker(), turn.role(), turn.label(),
                    new Span(turn.span().start(), Math.max(turn.span().start(), first.span().end())),
                    turn.startMillis(), turn.endMillis()));
            talkStarts.put(outTurns.size(), second.span().start());
            outTurns.add(new Turn(name.of(text), null, name, new Span(second.span().start(), turn.span().end()),
                    null, null));
        }
        if (outTurns.size() == turns.size()) {
            return new Talk(turns, paragraphs);
        }
        List<Paragraph> outParagraphs = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            if (p.turn() < 0 || p.turn() >= turns.size()) {
                outParagraphs.add(p);
                continue;
            }
            int moved = newIndex[p.turn()];
            Integer talkStart = talkStarts.get(moved + 1);
            boolean inTalk = talkStart != null && p.span().start() >= talkStart;
            outParagraphs.add(new Paragraph(p.span(), inTalk ? moved + 1 : moved, p.kind()));
        }
        return new Talk(List.copyOf(outTurns), outParagraphs);
    }

    /** The name a hand-off closing {@code paragraph} gives the floor to, or null. */
    private static Span closingHandoff(String text, Span paragraph) {
        String body = paragraph.of(text);
        Span found = handedTo(body);
        if (found == null || !body.substring(found.end()).matches("(?s)[\\s.!,]*(?:to\\s+the\\s+(?:stage|podium)[\\s.!]*)?")) {
            return null;
        }
        return new Span(paragraph.start() + found.start(), paragraph.start() + found.end());
    }

    private static boolean sameWords(String name, String speaker) {
        return speaker != null && name.strip().equalsIgnoreCase(speaker.strip());
    }

    /** Where the opening names the person it hands the floor to; the first hand-off wins. */
    private static Span handedTo(String opening) {
        Matcher welcome = HANDOFF.matcher(opening);
        Span found = welcome.find() ? new Span(welcome.start(1), welcome.end(1)) : null;
        Matcher yours = FLOOR_IS_YOURS.matcher(opening);
        if (yours.find() && (found == null || yours.start() < found.start())) {
            int group = yours.group(1) != null ? 1 : 2;
            found = new Span(yours.start(group), yours.end(group));
        }
        return found;
    }

    /** The start of the sentence after the one holding {@code from}. */
    private static int nextSentence(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                i++;
                break;
            }
            i++;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where the host takes the floor back (the sentence thanking the speaker by name), else the end. */
    private static int handedBack(String text, int from, String name) {
        String given = name.split("\\s+")[0];
        String family = name.substring(name.lastIndexOf(' ') + 1);
        Matcher back = HAND_BACK.matcher(text);
        back.region(from, text.length());
        while (back.find()) {
            String thanked = back.group(1);
            if (thanked.equalsIgnoreCase(given) || thanked.equalsIgnoreCase(family)) {
                int start = back.start();
                while (start > from && !isSentenceEnd(text, start - 1)) {
                    start--;
                }
                return trimEnd(text, from, start);
            }
        }
        return trimEnd(text, from, text.length());
    }

    private static boolean isSentenceEnd(String text, int at) {
        char c = text.charAt(at);
        return c == '\n' || (c == '.' || c == '!' || c == '?') && at + 1 < text.length()
                && Character.isWhitespace(text.charAt(at + 1));
    }

    private static int trimEnd(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Paragraphs inside the talk become the turn's; one that straddles its start or end is cut there. */
    private static List<Paragraph> assign(List<Paragraph> paragraphs, Span talk) {
        List<Paragraph> out = new ArrayList<>(paragraphs.size() + 2);
        for (Paragraph p : paragraphs) {
            Span span = p.span();
            if (span.end() <= talk.start() || span.start() >= talk.end()) {
                out.add(p);
                continue;
            }
            if (span.start() < talk.start()) {
                out.add(new Paragraph(new Span(span.start(), talk.start()), p.turn(), p.kind()));
            }
            out.add(new Paragraph(new Span(Math.max(span.start(), talk.start()), Math.min(span.end(), talk.end())), 0, p.kind()));
            if (span.end() > talk.end()) {
                out.add(new Paragraph(new Span(talk.end(), span.end()), p.turn(), p.kind()));
            }
        }
        return out;
    }
}
