package io.claimstream.analysis.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.analysis.speakers.MentionResolver;
import io.claimstream.analysis.speakers.Person;
import io.claimstream.contracts.Span;

/**
 * Views a sentence ascribes to a person without a verb of saying:
 * <ul>
 *   <li>{@code Brandt has a proposal: scale the audit to revenue.} — what follows the colon is the
 *       proposal, so it is Brandt's;</li>
 *   <li>{@code Her group found that compute costs fell tenfold.} — a finding of the person's own
 *       team or study, reported as theirs;</li>
 *   <li>{@code Wen is a prominent advocate of open-weight releases.} — a stance the text says the person holds.</li>
 * </ul>
 * Both are inferred: the text presents the view as the person's without quoting them saying it.
 */
final class HeldViews {

    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}";
    private static final Pattern PROPOSAL = Pattern.compile("^(?<who>" + NAME + "|He|She)\\s+(?:also\\s+)?"
            + "(?:has|had|offers|offered|makes|made|puts forward|put forward)\\s+(?:a|an|one|his|her|their)\\s+"
            + "(?:own\\s+|simple\\s+|modest\\s+|different\\s+|blunt\\s+)?(?:proposal|suggestion|prescription|remedy|fix"
            + "|solution|idea|plan|recommendation|warning|prediction|forecast|theory|answer|verdict|message)"
            + "(?:\\s+of\\s+(?:his|her|their)\\s+own)?\\s*:\\s+");
    private static final Pattern FINDING = Pattern.compile("^(?<who>His|Her)\\s+(?:own\\s+)?(?:research\\s+)?"
            + "(?:group|team|lab|laboratory|study|studies|research|analysis|survey|firm|institute|model|models|data)\\s+"
            + "(?:has\\s+|have\\s+)?(?:found|finds|find|showed|shown|shows|show|estimated|estimates|estimate|concluded"
            + "|concludes|conclude|measured|calculated|calculates|projects|projected|predicts|predicted)\\s+(?:that\\s+)?");

    /** "Wen is a prominent advocate of open weights", "She has long been a critic of …": a stance the person holds. */
    private static final Pattern STANCE = Pattern.compile("^(?<who>" + NAME + "|He|She)\\s+(?:is|was|has\\s+(?:long\\s+)?been"
            + "|remains|remained)\\s+(?:an?|one\\s+of\\s+the)\\s+(?:(?:most\\s+)?[\\p{Ll}-]+\\s+){0,2}?(?:advocates?|proponents?"
            + "|supporters?|champions?|critics?|opponents?|sceptics?|skeptics?|defenders?)\\s+of\\s+");

    private final MentionResolver resolver;

    HeldViews(MentionResolver resolver) {
        this.resolver = resolver;
    }

    /** The view the sentence ascribes and to whom, or null. */
    Candidate find(String text, Sentence s) {
        String said = s.text(text);
        int lead = said.length() - said.stripLeading().length();
        String body = said.stripLeading();
        for (Pattern p : new Pattern[] {PROPOSAL, FINDING, STANCE}) {
            Matcher m = p.matcher(body);
            if (!m.lookingAt() || m.end() >= body.length() - 10 && p != STANCE) {
                continue;
            }
            String who = m.group("who");
            Person holder = who.matches("He|She|His|Her") ? resolver.pronoun(who.toLowerCase(java.util.Locale.ROOT))
                    : resolver.known(who);
            if (holder == null || !holder.isPerson()) {
                continue;
            }
            int start = s.span().start() + lead;
            // a stance is the whole sentence: what it is for or against is the view
            Span content = p == STANCE ? s.span() : new Span(start + m.end(), s.span().end());
            return new Candidate(s, s.span(), content, holder, false);
        }
        return null;
    }
}
