package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Words a turn passes on from somebody the text names only once: a listener whose letter a host reads out, a
 * colleague whose remark a guest repeats, a person reached after the last answer.
 */
class LettersAndRelayedRemarksTest {

    @Test
    void aLetterReadOutIsTheWritersWhomTheSentenceBeforeNamesByFirstNameOnly() {
        Analyses a = Analyses.of("""
                Host: Lina Park | Guest: Omar Haddad, founder of Tessel Robotics

                LINA PARK: Our first letter is from Joanna in Porto. She writes: "My school dropped its \
                robotics club last year. Was that a mistake?"

                OMAR HADDAD: Joanna, I think it was. Robotics clubs teach debugging better than any course does.

                LINA PARK: The next one comes from Pavel, who runs a small bakery near Brno. He says: "My bakery \
                already uses a scheduling model for its night shifts. Our supplier says every bakery will have one by \
                2030." I think that supplier is far too hopeful.

                OMAR HADDAD: Pavel, that is a better use of a model than most I see.
                """);
        assertThat(a.speakerOf("My school dropped its robotics club")).isEqualTo("Joanna");
        assertThat(a.speakerOf("uses a scheduling model")).isEqualTo("Pavel");
        assertThat(a.speakerOf("every bakery will have one")).isEqualTo("Pavel");
        assertThat(a.speakerOf("far too hopeful")).isEqualTo("Lina Park");
        assertThat(a.speakerOf("Robotics clubs teach debugging")).isEqualTo("Omar Haddad");
        assertThat(a.speakerNames()).contains("Joanna", "Pavel").doesNotContain("Porto", "Brno");
    }

    @Test
    void asHePutItBeforeQuotationMarksGivesTheWordsToHim() {
        Analyses a = Analyses.of("""
                Ravi Kumar: Does your board agree with the plan?
                Mina Soto: Mostly. Our chairman, Victor Lindqvist, is more careful than I am. As he put it at our \
                last retreat, "every robot we ship is a promise we have to keep for ten years." I still think we \
                should ship faster.
                """);
        assertThat(a.speakerOf("every robot we ship")).isEqualTo("Victor Lindqvist");
        assertThat(a.speakerOf("should ship faster")).isEqualTo("Mina Soto");
    }

    @Test
    void asSomeoneSaidWithoutMarksStaysTheSpeakersAgreement() {
        Analyses a = Analyses.of("""
                Ravi Kumar: Is inference getting cheaper?
                Mina Soto: As Victor Lindqvist said last week, inference costs fall by half every year.
                """);
        assertThat(a.speakerOf("inference costs fall by half")).isEqualTo("Mina Soto");
    }

    @Test
    void aColleagueWhoLikesToSaySomethingHoldsIt() {
        Analyses a = Analyses.of("""
                Ravi Kumar: Where does your data come from?
                Mina Soto: Mostly from our own mistakes. Our colleague Mei Tanaka, who leads our safety team, likes \
                to say that "a robot that never stops is a robot nobody trusts." I agree with her.
                """);
        assertThat(a.speakerOf("a robot that never stops")).isEqualTo("Mei Tanaka");
    }

    @Test
    void anInterviewerReportingATitledPersonGivesTheViewToThem() {
        Analyses a = Analyses.of("""
                Ravi Kumar: Welcome, Mina. Your investor, M. Paul Girard, said last month that Tessel would double \
                its staff in 2027. Is that still the plan?

                Mina Soto: Paul is more hopeful than I am. I would say 2028.
                """);
        assertThat(a.speakerOf("would double its staff")).isEqualTo("Paul Girard");
        assertThat(a.speakerOf("I would say 2028")).isEqualTo("Mina Soto");
    }

    @Test
    void narrationAfterTheLastAnswerReportsWhomItNames() {
        Analyses a = Analyses.of("""
                Ravi Kumar: Mr. Girard says robots will pay for themselves. Is he right?

                Mina Soto: No. Our customers need three years at least.

                Ravi Kumar: Thank you.

                Mina Soto: Thank you.

                Reached later by email, Mr. Girard stood by his forecast. « Hospitals are short of porters. Robots \
                will pay for themselves within two years », he said. He added that his company's orders had doubled \
                since the spring.
                """);
        assertThat(a.speakerOf("short of porters")).isEqualTo("Girard");
        assertThat(a.speakerOf("within two years")).isEqualTo("Girard");
        assertThat(a.speakerOf("orders had doubled")).isEqualTo("Girard");
        assertThat(a.speakerOf("three years at least")).isEqualTo("Mina Soto");
    }

    @Test
    void aPersonWhoPushedForSomethingHoldsItWhateverSourceReportsIt() {
        Analyses a = Analyses.of("""
                Vantor is weighing a sale of its sensor unit, according to people familiar with the matter. The \
                company's finance chief, Irene Kowal, has privately pushed to sell the unit before the end of the \
                year, one of the people said.
                """);
        assertThat(a.speakerOf("to sell the unit before the end")).isEqualTo("Irene Kowal");
    }

    @Test
    void aHeadlineOpeningWithAiNamesTheTechnologyNotACompany() {
        Analyses a = Analyses.of("""
                AI will lift margins at mid-sized lenders, says Corbel Labs chief

                Our Bureau | Mumbai

                Corbel Labs, which lends to 40,000 small firms, reported profit of Rs 900 crore for the quarter. \
                AI-driven underwriting now covers 30 per cent of new loans, the company said in a statement.
                """);
        assertThat(a.speakerOf("underwriting now covers")).isEqualTo("Corbel Labs");
        assertThat(a.speakerNames()).doesNotContain("AI");
    }
}
