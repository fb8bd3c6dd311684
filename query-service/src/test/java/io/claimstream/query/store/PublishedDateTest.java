package io.claimstream.query.store;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedDateTest {

    @Test
    void daysMonthsAndYears() {
        assertThat(PublishedDate.parse("2026-06-12")).contains(LocalDate.of(2026, 6, 12));
        assertThat(PublishedDate.parse("2026-06")).contains(LocalDate.of(2026, 6, 1));
        assertThat(PublishedDate.parse("2026")).contains(LocalDate.of(2026, 1, 1));
        assertThat(PublishedDate.parse("2026-06-12T09:00:00Z")).contains(LocalDate.of(2026, 6, 12));
    }

    @Test
    void periodsEndOnTheirLastDay() {
        assertThat(PublishedDate.parseEnd("2026")).contains(LocalDate.of(2026, 12, 31));
        assertThat(PublishedDate.parseEnd("2026-02")).contains(LocalDate.of(2026, 2, 28));
    }

    @Test
    void anythingElseIsUnknown() {
        assertThat(PublishedDate.parse("June 2026")).isEmpty();
        assertThat(PublishedDate.parse("2026-13-01")).isEmpty();
        assertThat(PublishedDate.parse(null)).isEmpty();
        assertThat(PublishedDate.precision("2026-06")).isEqualTo("month");
        assertThat(PublishedDate.precision("soon")).isNull();
    }
}
