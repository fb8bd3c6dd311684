package io.claimstream.ingest.service;

import io.claimstream.common.errors.ApiException;
import io.claimstream.contracts.ParsedDocument;
import io.claimstream.contracts.RawDocument;
import io.claimstream.ingest.config.IngestConfig;
import io.claimstream.ingest.index.DocumentIndex;
import io.claimstream.ingest.messaging.DocumentPublisher;
import io.claimstream.parse.DocumentIds;
import io.claimstream.parse.DocumentParser;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * The one ingest path, for REST and for {@code documents.incoming}: validate, recognise content
 * already seen, parse, publish and wait for the acknowledgement.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);

    private final TimedParser parser;
    private final RequestValidator validator;
    private final DocumentIndex index;
    private final DocumentPublisher publisher;
    private final IngestMetrics metrics;

    public IngestService(IngestConfig config, DocumentIndex index, DocumentPublisher publisher, IngestMetrics metrics) {
        this.validator = new RequestValidator(config.maxTextBytes(), config.maxTurns());
        DocumentParser documents = new DocumentParser();
        this.parser = new TimedParser(documents::parse, config.parse().timeLimit(), config.parse().timePerMegabyte(),
                config.parse().maxConcurrent());
        this.index = index;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    void stop(@Observes ShutdownEvent event) {
        parser.close();
    }

    public RequestValidator validator() {
        return validator;
    }

    /**
     * @param channel {@code rest} or {@code kafka}, for logs and metrics
     * @throws ApiException for a document that is refused (4xx) or could not be stored (503)
     */
    public IngestResult ingest(RawDocument submitted, String channel) {
        return ingest(() -> submitted, channel);
    }

    /** As {@link #ingest(RawDocument, String)}, reading the document inside, so that unreadable input is counted too. */
    public IngestResult ingest(Supplier<RawDocument> reader, String channel) {
        long start = System.nanoTime();
        try {
            RawDocument raw = validator.validate(reader.get());
            String id = DocumentIds.of(raw.text());
            if (!index.reserve(id)) {
                metrics.duplicate(channel, start);
                LOG.infof("document %s duplicate channel=%s chars=%d", id, channel, raw.text().length());
                return new IngestResult(id, true);
            }
            ParsedDocument parsed;
            try {
                parsed = parser.parse(raw, Instant.now());
                validator.checkStructure(parsed);
                publisher.publish(parsed);
                index.published(id);
            } catch (RuntimeException e) {
                index.release(id);
                throw e;
            }
            metrics.accepted(channel, start);
            LOG.infof("document %s accepted channel=%s format=%s chars=%d turns=%d paragraphs=%d participants=%d in %d ms",
                    id, channel, parsed.format(), parsed.text().length(), parsed.turns().size(), parsed.paragraphs().size(),
                    parsed.metadata().participants().size(), (System.nanoTime() - start) / 1_000_000);
            return new IngestResult(id, false);
        } catch (ApiException e) {
            metrics.rejected(channel, e.code(), start);
            LOG.infof("document rejected channel=%s status=%d reason=%s: %s", channel, e.status(), e.code(), e.getMessage());
            throw e;
        }
    }
}
