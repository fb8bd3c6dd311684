package io.claimstream.query.semantic;

import io.claimstream.embeddings.MiniLmEmbedder;
import io.claimstream.embeddings.SentenceEmbedder;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** The project's one sentence-embedding model, loaded at start so that no request pays for it. */
@ApplicationScoped
public class EmbedderProducer {

    private static final Logger LOG = Logger.getLogger(EmbedderProducer.class);

    @Produces
    @Singleton
    SentenceEmbedder embedder() {
        return MiniLmEmbedder.shared();
    }

    void warmUp(@Observes StartupEvent event, SentenceEmbedder embedder) {
        long start = System.nanoTime();
        embedder.embed("warm up");
        LOG.infof("embedding model %s ready (%d dimensions) in %d ms", embedder.modelId(), embedder.dimensions(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
