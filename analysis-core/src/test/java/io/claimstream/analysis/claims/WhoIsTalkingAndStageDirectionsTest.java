package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * Lines that say who is talking or what the scene does, not anything about the world: a speaker's own job told after
 * their greeting (whatever figure it carries), a host presenting the next speaker before the welcome, a guest addressed
 * by a name the text has not given yet, and a script's or an export's lower-case parenthesis. Near misses stay claims.
 */
class WhoIsTalkingAndStageDirectionsTest {

    @Test
    void theSpeakersOwnJobAfterTheGreetingSaysWhoIsTalking() {
        Analyses a = Analyses.of("""
                Ria Moss: Welcome, everyone. Let me ask our guests to introduce themselves. Dr. Lund?

                Ivo Lund: Thank you, Ria. Good morning. I teach at Delft and run a group of about twenty students. What worries me most is that evaluation lags behind training by years, and nobody funds it.

                Ria Moss: Tomas?

                Tomas Berg: Hi, everyone. I cover European chip makers from our Munich office, so I'm the outsider on this panel today. My view is that memory, not logic, is the constraint.

                Ria Moss: Nell?

                Nell Aho: Hello. I run a lab of about forty people, and we spend half our budget on memory. I teach at Turku and I think evaluation is the real bottleneck.
                """);
        assertThat(a.claimWith("run a group of about twenty students")).isEmpty();
        assertThat(a.claimWith("I cover European chip makers")).isEmpty();
        assertThat(a.claimWith("memory, not logic, is the constraint")).isPresent();
        // another subject, or a view, after the job: the sentence says more than who is talking
        assertThat(a.claimWith("we spend half our budget on memory")).isPresent();
        assertThat(a.claimWith("evaluation is the real bottleneck")).isPresent();
    }

    @Test
    void aGuestPresentedBeforeTheWelcomeIsAnIntroduction() {
        Analyses a = Analyses.of("""
                HOST: Joining me now, Ada Kerr of the Harbour Institute. And Ivo Lund is the chief executive of Ferrite Labs, which builds inference servers. Welcome to you both.

                ADA KERR: Thanks for having me. Export rules on memory will tighten again next year.

                IVO LUND: Thank you. Our servers got about a third cheaper this year, and they will keep falling.

                HOST: And Ferrite Labs cut its list prices by 30% in March. Ivo, why?

                IVO LUND: Memory got cheaper.
                """);
        assertThat(a.claimWith("chief executive of Ferrite Labs")).isEmpty();
        assertThat(a.claimWith("Export rules on memory will tighten")).isPresent();
        assertThat(a.claimWith("servers got about a third cheaper")).isPresent();
    }

    @Test
    void aNameNotGivenYetBeforeYouAddressesTheGuest() {
        Analyses a = Analyses.of("""
                Ria Moss: Let's talk about money. Kip, you are on the other side of those contracts.

                Tomas Berg: I am, and I think long-term supply deals will become the normal way labs buy memory.

                Ria Moss: Beijing, you could argue, has already won the price war on tokens.

                Tomas Berg: On tokens, yes.
                """);
        assertThat(a.claimWith("on the other side of those contracts")).isEmpty();
        assertThat(a.claimWith("long-term supply deals will become")).isPresent();
        assertThat(a.claimWith("has already won the price war")).isPresent();
    }

    @Test
    void aLowerCaseParenthesisIsAStageDirection() {
        Analyses a = Analyses.of("""
                Ivo Lund: Here is our supplier list.
                (table of covered suppliers and their prices)
                Memory prices rose about forty percent this quarter, and they will rise again in spring.

                Ria Moss: And the second half?

                Ivo Lund: (beat) Worse, because every lab is buying the same parts (at least the ones we track).
                """);
        assertThat(a.claimWith("table of covered suppliers")).isEmpty();
        assertThat(a.claimWith("Memory prices rose about forty percent")).isPresent();
        assertThat(a.claimWith("every lab is buying the same parts")).hasValueSatisfying(
                c -> assertThat(c.text()).startsWith("Worse, because").contains("(at least the ones we track)"));
    }
}
