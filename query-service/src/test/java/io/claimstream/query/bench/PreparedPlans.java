package io.claimstream.query.bench;

import io.claimstream.query.search.ClaimFilter;
import io.claimstream.query.search.ClaimSql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A psql script that shows which plan PostgreSQL keeps for the benchmarked claim statements as the
 * service runs them: prepared with bound parameters (the JDBC driver prepares a statement on the
 * server from its fifth run on a connection), run six times with varying values, then EXPLAINed.
 * QueryPlans EXPLAINs with the values written in, so its plans are planned afresh every time and
 * never show whether the service's statement was planned once or on every request.
 *
 * <pre>java -cp &lt;the benchmark's classpath&gt; io.claimstream.query.bench.PreparedPlans named|bound &gt; plans.sql
 * psql -h 127.0.0.1 -p PG_PORT -U claimstream claimstream -f plans.sql</pre>
 *
 * {@code named}: a first page as ClaimSearch sends it (ClaimSql.page); {@code bound}: with the limit and
 * offset bound. A kept (generic) plan shows {@code $n} in its conditions and a planning time of
 * hundredths of a millisecond.
 */
final class PreparedPlans {

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):(\\w+)");
    private static final List<String> TOPICS = List.of("agents", "safety", "data", "agents", "safety", "data");

    private PreparedPlans() {
    }

    public static void main(String[] args) {
        boolean named = args.length > 0 && args[0].equals("named");
        statement("topic", ClaimFilter.of(null, null, "agents", null, null, null, null), named, "topic", TOPICS);
        statement("speaker", ClaimFilter.of(null, List.of("ada-abbott"), null, null, null, null, null), named, "people",
                List.of("ada-abbott", "umar-tanaka", "jana-ueda", "ada-abbott", "umar-tanaka", "jana-ueda"));
        // a profile's timeline: the speaker's first 50 claims, not counted (ClaimSearch.list)
        statement("timeline", ClaimFilter.of(null, List.of("ada-abbott"), null, null, null, null, null), named, "people",
                List.of("ada-abbott", "umar-tanaka", "jana-ueda", "ada-abbott", "umar-tanaka", "jana-ueda"), 50, false);
        statement("dates", ClaimFilter.of(null, null, "agents", "prediction", null, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30)), named, "topic", TOPICS);
        // a ranked full-text page keeps its limits bound whichever is asked (ClaimSql.page), 20 a page as benchmarked
        statement("fulltext", ClaimFilter.of("export controls", null, null, null, null, null, null), named, "q",
                List.of("export controls", "reward signals", "open weights", "export controls", "reward signals",
                        "open weights"), 20);
    }

    private static void statement(String name, ClaimFilter filter, boolean named, String varied, List<String> values) {
        statement(name, filter, named, varied, values, 50);
    }

    private static void statement(String name, ClaimFilter filter, boolean named, String varied, List<String> values,
                                  int limit) {
        statement(name, filter, named, varied, values, limit, true);
    }

    private static void statement(String name, ClaimFilter filter, boolean named, String varied, List<String> values,
                                  int limit, boolean counting) {
        ClaimSql sql = new ClaimSql(filter);
        String select = counting ? sql.selectCounting() : sql.select();
        String text = named ? sql.page(select, limit, 0) : select;
        Map<String, Object> parameters = new HashMap<>(sql.parameters());
        parameters.put("limit", limit);
        parameters.put("offset", 0);
        Matcher m = PARAMETER.matcher(text);
        StringBuilder prepared = new StringBuilder();
        List<String> order = new ArrayList<>();
        while (m.find()) {
            order.add(m.group(1));
            m.appendReplacement(prepared, "\\$" + order.size());
        }
        m.appendTail(prepared);
        Function<String, String> arguments = value -> {
            List<String> literals = new ArrayList<>();
            for (String parameter : order) {
                Object v = parameter.equals(varied) ? value
                        : parameters.get(parameter) instanceof List<?> list ? list.get(0) : parameters.get(parameter);
                literals.add(v instanceof Number ? v.toString()
                        : v instanceof LocalDate date ? "DATE '" + date + "'" : "'" + v + "'");
            }
            return String.join(", ", literals);
        };
        System.out.println("\\echo === " + name + (named ? " (first page named)" : " (limit bound)"));
        System.out.println("PREPARE " + name + " AS " + prepared + ";");
        System.out.println("\\o /dev/null");
        values.forEach(v -> System.out.println("EXECUTE " + name + "(" + arguments.apply(v) + ");"));
        System.out.println("\\o");
        for (int i = 0; i < 2; i++) {
            System.out.println("EXPLAIN (ANALYZE, BUFFERS) EXECUTE " + name + "(" + arguments.apply(values.get(0)) + ");");
        }
    }
}
