package io.claimstream.analysis.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.claimstream.analysis.text.Nlp;
import io.claimstream.analysis.text.NlpModels;
import io.claimstream.contracts.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The modals of the speaker's own saying ("I won't pretend", "I should be honest", "what I will say is", "I'd still
 * say") neither forecast nor advise; "project" the noun looks nowhere ahead; a condition that ends in a colon leads in to
 * the advice after it as one ending in a comma does; a verb whose object is a clause of "who" or "what" ("check what the
 * vendor has measured") opens advice, the clause's verb being no sign of a subject before it.
 */
class SpeechActsAndNounsTest {

    private static final Nlp NLP = new Nlp(NlpModels.load());
    private static final ClaimTypeClassifier TYPES = new ClaimTypeClassifier(NLP);

    private static String contentType(String content) {
        return TYPES.classify(content, NLP.tokens(content, new Span(0, content.length()), true),
                new ClaimTypeClassifier.Context(null, List.of(), 2026), false).wireName();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Memory is where we trail, and I won't pretend otherwise.|opinion",
            "We are not going to pretend the costs are zero.|opinion",
            "What I will say is that the budget is not the limit.|opinion",
            "I agree with her, and I'll give you the reason.|opinion",
            "I should be honest about that: our margins are thin.|opinion",
            "I should add that our backlog has doubled.|fact",
            // what the speaker says after the frame keeps its own future
            "I won't pretend the rollout will be smooth.|prediction",
            "We won't raise prices next year.|prediction"})
    void theSpeakersOwnSayingForecastsAndAdvisesNothing(String sentence, String type) {
        assertThat(contentType(sentence)).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I'd still say the memory comes first.|opinion",
            // an adverb before a verb of doing leaves the advice as it was
            "I'd still buy the cheaper card.|recommendation"})
    void anAdverbAfterWouldDoesNotHideAVerbOfSaying(String sentence, String type) {
        assertThat(contentType(sentence)).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Almost every project this year was written in Rust.|fact",
            "We project that revenue will double this year.|prediction"})
    void projectTheNounLooksNowhereAhead(String sentence, String type) {
        assertThat(contentType(sentence)).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "If you are a graduate choosing a job: learn to sell.|recommendation",
            "If you run a small lab: buy time on a shared cluster.|recommendation"})
    void aConditionEndingInAColonLeadsInToAdvice(String sentence, String type) {
        assertThat(contentType(sentence)).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Check what the vendor has measured.|recommendation",
            "If you are a graduate choosing a job: go where the data is.|recommendation",
            // a noun before the clause is its antecedent, and the verb after it the sentence's own
            "Teams who measure their agents ship fewer bugs.|opinion"})
    void aVerbWhoseObjectIsAClauseOfWhoOrWhatIsStillAnImperative(String sentence, String type) {
        assertThat(contentType(sentence)).isEqualTo(type);
    }
}
