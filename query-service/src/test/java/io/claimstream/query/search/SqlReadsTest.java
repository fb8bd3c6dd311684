package io.claimstream.query.search;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlReadsTest {

    @Test
    void namedParametersBecomePositionalInTheirOrderAndAListOneEach() {
        List<Object> values = new ArrayList<>();
        String sql = SqlReads.positional("SELECT 1 FROM claim c WHERE c.person_id IN (:people) AND c.published >= :from"
                        + " AND c.topics @> CAST(ARRAY[:topic] AS text[]) AND c.type = :type OR c.person_id IN (:people)",
                Map.of("people", List.of("a", "b"), "from", LocalDate.of(2026, 1, 1), "topic", "agents", "type", "fact"),
                values);
        assertThat(sql).isEqualTo("SELECT 1 FROM claim c WHERE c.person_id IN (?, ?) AND c.published >= ?"
                + " AND c.topics @> CAST(ARRAY[?] AS text[]) AND c.type = ? OR c.person_id IN (?, ?)");
        assertThat(values).containsExactly("a", "b", LocalDate.of(2026, 1, 1), "agents", "fact", "a", "b");
    }

    @Test
    void aStatementParsedOnceBindsListsOfAnySize() {
        String sql = "SELECT 1 FROM claim c WHERE c.person_id IN (:people) AND c.type = :type";
        List<Object> two = new ArrayList<>();
        List<Object> one = new ArrayList<>();
        assertThat(SqlReads.positional(sql, Map.of("people", List.of("a", "b"), "type", "fact"), two))
                .isEqualTo("SELECT 1 FROM claim c WHERE c.person_id IN (?, ?) AND c.type = ?");
        assertThat(SqlReads.positional(sql, Map.of("people", List.of("c"), "type", "opinion"), one))
                .isEqualTo("SELECT 1 FROM claim c WHERE c.person_id IN (?) AND c.type = ?");
        assertThat(one).containsExactly("c", "opinion");
        assertThatThrownBy(() -> SqlReads.positional(sql, Map.of("people", List.of(), "type", "fact"), new ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCastIsNotAParameterAndAMissingValueIsABug() {
        List<Object> values = new ArrayList<>();
        assertThat(SqlReads.positional("SELECT :id::text", Map.of("id", "x"), values)).isEqualTo("SELECT ?::text");
        assertThatThrownBy(() -> SqlReads.positional("SELECT :nope", Map.of(), new ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyClaimQueryBindsOnlyItsOwnParameters() {
        ClaimSql sql = new ClaimSql(ClaimFilter.of("agents", List.of("ann"), null, "fact", null, null, null));
        Map<String, Object> parameters = new java.util.HashMap<>(sql.parameters());
        parameters.put("limit", 20);
        parameters.put("offset", 0L);
        List<Object> values = new ArrayList<>();
        assertThat(SqlReads.positional(sql.selectCounting(), parameters, values)).doesNotContain(":");
    }
}
