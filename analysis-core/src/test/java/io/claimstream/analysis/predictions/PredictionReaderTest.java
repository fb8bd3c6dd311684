package io.claimstream.analysis.predictions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.claimstream.contracts.Prediction;
import org.junit.jupiter.api.Test;

class PredictionReaderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 15);
    private final PredictionReader reader = new PredictionReader();

    @Test
    void resolvesASpanOfYearsAgainstTheDocumentDate() {
        Prediction p = reader.read("There is less than a 30% chance of that in the next two to four years.", DAY);
        assertThat(p.probability()).isEqualTo(0.3);
        assertThat(p.horizon()).contains("two to four years");
        assertThat(p.horizonStart()).isEqualTo("2028-03-15");
        assertThat(p.horizonEnd()).isEqualTo("2030-03-15");
    }

    @Test
    void readsYearsAndYearPairs() {
        assertThat(reader.read("This will happen in 2027.", DAY).horizonEnd()).isEqualTo("2027-12-31");
        Prediction pair = reader.read("The next shift comes in 2027-28.", DAY);
        assertThat(pair.horizonStart()).isEqualTo("2027-01-01");
        assertThat(pair.horizonEnd()).isEqualTo("2028-12-31");
        assertThat(reader.read("Prices halve by 2029.", DAY).horizonStart()).isEqualTo("2026-03-15");
    }

    @Test
    void readsRelativeHorizons() {
        Prediction within = reader.read("It will be solved within a year.", DAY);
        assertThat(within.horizonEnd()).isEqualTo("2027-03-15");
        Prediction atLeast = reader.read("It will take at least a year.", DAY);
        assertThat(atLeast.horizonStart()).isEqualTo("2027-03-15");
        assertThat(atLeast.horizonEnd()).isNull();
        assertThat(reader.read("We will see it this year.", DAY).horizonEnd()).isEqualTo("2026-12-31");
        Prediction vague = reader.read("It might happen very soon.", DAY);
        assertThat(vague.horizon()).isEqualTo("very soon");
        assertThat(vague.horizonStart()).isNull();
    }

    @Test
    void readsProbabilityWords() {
        assertThat(reader.read("The odds are quite high.", DAY).probability()).isEqualTo(0.7);
        assertThat(reader.read("It will definitely arrive.", DAY).probability()).isEqualTo(0.95);
        assertThat(reader.read("That is unlikely to last.", DAY).probability()).isEqualTo(0.25);
        assertThat(reader.read("Robots will fold laundry.", DAY).probability()).isNull();
    }

    @Test
    void withoutADocumentDateHorizonsKeepTheirWordsOnly() {
        Prediction p = reader.read("Within the next three years agents will do most support work.", null);
        assertThat(p.horizon()).contains("three years");
        assertThat(p.horizonStart()).isNull();
    }
}
