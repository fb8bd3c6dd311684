package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a translated panel, a subtitled video and the newsletter around them say between their claims: the speaker
 * announcing the kind of answer coming or taking the question, the chair naming the next part of the session and its
 * rules, the line breaking up, how a remark was meant, the newsletter telling who sat on the stage and where the news
 * came, its notes on names and its call to subscribe, the video's caption credits and clip cues, a view of nobody in
 * particular put to the guest as a question, the speakers' own stories (where a rule was learned, what they thought
 * coming in, what the one asking does), a greeting in the host country's language, the language chosen for an answer, a
 * hand seen in the room, the next programme and the letters that follow.
 */
class PanelHandOffsAndSubtitleNotesTest {

    private final NonClaimReasons reasons = new NonClaimReasons();

    private String reason(String sentence) {
        return reasons.of(sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // what the speaker is about to say, announced
            "I will give you the short version.", "Let me tell you the optimistic answer first.",
            "I want to add something that is slightly uncomfortable.", "Let me confess something embarrassing.",
            "I'll take that one, since it is my area.", "I can answer, because I was in the room.",
            // the chair naming the next part of the session, or its rules
            "One last difficult question before the break.", "Now the hard part.",
            "One word, one number each, no hedging.",
            "Before the odds, I want all of you to tell me which market moves first.",
            // the panel about itself and the line
            "I'm the person on this stage whose company sells the chips.", "I'll be the dull one on this panel.",
            "That is exactly why the organisers invited me.", "I'm only half kidding.",
            "Sorry, the connection in Nairobi keeps dropping tonight.",
            // reactions to what was just said
            "That's lower than I guessed.", "That is the most candid forecast I have heard all year.",
            // the newsletter's narration and notes
            "On the panel were Ada Kim, who runs Lumen, and Ben Ode of Ferrant.",
            "The biggest surprise came near the end of the session.",
            "A note on spelling: Korean names below keep the family name first.", "The two Parks are not related.",
            "A few moments stood out to me, watching the recording again.",
            "The Harbour Summit in Busan, organised this year by the city and three of its universities, closed with its"
                    + " annual founders' dinner.",
            "To get every issue and support the writing, consider becoming a paid subscriber.",
            // the video's captions and cues
            "English subtitles were produced by volunteers and reviewed by the editors; the Korean is the original.",
            "(End card) If you liked this video, please like, subscribe and share it.",
            "We spoke to Ada Kim last spring; here is a clip of what she said then.",
            // the speaker's own story, bounds and errands
            "I know the snacks are calling, so we will keep everyone on time.", "Beyond 2030, honestly, I don't know.",
            "I came into this session thinking the hard part was the hardware.",
            "I learned that habit from my first manager.", "I run a small design studio in Porto.",
            // a guest greeting the room in its language, choosing a language, praising the question, minding listeners
            "Bonjour, everyone, and that is all the French I have.",
            "If you don't mind, in Japanese, since the question came in Japanese.",
            "Ha, good question, I walked right into that one.", "I hope my board is not watching this.",
            // the chair seeing a hand, the next programme, the letters that follow
            "I said two questions, but the gentleman by the door has been waving for five minutes.",
            "“Market Hour” starts right now.", "A selection of your letters follows, with the columnist's answer at the end."})
    void claimsNothing(String sentence) {
        assertThat(reason(sentence)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I will give you the number: inference prices fall by half next year.",
            "I want to add that robots will take over warehouse picking by 2030.",
            "Prices are lower than the vendors expected, and they will keep falling.",
            "It is cheaper than renting a cluster for a year.",
            "That is the most expensive chip anyone has shipped.",
            "The connection between chips and power will define the next decade.",
            "On the panel's main question, the answer is that open weights will win.",
            "The biggest surprise of the year was how fast prices fell.",
            "Ada Kim, co-founder of Lumen Robotics, expects prices to halve by 2028.",
            "Most subtitles are generated by machines now, and the quality is good enough.",
            "Startups that become paid subscribers of cloud credits grow faster.",
            "The two Parks are now the largest shareholders of the company.",
            "I learned that prices fall when volumes rise.", "I run a company that will double its revenue next year.",
            "Beyond 2030, the market will consolidate around three vendors.",
            "In English-speaking markets, prices will fall first.", "I hope my investors will back the next round.",
            "Production starts now.", "A selection of chips follows the same design rules."})
    void staysAClaim(String sentence) {
        assertThat(reason(sentence)).isNull();
    }

    @Test
    void aGuestPresentedByNameAndRoleWithoutAVerbIsNoClaim() {
        Analyses a = Analyses.of("""
                Guest: Ada Kim, co-founder and chief executive of Lumen Robotics. Host: Ben Ode.

                Ben Ode: Welcome to the show. Will warehouse robots get cheaper?
                Ada Kim: Yes. Warehouse robots will cost half as much by 2028, because the arms are now made in volume.
                """);
        assertThat(a.claimWith("co-founder and chief executive")).isEmpty();
        assertThat(a.claimWith("cost half as much by 2028")).isPresent();
    }

    @Test
    void aViewOfNobodyInParticularPutAsAQuestionIsTheQuestionsPremise() {
        Analyses a = Analyses.of("""
                Host: A common view is that robots will empty the warehouses within five years. What do you make of it?
                Ada Kim: I disagree. Robots will take the dull jobs first, and warehouse headcount will stay flat until 2030.
                Host: And the factories?
                Ada Kim: Factories will automate faster, because their tasks repeat.
                """);
        assertThat(a.claimWith("robots will empty the warehouses")).isEmpty();
        assertThat(a.claimWith("warehouse headcount will stay flat")).isPresent();
    }
}
