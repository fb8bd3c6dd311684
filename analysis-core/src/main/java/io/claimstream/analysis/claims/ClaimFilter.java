package io.claimstream.analysis.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.Deadline;
import io.claimstream.analysis.sentences.BlockKind;
import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.speakers.RoleLabels;
import io.claimstream.analysis.text.Token;
import io.claimstream.contracts.Span;

/**
 * Keeps the candidates that assert something: drops questions (keeping the asserted part of a
 * rhetorical one), greetings, thanks, hand-offs and the like ({@link NonClaims}), and in a
 * paragraph that opens with a greeting, the small talk that follows unless it marks a view.
 */
public final class ClaimFilter {

    private static final Pattern NOTICE_HEAD = Pattern.compile(
            "[*_]*(?<word>\\p{L}[\\p{L}'’]*(?: \\p{L}[\\p{L}'’]*)?)[*_]*\\s*(?:[—–]|--?|:)[*_]*\\s+");

    private static final Pattern USERNAME_LABEL = Pattern.compile(
            "\\s*(?:>\\s*)*[*_]{0,2}(?:u|user)/[\\w-]{2,40}[*_]{0,2}\\s*[:：]");

    private static final Pattern ADDRESSEE = Pattern.compile(
            "^(?:[^.?!;:\"“]{0,40}?[\\s,])?(You|Your|you|your)\\b(?!.*\\b(should|must|need|needs|have to|has to|can|can['’]t|cannot|could|will|won['’]t"
            + "|would|might|may)\\b).*");

    private static final Pattern SPONSOR = Pattern.compile(
            "(?i).*\\b(brought to you by|(a )?word from (our|this (week|episode)['’]s) sponsors?"
            + "|thanks to our sponsors?|(this|today['’]s) (episode|show|podcast|newsletter|issue) is (supported|sponsored|made possible)"
            + " by|use (the )?(promo |discount )?code \\p{Lu}+\\d*)\\b.*");

    private final NonClaims nonClaims;

    public ClaimFilter(NonClaims nonClaims) {
        this.nonClaims = nonClaims;
    }

    public List<Candidate> keep(String text, List<Candidate> candidates, List<Sentence> sentences) {
        return keep(text, candidates, sentences, Deadline.NONE);
    }

    public List<Candidate> keep(String text, List<Candidate> candidates, List<Sentence> sentences, Deadline deadline) {
        Set<Integer> greetingBlocks = new HashSet<>();
        for (Sentence s : sentences) {
            if (s.first() && s.block().inTurn() && NonClaims.isGreeting(s.text(text))) {
                greetingBlocks.add(s.block().index());
            }
        }
        Set<Integer> setUps = questionSetUps(text, sentences);
        Set<Integer> adverts = sponsorReads(text, sentences);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            deadline.check("filtering claims");
            if (setUps.contains(c.sentence().index()) || adverts.contains(c.sentence().block().index())
                    || opensWithUsername(text, c.sentence().block().span())) {
                continue;
            }
            Span questionPart = Questions.assertedPart(text, c.span());
            if (questionPart == null) {
                continue;
            }
            if (declaresAnInterest(text, afterThreadNumber(text, questionPart))) {
                continue;
            }
            Span asserted = afterNoticeWord(text, afterThreadNumber(text, questionPart));
            String said = asserted.of(text);
            List<Token> tokens = within(c.sentence().tokens(), asserted);
            BlockKind kind = c.sentence().block().kind();
            boolean fragment = kind == BlockKind.TABLE_ROW || kind == BlockKind.BULLET;
            boolean reported = c.explicit() && !c.sentence().block().inTurn() && !c.content().equals(c.span());
            if (nonClaims.reason(said, tokens, c.speaker(), fragment, reported) != null) {
                continue;
            }
            if (greetingBlocks.contains(c.sentence().block().index()) && !NonClaims.marksAView(said)
                    && !substantial(tokens)) {
                continue;
            }
            Span content = questionPart.equals(c.span()) ? c.content() : questionPart;
            if (content.start() < asserted.start()) {
                content = new Span(asserted.start(), Math.max(asserted.start(), content.end()));
            }
            kept.add(new Candidate(c.sentence(), asserted, content, c.speaker(), c.explicit()));
        }
        return kept;
    }

    /**
     * {@code 2/ Our compiler will …}: a thread's numbering says where the post sits in the thread, so the claim
     * starts after it; the span stays exact offsets into the document text.
     */
    static Span afterThreadNumber(String text, Span span) {
        Matcher m = NonClaims.THREAD_NUMBER.matcher(text).region(span.start(), span.end());
        return m.lookingAt() && m.end() < span.end() ? new Span(m.end(), span.end()) : span;
    }

    /**
     * {@code Disclosure: I advise one of the labs.}: the speaker's interest, declared so that readers weigh the claims
     * around it, is no claim of its own (where {@code Note:} only heads one).
     */
    static boolean declaresAnInterest(String text, Span span) {
        Matcher m = NOTICE_HEAD.matcher(text).region(span.start(), span.end());
        return m.lookingAt() && DISCLOSURE_WORDS.contains(m.group("word").toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> DISCLOSURE_WORDS = Set.of("disclosure", "full disclosure", "disclaimer");

    /**
     * {@code Update — the company said …}, {@code Note: …}: the word that heads a notice says what kind of line
     * it is, so the claim starts after the word and its dash; a line with a time ({@code Update, 3:05 p.m. —})
     * loses its stamp already when it is split into sentences.
     */
    static Span afterNoticeWord(String text, Span span) {
        Matcher m = NOTICE_HEAD.matcher(text).region(span.start(), span.end());
        return m.lookingAt() && m.end() < span.end()
                && RoleLabels.isNoteLabel(m.group("word"))
                ? new Span(m.end(), span.end()) : span;
    }

    /**
     * {@code > **u/someone:** ok but when …}: in a recap of a Reddit AMA, a line a username labels is what a reader
     * asked the guest, with or without a question mark, whoever's turn the parser ran it into; it is never the
     * guest's claim.
     */
    static boolean opensWithUsername(String text, Span block) {
        return USERNAME_LABEL.matcher(text).region(block.start(), block.end()).lookingAt();
    }

    /**
     * {@code You spoke at the forum last week. What was the mood there?}, {@code Last week your company raised
     * $2 billion. What will you do with it?}: in a turn, what the speaker tells the other about themselves right
     * before asking them is the question's premise, not a claim of the asker, also after a short opening phrase
     * of time or place. Advice to "you" ("You should …") and the asker's marked view ("I think you are wrong")
     * stay claims; the modal is matched in lower case so that a month ("in May") is not taken for one.
     */
    private static Set<Integer> questionSetUps(String text, List<Sentence> sentences) {
        Set<Integer> setUps = new HashSet<>();
        for (int i = 0; i + 1 < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Sentence next = sentences.get(i + 1);
            if (s.block().inTurn() && next.block().turn() == s.block().turn() && next.isQuestion(text)
                    && !s.isQuestion(text) && ADDRESSEE.matcher(s.text(text).strip()).matches()
                    && !NonClaims.marksAView(s.text(text))) {
                setUps.add(s.index());
            }
        }
        return setUps;
    }

    /**
     * Paragraphs read for a sponsor ("This episode is brought to you by …", "A word from our sponsor."):
     * every sentence of such a paragraph is advertising copy read out, whoever's turn it sits in, so the
     * product's praise in it ("X rents GPUs by the minute") is nobody's claim.
     */
    private static Set<Integer> sponsorReads(String text, List<Sentence> sentences) {
        Set<Integer> blocks = new HashSet<>();
        for (Sentence s : sentences) {
            if (SPONSOR.matcher(s.text(text)).matches()) {
                blocks.add(s.block().index());
            }
        }
        return blocks;
    }

    /**
     * A sentence after a greeting that carries a figure or a long assertion of its own is past the
     * small talk: a talk that opens with "Hi everyone" goes straight on to its first claim.
     */
    private static boolean substantial(List<Token> tokens) {
        long words = tokens.stream().filter(Token::isWord).count();
        return tokens.stream().anyMatch(t -> t.is("NUM")) || words >= 14;
    }

    public static List<Token> within(List<Token> tokens, Span span) {
        List<Token> inside = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() >= span.start() && t.end() <= span.end()) {
                inside.add(t);
            }
        }
        return inside;
    }
}
