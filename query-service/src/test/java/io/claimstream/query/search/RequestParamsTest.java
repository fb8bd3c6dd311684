package io.claimstream.query.search;

import io.claimstream.common.errors.ApiException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestParamsTest {

    @Test
    void pagingDefaultsAndLimits() {
        assertThat(RequestParams.paging(null, null, 50, 1000)).isEqualTo(new RequestParams.Paging(0, 50));
        assertThat(RequestParams.paging("3", "1000", 50, 1000).offset()).isEqualTo(3000);
        assertBadRequest(() -> RequestParams.paging("0", "0", 50, 1000), "size must be between 1 and 1000 (got 0)");
        assertBadRequest(() -> RequestParams.paging(null, "1001", 50, 1000), "size must be between 1 and 1000");
        assertBadRequest(() -> RequestParams.paging("-1", "10", 50, 1000), "page must be 0 or more");
        assertBadRequest(() -> RequestParams.paging(Integer.toString(Integer.MAX_VALUE), "1000", 50, 1000), "beyond any result");
    }

    @Test
    void numbersAndBooleansMustBeThemselves() {
        assertBadRequest(() -> RequestParams.paging("abc", null, 50, 1000), "page must be a whole number (got 'abc')");
        assertBadRequest(() -> RequestParams.paging(null, "1.5", 50, 1000), "size must be a whole number");
        assertThat(RequestParams.bool("resolved", "TRUE")).isTrue();
        assertThat(RequestParams.bool("resolved", null)).isNull();
        assertBadRequest(() -> RequestParams.bool("resolved", "maybe"), "resolved must be true or false");
    }

    @Test
    void datesMayBeDaysMonthsOrYears() {
        assertThat(RequestParams.from("from", "2026-06")).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(RequestParams.to("to", "2026-06")).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(RequestParams.to("to", "2026")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(RequestParams.from("from", " ")).isNull();
        assertBadRequest(() -> RequestParams.from("from", "12/06/2026"), "from must be a date like 2026-06-12");
        assertBadRequest(() -> RequestParams.to("to", "2026-02-30"), "to must be a date");
        assertBadRequest(() -> RequestParams.order("from", LocalDate.of(2026, 7, 1), "to", LocalDate.of(2026, 6, 1)),
                "is after to");
    }

    @Test
    void typesAreTheFourOfTheContract() {
        assertThat(RequestParams.type("Prediction")).isEqualTo("prediction");
        assertThat(RequestParams.type(null)).isNull();
        assertBadRequest(() -> RequestParams.type("rumour"), "type must be one of opinion, prediction, recommendation, fact");
    }

    @Test
    void outcomesAndLists() {
        assertThat(RequestParams.outcome("PARTLY")).isEqualTo("partly");
        assertBadRequest(() -> RequestParams.outcome("maybe"), "outcome must be true, false or partly");
        assertThat(RequestParams.list("speakers", "a, b,,a", 2, 10)).containsExactly("a", "b");
        assertBadRequest(() -> RequestParams.list("speakers", "a", 2, 10), "speakers must list between 2 and 10");
    }

    private static void assertBadRequest(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.code()).isEqualTo("invalid_parameter");
            assertThat(e.getMessage()).contains(message);
        });
    }
}
