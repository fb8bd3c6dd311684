package io.claimstream.analysis.claims;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimstream.analysis.sentences.Sentence;
import io.claimstream.contracts.Span;

/**
 * The anonymous sources of a scoop: "…, according to people familiar with the matter.", "…, said the people, who
 * asked not to be identified …", "…, one of the people said.", "People familiar with the plans said …". What they
 * report is a claim of somebody the text will not name, as an unnamed official's is, not the reporter's narration.
 * "The people" and "the person" only count in a text that has said whom they are ("people familiar with …",
 * "asked not to be identified"): elsewhere they are anybody.
 */
final class FamiliarSources {

    /** How a text introduces sources it keeps anonymous. */
    private static final Pattern INTRODUCED = Pattern.compile("(?i)\\b(?:familiar with|briefed on|with (?:direct )?"
            + "knowledge of|asked not to be (?:identified|named)|declined to be (?:identified|named)|spoke on "
            + "(?:the )?condition of anonymity)\\b");

    /** The sources: "people familiar with the matter", "two of the people", "a person briefed on the talks", "the people". */
    private static final String SOURCES = "(?:(?:one|two|three|four|several|some|both|all|each|another|none) of )?"
            + "(?:the |those |these |a |an |other |two |three |several )?(?:people|persons?|sources?)"
            + "(?: (?:familiar with|briefed on|with (?:direct )?knowledge of|close to|involved in)(?: [^,.;:]{1,40}?)?)?";

    /** Said after the report: "…, according to SOURCES", "…, said SOURCES, who …", "…, SOURCES said (earlier this month)." */
    private static final Pattern TRAILING = Pattern.compile("(?i),\\s*(?:according to " + SOURCES + "|said " + SOURCES
            + "|" + SOURCES + " (?:said|say|says|added)(?: [^,.;:]{1,30})?)(?:,[^.]*)?[.!]?[\"”]?\\s*$");

    /** Said before the report: "People familiar with the plans said (that) …". */
    private static final Pattern LEADING = Pattern.compile("(?i)^\\s*" + SOURCES + " (?:said|say|says|told [^,.;:]{1,30}?)"
            + "(?: that)?\\s+");

    /** The text last asked about, and whether it introduces anonymous sources. */
    private String scanned;
    private boolean introduced;

    /** The report an anonymous source makes in the sentence, as a frame of nobody named; empty otherwise. */
    Optional<Frame> in(String text, Sentence sentence) {
        if (!introduces(text)) {
            return Optional.empty();
        }
        String said = sentence.text(text);
        int start = sentence.span().start();
        Matcher trailing = TRAILING.matcher(said);
        if (trailing.find() && trailing.start() > 0) {
            return Optional.of(new Frame(null, false, new Span(start, start + trailing.start()), null, true));
        }
        Matcher leading = LEADING.matcher(said);
        if (leading.find() && leading.end() < said.length()) {
            return Optional.of(new Frame(null, false, new Span(start + leading.end(), sentence.span().end()), null, true));
        }
        return Optional.empty();
    }

    /**
     * Whether the text introduces anonymous sources, read once per text: every sentence asks, and scanning the whole
     * text for each one made a long transcript's analysis quadratic (+440 ms for 60 KB).
     */
    private boolean introduces(String text) {
        if (text != scanned) {
            scanned = text;
            introduced = INTRODUCED.matcher(text).find();
        }
        return introduced;
    }
}
