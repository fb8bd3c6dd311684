package io.claimstream.analysis.claims;

import java.util.regex.Pattern;

/**
 * The set phrases of a court filing that plead nothing about the world: the caption's "on behalf of all others
 * similarly situated", the pleading's basis ("upon information and belief"), jurisdiction and venue, defined terms
 * ("collectively referred to herein as"), "repeats and realleges", the prayer ("WHEREFORE, Plaintiff prays"), the
 * signature block and "(Emphasis added.)", and the certificate under a transcript ("I, …, notary public …, do hereby
 * certify that …"). Such words are the form every filing takes, whoever files it and whatever
 * it is about, so they are read in any document.
 */
final class LegalBoilerplate {

    private static final Pattern FORM = Pattern.compile("(?i)(?:\\bon behalf of all others similarly situated\\b"
            + "|\\b(?:upon|on) information and belief\\b|\\balleges the following\\b"
            + "|\\brepeats,? (?:and )?re-?alleges\\b|\\bincorporates by reference (?:each|all|the) (?:and every )?(?:allegations?|paragraphs?)\\b"
            + "|^venue is proper\\b|\\b(?:this|the) court has (?:subject[- ]matter |personal |original )?jurisdiction\\b"
            + "|\\b(?:claims|causes of action) (?:asserted|alleged) herein arise under\\b"
            + "|\\b(?:are|is) (?:collectively |hereinafter )?referred to (?:herein |hereinafter )?as\\b"
            + "|^wherefore\\b|^dated:|^respectfully submitted\\b|^/s/|^(?:case|civil action) no\\.|^jury trial demanded\\b"
            + "|^demand for jury trial\\b|^\\(?emphasis (?:added|supplied|in original)\\.?\\)?\\.?$"
            + "|\\bbrings? this action (?:as a class action|on behalf of)\\b"
            + "|^this is an? (?:federal )?(?:securities )?class action (?:on behalf of|brought)\\b"
            // a transcript's certificate: "I, Ana Ruiz, notary public …, do hereby certify that the foregoing …"
            + "|\\b(?:do|does) hereby certify\\b|^(?:this is to )?certify that the (?:foregoing|forgoing|above|preceding)\\b)");

    private LegalBoilerplate() {
    }

    /** Whether the sentence, a paragraph's number aside, is one of the set phrases of a filing. */
    static boolean isBoilerplate(String sentence) {
        return FORM.matcher(sentence.strip().replaceFirst("^\\d{1,3}\\.\\s+", "")).find();
    }
}
