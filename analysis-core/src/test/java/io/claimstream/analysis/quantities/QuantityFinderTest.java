package io.claimstream.analysis.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.claimstream.contracts.Quantity;
import io.claimstream.contracts.Span;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {

    private final QuantityFinder finder = new QuantityFinder();

    private List<Quantity> find(String text) {
        return finder.find(text, new Span(0, text.length()));
    }

    @Test
    void findsMoneyPercentagesMultiplesAndScaledCounts() {
        List<Quantity> q = find("Plans cost $30 per month, usage grew 5-8x, margins fell 12% and the repo has 2 million lines.");
        assertThat(q).extracting(Quantity::text).containsExactly("$30 per month", "5-8x", "12%", "2 million lines");
        assertThat(q.get(0).unit()).isEqualTo("USD per month");
        assertThat(q.get(0).value()).isEqualTo(30.0);
        assertThat(q.get(1).unit()).isEqualTo("x");
        assertThat(q.get(3).value()).isEqualTo(2_000_000.0);
    }

    @Test
    void findsRangesWithScalesAndUnits() {
        List<Quantity> q = find("They trained on 15T to 25T unique tokens across 20,000 GPUs.");
        assertThat(q).extracting(Quantity::text).containsExactly("15T to 25T unique tokens", "20,000 GPUs");
        assertThat(q.get(0).value()).isEqualTo(15e12);
    }

    @Test
    void ignoresYearsAndBareNumbers() {
        assertThat(find("In 2024 we had 3 ideas and 7 of them failed.")).isEmpty();
    }

    @Test
    void spansPointAtTheQuantity() {
        String text = "Revenue rose to $4 billion.";
        Quantity q = find(text).get(0);
        assertThat(q.span().of(text)).isEqualTo(q.text());
        assertThat(q.value()).isEqualTo(4e9);
    }

    @Test
    void hyphenatedScalesAndAUnitSharedByAPair() {
        List<Quantity> q = find("The lab will publish its 7-billion and 70-billion-parameter Heron-2 models.");
        assertThat(q).extracting(Quantity::text).containsExactly("7-billion", "70-billion-parameter");
        assertThat(q).extracting(Quantity::value).containsExactly(7e9, 70e9);
        assertThat(q).extracting(Quantity::unit).containsExactly("parameter", "parameter");
    }

    @Test
    void aNumberJoinedToANameIsNoCount() {
        assertThat(find("We switched to the Osprey-4 models and GPT5 agents last week.")).isEmpty();
        assertThat(find("Half of the Forbes 2000 companies use them.")).isEmpty();
        assertThat(find("Around 300 companies use them. About 40 engineers left.")).extracting(Quantity::text)
                .containsExactly("300 companies", "40 engineers");
    }

    @Test
    void currenciesNamedAfterTheAmountAndWhatAPriceIsFor() {
        List<Quantity> q = find("Cover of 3 million euros per client, a 2.5 trillion won fund and $0.40 per million tokens.");
        assertThat(q).extracting(Quantity::unit).containsExactly("EUR per client", "KRW", "USD per million tokens");
        assertThat(q.get(0).value()).isEqualTo(3e6);
        assertThat(q.get(1).value()).isEqualTo(2.5e12);
        Quantity market = find("Freight is a 90-billion-euro market.").get(0);
        assertThat(market.unit()).isEqualTo("EUR");
        assertThat(market.value()).isEqualTo(90e9);
        assertThat(find("Sales rose 4.5 per cent year-on-year.")).extracting(Quantity::unit).containsExactly("%");
    }

    @Test
    void sharesInWordsAndPerCent() {
        List<Quantity> q = find("Roughly one in five riders pay, and fewer than 2 per cent complain.");
        assertThat(q).extracting(Quantity::text).containsExactly("one in five", "2 per cent");
        assertThat(q).extracting(Quantity::value).containsExactly(20.0, 2.0);
        assertThat(q).extracting(Quantity::unit).containsExactly("%", "%");
        assertThat(find("The one in 2026 was better; one in ten years is plenty.")).isEmpty();
    }

    @Test
    void figuresSaidInWords() {
        List<Quantity> q = find("Retention rose eleven points, usage grew ten to twenty times and Thirty-five percent of staff agreed.");
        assertThat(q).extracting(Quantity::text).containsExactly("eleven points", "ten to twenty times", "Thirty-five percent");
        assertThat(q).extracting(Quantity::value).containsExactly(11.0, 10.0, 35.0);
        assertThat(q).extracting(Quantity::unit).containsExactly("points", "x", "%");
        assertThat(find("A hundred times more queries reached two thousand servers.")).extracting(Quantity::value)
                .containsExactly(100.0, 2000.0);
        // counts of anything ("one of the two founders"), times of the clock and a fifty-step task are no figures
        assertThat(find("One of the two founders left after a fifty-step task; nine times out of ten it works.")).isEmpty();
        assertThat(find("We teamed up with two chip companies.")).isEmpty();
        assertThat(find("A run costs ten billion yuan.")).extracting(Quantity::value).containsExactly(1e10);
    }

    @Test
    void whatALargeOrScaledFigureCountsIsItsUnit() {
        List<Quantity> q = find("About 4,500 enterprise customers sent 3.2 billion tool calls, and 700 pilot programs ran.");
        assertThat(q).extracting(Quantity::text).containsExactly("4,500 enterprise customers", "3.2 billion tool calls",
                "700 pilot programs");
        assertThat(q).extracting(Quantity::unit).containsExactly("enterprise customers", "tool calls", "pilot programs");
        assertThat(q.get(1).value()).isEqualTo(3.2e9);
        assertThat(find("We host 600 agent start-ups.")).extracting(Quantity::unit).containsExactly("agent start-ups");
        // a small bare count and a pair of years stay out
        assertThat(find("We trained 3 derivative models in 2026-27, and by 2028 domestic chips will train them all."))
                .extracting(Quantity::text)
                .containsExactly("3 derivative models");
    }
}
