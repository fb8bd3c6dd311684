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

    private Questions() {
    }

    /** What the sentence asserts: all of it, the part before a rhetorical question, or null for a question. */
    static Span assertedPart(String text, Span sentence) {
        String s = sentence.of(text).strip().replaceAll("[*_]+$", "");
        if (!(s.endsWith("?") || s.endsWith("?”") || s.endsWith("?\""))) {
            return sentence;
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
}
