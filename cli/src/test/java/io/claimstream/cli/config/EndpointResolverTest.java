package io.claimstream.cli.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointResolverTest {

    @TempDir
    Path repo;

    private void localStack() throws IOException {
        Path run = Files.createDirectories(repo.resolve(".run"));
        Files.writeString(run.resolve("stack.env"), """
                CLAIMSTREAM_INGEST_URL=http://127.0.0.1:18081
                CLAIMSTREAM_ANALYSIS_URL=http://127.0.0.1:18082
                CLAIMSTREAM_QUERY_URL=http://127.0.0.1:18083/
                KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19092
                QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:15432/claimstream
                """);
        Files.writeString(run.resolve("api-key"), "cs_file_key\n");
    }

    @Test
    void withNothingTheDefaultPortsAndNoToken() {
        Endpoints endpoints = new EndpointResolver(Map.of(), repo).resolve(EndpointResolver.Flags.NONE);

        assertThat(endpoints).isEqualTo(new Endpoints("http://localhost:8081", "http://localhost:8083",
                "http://localhost:8082", "localhost:9092", Optional.empty()));
    }

    @Test
    void theRunDirectoryOfTheLocalStack() throws IOException {
        localStack();

        Endpoints endpoints = new EndpointResolver(Map.of(), repo).resolve(EndpointResolver.Flags.NONE);

        assertThat(endpoints).isEqualTo(new Endpoints("http://127.0.0.1:18081", "http://127.0.0.1:18083",
                "http://127.0.0.1:18082", "127.0.0.1:19092", Optional.of("cs_file_key")));
    }

    @Test
    void environmentOverridesTheRunDirectoryAndFlagsOverrideBoth() throws IOException {
        localStack();
        Map<String, String> env = Map.of("CLAIMSTREAM_INGEST_URL", "http://ingest.env", "CLAIMSTREAM_QUERY_URL", "http://query.env",
                "CLAIMSTREAM_TOKEN", "env-token", "KAFKA_BOOTSTRAP_SERVERS", "kafka.env:9092");

        Endpoints fromEnv = new EndpointResolver(env, repo).resolve(EndpointResolver.Flags.NONE);
        Endpoints fromFlags = new EndpointResolver(env, repo).resolve(
                new EndpointResolver.Flags("http://ingest.flag", null, null, null, "flag-token"));

        assertThat(fromEnv).isEqualTo(new Endpoints("http://ingest.env", "http://query.env", "http://127.0.0.1:18082",
                "kafka.env:9092", Optional.of("env-token")));
        assertThat(fromFlags.ingestUrl()).isEqualTo("http://ingest.flag");
        assertThat(fromFlags.queryUrl()).isEqualTo("http://query.env");
        assertThat(fromFlags.token()).contains("flag-token");
    }

    @Test
    void theApiKeyVariableIsTheTokenWhenNoTokenIsGiven() {
        Endpoints endpoints = new EndpointResolver(Map.of("CLAIMSTREAM_API_KEY", "fixed"), repo)
                .resolve(EndpointResolver.Flags.NONE);

        assertThat(endpoints.token()).contains("fixed");
    }

    @Test
    void claimstreamRunDirPointsElsewhere() throws IOException {
        Path other = Files.createDirectories(repo.resolve("elsewhere"));
        Files.writeString(other.resolve("stack.env"), "CLAIMSTREAM_QUERY_URL=http://q.elsewhere\n");

        Endpoints endpoints = new EndpointResolver(Map.of("CLAIMSTREAM_RUN_DIR", other.toString()), repo)
                .resolve(EndpointResolver.Flags.NONE);

        assertThat(endpoints.queryUrl()).isEqualTo("http://q.elsewhere");
    }

    @Test
    void stackEnvToleratesCommentsExportsAndQuotes() {
        Map<String, String> values = StackEnv.parse(List.of("# written by up", "", "export A=1", "B = \"two words\"",
                "C='x=y'", "not a pair", "=orphan"));

        assertThat(values).containsExactly(Map.entry("A", "1"), Map.entry("B", "two words"), Map.entry("C", "x=y"));
    }
}
