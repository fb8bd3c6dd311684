package io.claimstream.analysis.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.contracts.Span;

/**
 * Questions are not claims, but two kinds of question mark end an assertion: a tag
 * ({@code …, right?}) and a rhetorical question after a dash ({@code Claude Code has already
 * written 95% of its own code—isn't that self-learning?}), whose claim is the part before the dash.
 */
final class Questions {

    private static final Pattern TAG = Pattern.compile(
            "(?is).*,\\s*(right|isn['’]t it|aren['’]t they|no|correct|don['’]t you think|wouldn['’]t you say|true)\\?[”\"]?$");
    private static final Pattern RHETORICAL_AFTER_DASH = Pattern.compile(
            "(?is)(.{25,}?)\\s*[—–]\\s*(isn['’]t|aren['’]t|doesn['’]t|don['’]t|wasn['’]t|won['’]t|right|or not|no)\\b[^—–]*\\?[”\"]?$");

    /**
     * An automatic caption writes a question without its mark ("why can i still not rent a gpu", "is that a china
     * thing or everywhere", "and the export rules, do they change your plans"): a sentence that ends on a word, not
     * on a stop, and opens (after fillers) with a question word or an inverted verb, ends on "or not", asks a
     * tag clause after a comma, or relays somebody's question ("someone asks should …").
     */
    private static final String FILLERS = "(?:(?:uh|um|so|and|but|okay|ok|well|now|right|yeah)[,.]?\\s+)*";
    private static final String INVERTED = "(?:is|are|was|were|do|does|did|can|could|should|would|will|have|has)\\s+"
            + "(?:you|they|we|i|it|that|this|there|he|she|these|those|people|anyone|anybody)\\b";
    private static final Pattern UNMARKED_QUESTION = Pattern.compile("(?is)^" + FILLERS
            + "(?:(?:why|what|how|where|when|who|which)\\b|" + INVERTED + "|(?:is|are|do|does|can|will)\\s.*\\bor not$)"
            + "|.*,\\s*" + INVERTED + ".*|^" + FILLERS + "(?:someone|somebody|a viewer|people) asks?\\b.*");

    /**
     * {@code He noted that most stands showed an agent, and asked which of them would earn money.}: a question told in
     * indirect speech after a comma and "and" is the asker's question, not part of what the first clause reports.
     */
    private static final Pattern ASKED_TAIL = Pattern.compile("(?i),\\s+and\\s+(then\\s+|also\\s+)?(asked|wondered|wanted to know"
            + "|questioned)(\\s+[^,;:\"“]{1,40}?)?\\s+(whether|if|which|how|what|why|when|who|where)\\b[^;:\"“]*$");

    private Questions() {
    }

    /** "That is cheap, isn't it?", "…, right?": a statement put to the other to confirm, by a tag after a comma. */
    static boolean isTagQuestion(String sentence) {
        return TAG.matcher(sentence.strip()).matches();
    }

    /**
     * {@code What changes first: support desks, where errors are cheap}, {@code Why it matters: …}: a question word
     * opening a short label before a colon heads the answer that follows it, as a summary's list items are written.
     */
    private static final Pattern ANSWER_LABEL = Pattern.compile("(?i)^(?:why|what|how|where|when|who|which)\\b[^:?\"“]{1,40}:\\s+\\S");

    /** A question written without its mark, as automatic captions write every question. */
    static boolean isUnmarkedQuestion(String sentence) {
        String s = sentence.strip();
        return !s.isEmpty() && Character.isLetterOrDigit(s.charAt(s.length() - 1)) && UNMARKED_QUESTION.matcher(s).find()
                && !ANSWER_LABEL.matcher(s).find();
    }

    /** The span without a reported question that closes it ("…, and asked how …"), or the span itself. */
    static Span withoutAskedTail(String text, Span span) {
        Matcher m = ASKED_TAIL.matcher(text).region(span.start(), span.end());
        if (!m.find() || m.start() - span.start() < 20) {
            return span;
        }
        return new Span(span.start(), m.start());
    }

    /** What the sentence asserts: all of it, the part before a rhetorical question, or null for a question. */
    static Span assertedPart(String text, Span sentence) {
        String s = TRAILING_EMPHASIS.matcher(sentence.of(text).strip()).replaceAll("");
        if (!(s.endsWith("?") || s.endsWith("?”") || s.endsWith("?\""))) {
            return isUnmarkedQuestion(s) ? null : sentence;
        }
        if (TAG.matcher(s).matches()) {
            return sentence;
        }
        Matcher m = RHETORICAL_AFTER_DASH.matcher(sentence.of(text));
        if (m.matches() && !m.group(1).strip().matches("(?is)^(what|why|how|who|where|when|which|is|are|do|does|"
                + "did|can|could|will|would|should|have|has)\\b.*")) {
            return new Span(sentence.start(), sentence.start() + m.end(1));
        }
        return null;
    }

    private static final Pattern TRAILING_EMPHASIS = Pattern.compile("[*_]+$");
}
