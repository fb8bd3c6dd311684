package io.claimstream.stack;

import java.nio.file.Path;

/** The three Claimstream services, where their packaged application sits and how much heap they get. */
public enum Service {
    INGEST("ingest-service", 8081, "-Xmx384m"),
    ANALYSIS("analysis-service", 8082, "-Xmx768m"),
    QUERY("query-service", 8083, "-Xmx384m");

    private final String module;
    private final int defaultPort;
    private final String heap;

    Service(String module, int defaultPort, String heap) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.heap = heap;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    String heap() {
        return heap;
    }

    Path runner(Path repo) {
        return repo.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
