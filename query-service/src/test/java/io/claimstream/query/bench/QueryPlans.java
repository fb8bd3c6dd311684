package io.claimstream.query.bench;

import io.claimstream.query.search.ClaimFilter;
import io.claimstream.query.search.ClaimSql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements behind the benchmarked endpoints, built by the same
 * code the service uses (ClaimSql) with the parameters written in as literals.
 */
final class QueryPlans {

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):(\\w+)");

    private final Connection db;

    QueryPlans(Connection db) {
        this.db = db;
    }

    String claims(String title, ClaimFilter filter, int limit) throws SQLException {
        ClaimSql sql = new ClaimSql(filter);
        Map<String, Object> parameters = new java.util.HashMap<>(sql.parameters());
        parameters.put("limit", limit);
        parameters.put("offset", 0);
        return explain(title + " (page with its total)", sql.selectCounting(), parameters);
    }

    /**
     * The plan of the statement's second run on this connection: the first warms the backend's catalog
     * caches and text-search dictionaries, which the service's pooled, long-lived connections already
     * have (a first run's planning time was several times a warm one's: 3.2 against 0.7 ms for full text).
     */
    String explain(String title, String sql, Map<String, Object> parameters) throws SQLException {
        StringBuilder out = new StringBuilder("--- " + title + "\n");
        String explain = "EXPLAIN (ANALYZE, BUFFERS) " + inline(sql, parameters);
        try (Statement s = db.createStatement()) {
            s.executeQuery(explain).close();
            try (ResultSet rs = s.executeQuery(explain)) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            }
        }
        return out.toString();
    }

    static String inline(String sql, Map<String, Object> parameters) {
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!parameters.containsKey(m.group(1))) {
                throw new IllegalArgumentException("no value for :" + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(literal(parameters.get(m.group(1)))));
        }
        return m.appendTail(out).toString();
    }

    private static String literal(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof LocalDate date) {
            return "DATE '" + date + "'";
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(QueryPlans::literal).collect(Collectors.joining(", "));
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }
}
