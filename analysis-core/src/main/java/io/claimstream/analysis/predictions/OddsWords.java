package io.claimstream.analysis.predictions;

import java.util.Set;

/**
 * The nouns that name how likely something is ("the chance that …", "put the odds at …", "a 30% probability"). One
 * list, because the readers that find odds asked, given, proposed or named must agree on what odds are.
 */
public final class OddsWords {

    public static final Set<String> NOUNS = Set.of("chance", "chances", "probability", "odds", "likelihood");

    /** The nouns as a regular-expression alternation, for patterns that read them among other words. */
    public static final String NOUN_ALTERNATION = String.join("|", NOUNS.stream().sorted().toList());

    private OddsWords() {
    }
}
