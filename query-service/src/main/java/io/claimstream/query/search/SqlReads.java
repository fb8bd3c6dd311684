package io.claimstream.query.search;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain JDBC for the reads every claim list makes. A Hibernate native query costs the service
 * more than the database spends on these statements (a query plan, a result mapping resolved
 * from the row metadata on every execution, a row reader): profiled under load, that machinery
 * was about half of the CPU of GET /claims. The SQL is the same, with the same {@code :name}
 * parameters (a collection is one parameter per element, like Hibernate's); a row is its columns
 * by label, arrays already read.
 * <p>
 * A page of 50 claims is 50 rows of 24 columns: a HashMap per row, filled label by label, was a
 * tenth of the service's CPU for GET /claims under load, so the rows of one result share one
 * label index and each holds only its values. Each statement's {@code :name} positions are found
 * once, not by a regular expression on every request.
 */
@ApplicationScoped
public class SqlReads {

    /** {@code :name}, not the second colon of a {@code ::} cast. No statement here has a colon in a literal. */
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):(\\w+)");
    /** Statements are built from this service's constant fragments, so there are few; the bound only guards against a bug. */
    private static final int MAX_KEPT_STATEMENTS = 2000;
    private static final Map<String, NamedStatement> STATEMENTS = new ConcurrentHashMap<>();

    private final DataSource db;

    public SqlReads(DataSource db) {
        this.db = db;
    }

    public List<Map<String, Object>> rows(String sql, Map<String, ?> parameters) {
        List<Object> values = new ArrayList<>();
        String jdbc = positional(sql, parameters, values);
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(jdbc)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                int columns = meta.getColumnCount();
                Map<String, Integer> labels = new HashMap<>(columns * 2);
                for (int c = 1; c <= columns; c++) {
                    labels.put(meta.getColumnLabel(c), c - 1); // a repeated label means its last column, as a HashMap row did
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 1; c <= columns; c++) {
                        Object value = rs.getObject(c);
                        row[c - 1] = value instanceof Array array ? array.getArray() : value;
                    }
                    rows.add(new Row(labels, row));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("read failed: " + e.getMessage(), e);
        }
    }

    /** The statement with {@code ?} for each {@code :name}, and the values in their order. */
    static String positional(String sql, Map<String, ?> parameters, List<Object> values) {
        NamedStatement statement = STATEMENTS.get(sql);
        if (statement == null) {
            statement = NamedStatement.parse(sql);
            if (STATEMENTS.size() < MAX_KEPT_STATEMENTS) {
                STATEMENTS.put(sql, statement);
            }
        }
        return statement.bind(parameters, values);
    }

    /** A statement split at its {@code :name} parameters: text, name, text, ..., name, text. */
    private record NamedStatement(List<String> texts, List<String> names) {

        static NamedStatement parse(String sql) {
            List<String> texts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Matcher m = PARAMETER.matcher(sql);
            int from = 0;
            while (m.find()) {
                texts.add(sql.substring(from, m.start()));
                names.add(m.group(1));
                from = m.end();
            }
            texts.add(sql.substring(from));
            return new NamedStatement(List.copyOf(texts), List.copyOf(names));
        }

        String bind(Map<String, ?> parameters, List<Object> values) {
            StringBuilder out = new StringBuilder(texts.get(0).length() * 2);
            for (int i = 0; i < names.size(); i++) {
                out.append(texts.get(i));
                String name = names.get(i);
                if (!parameters.containsKey(name)) {
                    throw new IllegalArgumentException("no value for :" + name);
                }
                Object value = parameters.get(name);
                if (value instanceof Collection<?> many) {
                    if (many.isEmpty()) {
                        throw new IllegalArgumentException(":" + name + " is an empty list");
                    }
                    values.addAll(many);
                    out.append('?').append(", ?".repeat(many.size() - 1));
                } else {
                    values.add(value);
                    out.append('?');
                }
            }
            return out.append(texts.get(names.size())).toString();
        }
    }

    /** One row: its values, found by label through the index its result's rows share. Read-only. */
    private static final class Row extends AbstractMap<String, Object> {

        private final Map<String, Integer> labels;
        private final Object[] values;

        Row(Map<String, Integer> labels, Object[] values) {
            this.labels = labels;
            this.values = values;
        }

        @Override
        public Object get(Object label) {
            Integer at = labels.get(label);
            return at == null ? null : values[at];
        }

        @Override
        public boolean containsKey(Object label) {
            return labels.containsKey(label);
        }

        @Override
        public int size() {
            return labels.size();
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> copy = new HashMap<>(labels.size() * 2);
            labels.forEach((label, at) -> copy.put(label, values[at]));
            return java.util.Collections.unmodifiableMap(copy).entrySet();
        }
    }
}
