package io.claimstream.cli.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Layers the sources of every setting, strongest first: command-line flag, environment variable,
 * the run directory of the local stack ({@code stack.env}, {@code api-key}), the default port.
 */
public final class EndpointResolver {

    public static final String INGEST_URL = "CLAIMSTREAM_INGEST_URL";
    public static final String QUERY_URL = "CLAIMSTREAM_QUERY_URL";
    public static final String ANALYSIS_URL = "CLAIMSTREAM_ANALYSIS_URL";
    public static final String KAFKA = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String TOKEN = "CLAIMSTREAM_TOKEN";
    /** The variable {@code claimstream up} takes to fix the write key; a natural fallback for the token. */
    public static final String API_KEY = "CLAIMSTREAM_API_KEY";
    public static final String RUN_DIR = "CLAIMSTREAM_RUN_DIR";

    /** Values given on the command line; null when not given. */
    public record Flags(String ingestUrl, String queryUrl, String analysisUrl, String kafka, String token) {
        public static final Flags NONE = new Flags(null, null, null, null, null);
    }

    private final Map<String, String> env;
    private final Path repo;

    public EndpointResolver(Map<String, String> env, Path repo) {
        this.env = Map.copyOf(env);
        this.repo = repo;
    }

    public Path runDir() {
        return Optional.ofNullable(env.get(RUN_DIR)).filter(s -> !s.isBlank()).map(Path::of)
                .orElse(repo.resolve(".run"));
    }

    public Endpoints resolve(Flags flags) {
        StackEnv stack = StackEnv.read(runDir());
        Function<String, Optional<String>> fromEnv = key -> Optional.ofNullable(env.get(key)).filter(s -> !s.isBlank());
        String ingest = first(flags.ingestUrl(), fromEnv.apply(INGEST_URL), stack.get(INGEST_URL), "http://localhost:8081");
        String query = first(flags.queryUrl(), fromEnv.apply(QUERY_URL), stack.get(QUERY_URL), "http://localhost:8083");
        String analysis = first(flags.analysisUrl(), fromEnv.apply(ANALYSIS_URL), stack.get(ANALYSIS_URL), "http://localhost:8082");
        String kafka = first(flags.kafka(), fromEnv.apply(KAFKA), stack.get(KAFKA), "localhost:9092");
        Optional<String> token = Optional.ofNullable(flags.token()).filter(s -> !s.isBlank())
                .or(() -> fromEnv.apply(TOKEN))
                .or(() -> fromEnv.apply(API_KEY))
                .or(stack::apiKey);
        return new Endpoints(ingest, query, analysis, kafka, token);
    }

    private static String first(String flag, Optional<String> env, Optional<String> file, String fallback) {
        if (flag != null && !flag.isBlank()) {
            return flag;
        }
        return env.or(() -> file).orElse(fallback);
    }
}
