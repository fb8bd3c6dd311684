package io.claimstream.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.analysis.Analyses;
import org.junit.jupiter.api.Test;

/**
 * "The company" before any organisation has spoken is the employer of the person the text is about; when the person
 * named last is known by no employer (a co-founder introduced as "his co-founder"), it is the employer of the nearest
 * person before them who has one.
 */
class CompanyOfAnEarlierPersonTest {

    @Test
    void theCompanyIsTheEmployerOfTheNearestPersonWhoHasOne() {
        Analyses a = Analyses.of("""
                THE COLD CHAIN

                By Paula Grimm

                Oskar Lind keeps a ledger of every freezer in his warehouse. Lind, who is forty and spent years in \
                shipping before he co-founded Polar Freight, runs a company that moves vaccines across the continent.

                His co-founder, Mara Ost, is less interested in freezers. Ost, a former trucker, spends most of her \
                week on the phone with garages. "The trucks are the hard part," she said. "We have nine of them."

                The accounts are private, but the company says its sales passed two hundred million euros this year.
                """);
        assertThat(a.speakerOf("its sales passed two hundred million euros")).isEqualTo("Polar Freight");
    }
}
