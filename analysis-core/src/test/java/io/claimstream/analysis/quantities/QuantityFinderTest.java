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
}
