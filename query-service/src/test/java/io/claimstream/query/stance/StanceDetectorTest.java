package io.claimstream.query.stance;

import io.claimstream.query.view.SpeakerRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The stance mechanism on sentences written for it, against two questions of different shape. */
class StanceDetectorTest {

    /** A two-sided question: a rival's success answers no. */
    static final StanceQuestion LEAD = new StanceQuestion("north-leads", "north-vs-south", "Can Northland lead in robotics?",
            List.of("Northland", "Northern labs", "Northern"), List.of("Southland", "SL"),
            List.of("lead", "ahead", "catch up", "close the gap", "overtake", "win"),
            List.of("behind", "lag", "fall behind", "trail", "held back"));

    /** A one-sided question with no subject list: every claim of the topic is about it. */
    static final StanceQuestion PLATEAU = new StanceQuestion("scaling-pays", "scaling", "Does scaling still pay off?",
            List.of(), List.of(), List.of("pay off", "keep improving", "still works"),
            List.of("plateau", "hit a wall", "diminishing returns"));

    private final StanceDetector lead = new StanceDetector(LEAD);
    private final StanceDetector plateau = new StanceDetector(PLATEAU);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Northland will lead the field within five years.                          | SUPPORT
            Northern labs are closing the gap quickly.                                | SUPPORT
            Northland will never catch up.                                            | OPPOSE
            Northland won't catch up with Southland.                                  | OPPOSE
            Northland is still behind Southland in chips.                             | OPPOSE
            Southland is behind Northland now.                                        | SUPPORT
            Southland stays ahead for the foreseeable future.                         | OPPOSE
            The SL labs will win this race.                                           | OPPOSE
            I doubt that Northland can lead anytime soon.                             | OPPOSE
            There is no doubt that Northland will lead.                               | SUPPORT
            Northland is no longer behind.                                            | SUPPORT
            Although Northland lags in chips, its labs will overtake Southland.       | SUPPORT
            Northland leads in talent, but it is held back by compute.                | OPPOSE
            Northland might lead in some areas.                                       | SUPPORT
            Robots are getting cheaper every year.                                    | NEUTRAL
            Northland has many robotics companies.                                    | NEUTRAL
            Southland leads in chips and Northland leads in deployment.               | NEUTRAL
            """)
    void readsTheAnswerToATwoSidedQuestion(String claim, Stance expected) {
        assertThat(lead.read(claim).stance()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Scaling will keep improving models for years.                     | SUPPORT
            Pre-training has hit a wall.                                      | OPPOSE
            We are not seeing diminishing returns yet.                        | SUPPORT
            Bigger models still work, but the returns plateau.                | OPPOSE
            Will scaling pay off?                                             | SUPPORT
            The team shipped a new release.                                   | NEUTRAL
            """)
    void readsTheAnswerToAQuestionWithoutSubject(String claim, Stance expected) {
        assertThat(plateau.read(claim).stance()).isEqualTo(expected);
    }

    @Test
    void hedgesWeakenAndTheCuesExplainTheReading() {
        ClaimStance firm = lead.read("Northland will lead.");
        ClaimStance hedged = lead.read("Northland might lead.");
        assertThat(hedged.score()).isLessThan(firm.score()).isPositive();
        assertThat(lead.read("Northland will never catch up with Southland.").cues()).containsExactly("not catch up");
        assertThat(lead.read("Southland stays ahead.").cues()).containsExactly("ahead (rival)");
        assertThat(lead.read("The U.S. mood is fine. Northland will lead.").stance()).isEqualTo(Stance.SUPPORT);
    }

    @Test
    void capitalsOnlyTermsAreNotOrdinaryWords() {
        StanceQuestion pronoun = new StanceQuestion("q", "t", "?", List.of("Northland"), List.of("US"),
                List.of("lead"), List.of());
        StanceDetector detector = new StanceDetector(pronoun);
        assertThat(detector.read("Let us lead.").stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(detector.read("The US will lead, not Northland.").stance()).isEqualTo(Stance.OPPOSE);
    }

    @Test
    void speakersFallIntoAgreeingAndDisagreeingCamps() {
        Camps camps = new Camps(lead);
        SpeakerRef ann = new SpeakerRef("ann", "Ann");
        SpeakerRef bob = new SpeakerRef("bob", "Bob");
        SpeakerRef cy = new SpeakerRef("cy", "Cy");
        SpeakerRef dee = new SpeakerRef("dee", "Dee");
        camps.add(ann, "Northland will lead.");
        camps.add(ann, "Northern labs are closing the gap.");
        camps.add(ann, "Robots are cheap.");
        camps.add(bob, "Northland will never catch up.");
        camps.add(cy, "Northland will lead.");
        camps.add(cy, "Northland is behind.");
        camps.add(dee, "Robots are cheap.");
        camps.add(null, "Northland will lead.");
        Camps.Result result = camps.result();
        assertThat(result.agreeing()).extracting(s -> s.speaker().id()).containsExactly("ann");
        assertThat(result.agreeing().get(0).agreement()).isEqualTo(1.0);
        assertThat(result.disagreeing()).extracting(s -> s.speaker().id()).containsExactly("bob");
        assertThat(result.mixed()).extracting(s -> s.speaker().id()).containsExactly("cy");
        assertThat(result.silent()).isEqualTo(1);
        assertThat(result.claimsRead()).isEqualTo(8);
        assertThat(result.claimsTakingSides()).isEqualTo(6);
    }
}
