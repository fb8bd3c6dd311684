package io.claimstream.cli.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimstream.cli.ApiCommand;
import io.claimstream.cli.ExitCodes;
import io.claimstream.cli.api.ApiClient;
import io.claimstream.cli.api.ApiException;
import io.claimstream.cli.api.Json;
import io.claimstream.cli.output.Style;
import io.claimstream.cli.output.Table;
import io.claimstream.cli.output.Table.Column;
import picocli.CommandLine.Command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

@Command(name = "status", abbreviateSynopsis = true,
        description = {"Is the stack well? Each service's readiness (/q/health/ready), Kafka consumer lag per group and"
                + " topic, records in the dead-letter topics, and how many documents, claims and speakers are stored.",
                "Exits 1 when a service is not ready or Kafka cannot be reached."},
        footer = {"%nExamples:",
                "  claimstream status",
                "  claimstream status --kafka broker-1:9092 --query-url https://claims.example.org",
                io.claimstream.cli.ExitCodes.HELP_FOOTER})
public final class StatusCommand extends ApiCommand {

    @Override
    public Integer call() throws Exception {
        boolean healthy = services();
        out().println();
        healthy &= kafka();
        out().println();
        stored();
        out().flush();
        return healthy ? ExitCodes.OK : ExitCodes.PARTIAL_FAILURE;
    }

    private boolean services() {
        Table table = Table.of(Column.left("SERVICE"), Column.left("URL"),
                Column.left("HEALTH").coloured(h -> h.equals("UP") ? Style.Colour.GREEN : Style.Colour.RED),
                Column.flexible("DETAIL"));
        boolean allUp = true;
        Map<String, String> services = new java.util.LinkedHashMap<>();
        services.put("ingest-service", endpoints().ingestUrl());
        services.put("analysis-service", endpoints().analysisUrl());
        services.put("query-service", endpoints().queryUrl());
        for (Map.Entry<String, String> service : services.entrySet()) {
            ApiClient.HealthAnswer health = api().health(service.getValue());
            boolean up = health.status() == 200;
            allUp &= up;
            table.row(service.getKey(), service.getValue(), up ? "UP" : health.status() == 0 ? "UNREACHABLE" : "DOWN",
                    up ? upSummary(health.body()) : health.problem() != null ? health.problem()
                            : "failing: " + checks(health.body(), "DOWN"));
        }
        table.render(terminal().width(), style()).forEach(out()::println);
        return allUp;
    }

    private static String upSummary(Optional<JsonNode> body) {
        int checks = body.map(b -> b.path("checks").size()).orElse(0);
        return checks == 0 ? "" : checks == 1 ? "1 check up" : "all " + checks + " checks up";
    }

    /** The names of the health checks in the given state: what is up, or what is failing. */
    private static String checks(Optional<JsonNode> body, String state) {
        List<String> names = new ArrayList<>();
        body.ifPresent(b -> b.path("checks").forEach(check -> {
            if (state.equals(Json.text(check, "status"))) {
                names.add(Json.text(check, "name"));
            }
        }));
        return String.join(", ", names);
    }

    private boolean kafka() {
        String bootstrap = endpoints().kafkaBootstrap();
        try (KafkaInspector kafka = new KafkaInspector(bootstrap)) {
            Table lag = Table.of(Column.left("CONSUMER GROUP"), Column.left("STATE"), Column.right("MEMBERS"),
                    Column.left("TOPIC"), Column.right("LAG"));
            for (KafkaInspector.GroupLag row : kafka.consumerLag()) {
                // a group that only assigns partitions (ingest's key index) commits no offsets: no lag to show
                lag.row(row.group(), row.state(), row.members(), row.topic().isEmpty() ? "(no committed offsets)" : row.topic(),
                        row.topic().isEmpty() ? "" : row.lag());
            }
            Table dlq = Table.of(Column.left("DEAD-LETTER TOPIC"),
                    Column.right("RECORDS").coloured(n -> n.equals("0") ? null : Style.Colour.RED));
            for (KafkaInspector.DeadLetters row : kafka.deadLetters()) {
                dlq.row(row.topic(), row.records());
            }
            out().println(style().dim("Kafka at " + bootstrap));
            if (lag.size() == 0) {
                out().println("no consumer groups yet");
            } else {
                lag.render(terminal().width(), style()).forEach(out()::println);
            }
            out().println();
            dlq.render(terminal().width(), style()).forEach(out()::println);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            // the Admin client says "Failed to find brokers to send ListGroups" when none answers in time
            boolean timedOut = cause instanceof TimeoutException || cause instanceof org.apache.kafka.common.errors.TimeoutException
                    || String.valueOf(cause.getMessage()).startsWith("Failed to find brokers");
            out().println(style().red("Kafka at " + bootstrap + " unreachable: ") + (timedOut ? "no broker answered within 5 s"
                    : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void stored() {
        Table table = Table.of(Column.left("STORED"), Column.right("COUNT"));
        String query = endpoints().queryUrl();
        for (String list : List.of("documents", "claims", "speakers", "predictions")) {
            table.row(list, count(query, "/" + list).orElse("n/a"));
        }
        table.render(terminal().width(), style()).forEach(out()::println);
    }

    /** A list endpoint's total, read from a one-item page; empty when the service does not offer it or is down. */
    private Optional<String> count(String queryUrl, String path) {
        try {
            return api().find(queryUrl, path, Map.of("size", 1)).map(page -> Long.toString(Json.total(page)));
        } catch (ApiException e) {
            return Optional.empty();
        }
    }
}
