package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a panel says between its claims that the late sets found kept: the chair marking where the talk has got to and
 * announcing the next question by its subject, the time before the floor's questions and where the recording will be,
 * a question refused, the name a person goes by, the call's picture freezing, a side taken on the last sentence told
 * without its words, the notes a translated transcript keeps on how it was made, the chair's reaction to an answer, who
 * moderates and what the session will ask, a guest's present post beside the one left, and a panellist's words put back
 * to the room before a question; beside each, sentences of the same shape that say something and stay claims.
 */
class ChairsStepsAndRefusalsTest {

    private final NonClaimReasons reasons = new NonClaimReasons();

    @ParameterizedTest
    @ValueSource(strings = {
            // where the talk has got to
            "That is a natural place to stop.", "Okay, that is a fitting note to end on.",
            "That's a good bridge to the final question.", "This is a good place to start.",
            // the next question announced by its subject
            "Before pricing, one more question on chips, because Ms. Rao mentioned export rules.",
            "Before the odds, one last topic that everyone in the hallway has been talking about: open weights.",
            "Speaking of robots, this is the question I wanted to ask Dr. Oyelaran.",
            "I want to stay on hiring for one more minute, because the students in the audience asked me to.",
            "Let me press on the gap with Europe, because half the room came to hear about it.",
            // the floor's time and the recording
            "We have about twenty minutes for questions.", "We'll talk for about half an hour and then take your questions.",
            "There are microphones at the end of each row.", "The video will be on our website tomorrow.",
            // a question refused
            "As you know, I can't tell you that.", "It ships when it ships; I can't say more yet.",
            "We do not give dates for models we are still training.",
            "What we pay for power is between us and our landlord.",
            // the name a person goes by
            "Her colleagues call her Mimi.", "Everyone at Northgate calls him Tosh.",
            "And please, everyone, Kofi is fine; only my aunt calls me Kwabena.",
            // the call itself
            "The video on my side is frozen, but I can hear everyone.", "If the screen freezes, just carry on without me.",
            // a side taken, its words told elsewhere
            "Dr. Mensah agreed on cost but not on speed.", "Lars, predictably, disagreed with the last point.",
            // how the translated transcript was made and where its other versions are
            "The translation below was produced with a machine tool and corrected by me.",
            "The original Korean transcript was published by the organisers on their blog.",
            "The second half of the transcript was copied from the hosts' notes, typos and all.",
            "Finally, a note on names: Park Jiwoo appears as June because that is what the panel called her.",
            "There is a video recording of the original panel (in Korean) on Naver TV: https://tv.example.com/v/123",
            "Last year's session was recorded for the podcast Inference Hour and later released as a transcript.",
            "This article is from the official account of Frontier Notes, author: Wu Lan.",
            "Thanks to the university for hosting, and to everyone for staying so late.",
            "Hi everyone, I'm Tomas Berg, from Halden Robotics, where I lead the perception group.",
            // the chair's reaction to an answer
            "That is the most hopeful thing anyone has said about regulation today.",
            "That is a practical suggestion, and I hope the ministry people in the room heard it.",
            "That is a bit sobering for the founders here.",
            // the floor, who moderates, what the session will ask
            "Let me take one from the online audience while the mic comes over.",
            "Today's session will ask whether open models can pay for themselves, and who pays if they cannot.",
            "My colleague Priya Nair will moderate.",
            "I want to stay on energy for one more minute, because the engineers in the room will not forgive me otherwise.",
            // who a guest is: the post now beside the one left, who chaired
            "Tomas Berg is a partner at Halden Capital and, until March, was chief economist at the central bank.",
            "He ran chip procurement at Orbis until last year and is now at the Kestrel Institute.",
            "The moderator was Lin Qiao, who runs the newsletter Long Run and worked at two of the labs on stage.",
            // what the speaker's own people say, pointing back; a remark held to because it was said on the record
            "Half of my engineers say the same thing.", "That is exactly what my board says about her.",
            "My students would say lower.", "Well, now it's on the record, so it's a promise.",
            "I'll remind him it was a public promise.",
    })
    void runTheSessionOrSayNothingOfTheSubject(String sentence) {
        assertThat(reasons.of(sentence)).as(sentence).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Shenzhen is a good place to start a hardware company.",
            "That is a good bridge to nowhere, because the grid cannot carry the load.",
            "Another question is whether inference prices fall again next year.",
            "Another topic that matters more than chips is the power grid.",
            "Let me push on pricing, because prices will fall by half next year.",
            "We have about twenty engineers working on the compiler.",
            "The video models will be on our website next month.",
            "I can't tell you how much cheaper inference got last year.",
            "Revenue doubled last year, and I can say more about margins later.",
            "Critics call him reckless.", "Analysts call it the biggest bubble since 2000.",
            "The demand is fine; supply is the problem.",
            "The picture on export controls is bleak for every lab in China.",
            "Dr. Mensah agreed that costs would fall by half.",
            "The translation model was produced by a team of twelve and beats every rival on our benchmark.",
            "There is a version of the chip for China with less memory bandwidth.",
            "Thanks to cheaper chips for inference, startups can now afford to serve long contexts.",
            "Hi everyone, I'm Tomas Berg, and I think humanoid robots will be in every warehouse by 2030.",
            "That is the most expensive model anyone has trained.",
            "That is a practical proposal, and it would cut the cost of inference by half.",
            "Today's models will ask for more memory than any phone has.",
            "Let me take one example from the warehouse floor: picking errors fell by half.",
            "He ran the lab until 2024 and is now convinced that robots are a bubble.",
            "The moderator was wrong about the numbers.",
            "My engineers say the new chip is six months late.",
            "That is exactly what my investors want: profits by 2027.",
            "It is on the record that prices fell by half in 2025.",
    })
    void stayClaims(String sentence) {
        assertThat(reasons.of(sentence)).as(sentence).isNull();
    }

    private static Analyses panel(String hostsQuestion) {
        return Analyses.of("""
                Host: Welcome, Ana Ruiz of Kelp and Ben Ode of Ferrant.
                Ana Ruiz: The arms are commodities now, so warehouse robots will be cheap by 2028.
                Host: %s
                Ben Ode: No. The software is the expensive part, and it is getting dearer.
                """.formatted(hostsQuestion));
    }

    @Test
    void aPanellistsWordsPutBackBeforeAQuestionAreItsPremise() {
        Analyses a = panel("Ana Ruiz said the robots will get cheap within two years. Ben, do you buy that?");
        assertThat(a.claimWith("get cheap within two years")).isEmpty();
        assertThat(a.speakerOf("warehouse robots will be cheap by 2028")).isEqualTo("Ana Ruiz");
    }

    @Test
    void wordsOfAVoiceNotHeardYetPutBeforeAQuestionStayTheirs() {
        Analyses a = Analyses.of("""
                Host: Welcome, Ben Ode of Ferrant.
                Ben Ode: Thank you for having me.
                Host: Your co-founder Ana Ruiz said in an earlier interview that the robots will get cheap within two years. \
                Do you agree?
                Ben Ode: Mostly. The arms are cheap already, but the software is getting dearer.
                Host: We spoke to Ana Ruiz last week; here is what she said.
                Ana Ruiz: The arms are commodities now, so warehouse robots will be cheap by 2028.
                """);
        assertThat(a.speakerOf("get cheap within two years")).isEqualTo("Ana Ruiz");
    }

    @Test
    void anOutsidersWordsPutBeforeAQuestionStayTheirs() {
        Analyses a = panel("Dana Okafor of Lumen said last week that the robots will get cheap within two years. Ben, do you"
                + " buy that?");
        assertThat(a.speakerOf("get cheap within two years")).isEqualTo("Dana Okafor");
    }
}
