package io.claimstream.ingest.health;

import io.claimstream.ingest.index.DocumentIndex;
import io.claimstream.ingest.index.KeyIndexLoader;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until every document id already on {@code documents.parsed} is known: before that a
 * repeated document would be published again instead of being answered as a duplicate.
 */
@Readiness
@ApplicationScoped
public class DocumentIndexReadiness implements HealthCheck {

    private final KeyIndexLoader loader;
    private final DocumentIndex index;

    public DocumentIndexReadiness(KeyIndexLoader loader, DocumentIndex index) {
        this.loader = loader;
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("document-index")
                .status(loader.caughtUp())
                .withData("documents", index.size())
                .build();
    }
}
