package io.claimstream.query.stream;

import io.claimstream.query.cache.ReadGeneration;
import io.claimstream.query.cache.ReadModelChanges;
import io.claimstream.query.search.ClaimFilter;
import io.claimstream.query.search.ClaimSearch;
import io.claimstream.query.search.DocumentList;
import io.claimstream.query.view.DocumentSummaryView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Newly stored documents, as they are committed, on every replica: the writer sends a PostgreSQL
 * {@code NOTIFY} in the storing transaction (delivered only if it commits), and each replica
 * {@code LISTEN}s on a connection of its own and broadcasts the document and its claims to its
 * stream subscribers. So a client sees every stored document whichever replica it is connected
 * to and whichever replica stored it. Events are not kept: a client that reconnects sees what is
 * stored from then on (and reads what it missed with GET /documents).
 *
 * <p>The same connection hears the other changes of stored data ({@link ReadModelChanges#CHANNEL}):
 * every notice on either channel moves the {@link ReadGeneration} on, so what a replica keeps of
 * the read model is dropped whichever replica changed it.
 */
@ApplicationScoped
public class StoredDocuments {

    public static final String CHANNEL = "claimstream_stored";
    static final int MAX_CLAIMS_PER_EVENT = 1000;
    private static final Logger LOG = Logger.getLogger(StoredDocuments.class);

    private final EntityManager em;
    private final DocumentList documents;
    private final ClaimSearch claims;
    private final ReadGeneration generation;
    private final ReadModelChanges changes;
    private final String url;
    private final String user;
    private final String password;
    private final BroadcastProcessor<StoredEvent> processor = BroadcastProcessor.create();
    private volatile boolean running;

    public StoredDocuments(EntityManager em, DocumentList documents, ClaimSearch claims, ReadGeneration generation,
                           ReadModelChanges changes,
                           @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                           @ConfigProperty(name = "quarkus.datasource.username") String user,
                           @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.em = em;
        this.documents = documents;
        this.claims = claims;
        this.generation = generation;
        this.changes = changes;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Sends the notice; call inside the transaction that stores the document. */
    public void announce(String documentId) {
        em.createNativeQuery("SELECT pg_notify('" + CHANNEL + "', :id)").setParameter("id", documentId).getSingleResult();
        changes.advanceAfterCommit();
    }

    public Multi<StoredEvent> events() {
        return processor;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        Thread listener = new Thread(this::listen, "stored-documents-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        generation.listening(false);
    }

    private void listen() {
        long delay = 500;
        while (running) {
            Properties properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password);
            properties.setProperty("ApplicationName", "query-service-listener");
            try (Connection connection = new org.postgresql.Driver().connect(url, properties)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                    statement.execute("LISTEN " + ReadModelChanges.CHANNEL);
                }
                // notices sent while nobody listened are lost: whatever was kept may be outdated
                generation.listening(true);
                LOG.debugf("listening for stored documents on %s", CHANNEL);
                delay = 500;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            generation.advance();
                            if (CHANNEL.equals(notification.getName())) {
                                publish(notification.getParameter());
                            }
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                generation.listening(false);
                if (!running) {
                    return;
                }
                // the database is away: the stream is quiet until it is back, then resumes
                LOG.warnf("stored-document notices interrupted (%s); reconnecting in %d ms", e.getMessage(), delay);
                sleep(delay);
                delay = Math.min(delay * 2, 10_000);
            }
        }
    }

    private void publish(String documentId) {
        StoredEvent event = QuarkusTransaction.requiringNew().call(() -> {
            DocumentSummaryView document = documents.summary(documentId);
            return document == null ? null
                    : new StoredEvent(document, claims.list(ClaimFilter.forDocument(documentId), MAX_CLAIMS_PER_EVENT));
        });
        if (event != null) {
            processor.onNext(event);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
