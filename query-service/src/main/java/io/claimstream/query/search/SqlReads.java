package io.claimstream.query.search;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain JDBC for the reads every claim list makes. A Hibernate native query costs the service
 * more than the database spends on these statements (a query plan, a result mapping resolved
 * from the row metadata on every execution, a row reader): profiled under load, that machinery
 * was about half of the CPU of GET /claims. The SQL is the same, with the same {@code :name}
 * parameters (a collection is one parameter per element, like Hibernate's); a row is its columns
 * by label, arrays already read.
 */
@ApplicationScoped
public class SqlReads implements Reads {

    /** {@code :name}, not the second colon of a {@code ::} cast. No statement here has a colon in a literal. */
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):(\\w+)");

    private final DataSource db;
    private final DataSource keyed;

    /**
     * @param keyed the pool whose sessions keep generic plans ({@code quarkus.datasource.keyed}:
     *     {@code plan_cache_mode=force_generic_plan} set for the session at connect)
     */
    public SqlReads(DataSource db, @io.quarkus.agroal.DataSource("keyed") DataSource keyed) {
        this.db = db;
        this.keyed = keyed;
    }

    @Override
    public List<Map<String, Object>> rows(String sql, Map<String, ?> parameters) {
        try (Connection connection = db.getConnection()) {
            return rows(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("read failed: " + e.getMessage(), e);
        }
    }

    /**
     * Several reads on one connection of the pool whose sessions keep generic plans
     * ({@code plan_cache_mode = force_generic_plan}, set at connect, so the default pool's users
     * keep PostgreSQL's own choice). For statements keyed by one value whose generic plan is as good
     * for every value but looks costlier to PostgreSQL than the custom plans of the values asked
     * most, so that it plans each execution again: a speaker's timeline spent more CPU planning than
     * running (read-benchmark-1m-profile.txt). A session setting spares the two round trips of a
     * transaction with {@code SET LOCAL}, which cost what the plan saved (read-benchmark-1m-read34.txt);
     * one connection also spares the pool a checkout per read.
     */
    public <T> T withGenericPlans(Function<Reads, T> work) {
        try (Connection connection = keyed.getConnection()) {
            return work.apply((sql, parameters) -> rows(connection, sql, parameters));
        } catch (SQLException e) {
            throw new IllegalStateException("read failed: " + e.getMessage(), e);
        }
    }

    private static List<Map<String, Object>> rows(Connection connection, String sql, Map<String, ?> parameters) {
        List<Object> values = new ArrayList<>();
        String jdbc = positional(sql, parameters, values);
        try (PreparedStatement statement = connection.prepareStatement(jdbc)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                int columns = meta.getColumnCount();
                Map<String, Integer> labels = new HashMap<>(columns * 2);
                for (int c = 1; c <= columns; c++) {
                    labels.put(meta.getColumnLabel(c), c - 1); // the last of a repeated label wins, as it did
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

    /**
     * A row's values by label, the labels shared by every row of its result: a map per row
     * (an entry per column, each label hashed again) was a tenth of the service's CPU on a
     * speaker profile, whose callers only ever look values up by label.
     */
    private static final class Row extends AbstractMap<String, Object> {

        private final Map<String, Integer> labels;
        private final Object[] values;

        Row(Map<String, Integer> labels, Object[] values) {
            this.labels = labels;
            this.values = values;
        }

        @Override
        public Object get(Object label) {
            Integer column = labels.get(label);
            return column == null ? null : values[column];
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
            Set<Entry<String, Object>> entries = new LinkedHashSet<>();
            labels.forEach((label, column) -> entries.add(new SimpleImmutableEntry<>(label, values[column])));
            return Collections.unmodifiableSet(entries);
        }
    }

    /** The statement with {@code ?} for each {@code :name}, and the values in their order. */
    static String positional(String sql, Map<String, ?> parameters, List<Object> values) {
        Template template = TEMPLATES.get(sql);
        if (template == null) {
            template = Template.of(sql);
            if (TEMPLATES.size() < MAX_TEMPLATES) {
                TEMPLATES.put(sql, template);
            }
        }
        return template.bind(parameters, values);
    }

    /**
     * The statements' texts are this service's constants and their combinations (see ClaimSql), a
     * few hundred at most; the bound is against a caller that would build its text from values.
     */
    private static final int MAX_TEMPLATES = 4096;

    /** Each statement's text parsed once: the regular expression ran over every statement of every read. */
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

    /** A statement's text around its {@code :name} parameters: {@code texts} has one more element than {@code names}. */
    private record Template(List<String> texts, List<String> names, int length) {

        static Template of(String sql) {
            Matcher m = PARAMETER.matcher(sql);
            List<String> texts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            int from = 0;
            while (m.find()) {
                texts.add(sql.substring(from, m.start()));
                names.add(m.group(1));
                from = m.end();
            }
            texts.add(sql.substring(from));
            return new Template(List.copyOf(texts), List.copyOf(names), sql.length());
        }

        String bind(Map<String, ?> parameters, List<Object> values) {
            StringBuilder out = new StringBuilder(length);
            out.append(texts.get(0));
            for (int i = 0; i < names.size(); i++) {
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
                out.append(texts.get(i + 1));
            }
            return out.toString();
        }
    }
}
