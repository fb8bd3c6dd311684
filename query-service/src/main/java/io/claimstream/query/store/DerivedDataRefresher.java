package io.claimstream.query.store;

import io.claimstream.query.config.QueryConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Does the queued {@link DerivedData} work in the background: woken by each stored document,
 * it waits a short debounce so one pass covers the documents that arrive meanwhile, then drains
 * the queue. It also looks at the queue now and then without being woken, so work queued by
 * another replica, or left by a crash or a database outage, is done too.
 */
@ApplicationScoped
public class DerivedDataRefresher {

    private static final Logger LOG = Logger.getLogger(DerivedDataRefresher.class);
    private static final Duration IDLE_CHECK = Duration.ofSeconds(10);
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(5);

    private final DerivedData derived;
    private final QueryConfig.Derived config;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    /** Items per pass: halved after a failed pass (a pass too big for its transaction would fail forever), regrown after good ones. */
    private int batch;

    public DerivedDataRefresher(DerivedData derived, QueryConfig config) {
        this.derived = derived;
        this.config = config.derived();
    }

    void start(@Observes StartupEvent event) {
        running = true;
        batch = config.batch();
        Thread worker = new Thread(this::run, "derived-data-refresher");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wakeUp.release();
    }

    /** A document was stored: its derived work is queued. */
    public void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    private void run() {
        while (running) {
            try {
                if (wakeUp.tryAcquire(IDLE_CHECK.toMillis(), TimeUnit.MILLISECONDS)) {
                    TimeUnit.MILLISECONDS.sleep(config.debounce().toMillis());
                }
                wakeUp.drainPermits();
                drain();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the work stays queued: the database is away, two writers collided, or the pass was too big
                batch = Math.max(1, batch / 2);
                LOG.warnf("derived data not refreshed yet (%s); retrying in %d s, %d items a pass", e.getMessage(),
                        AFTER_FAILURE.toSeconds(), batch);
                sleepQuietly(AFTER_FAILURE);
            }
        }
    }

    private void drain() {
        DerivedData.Refreshed pass;
        while (running && !(pass = derived.refresh(batch)).isEmpty()) {
            batch = Math.min(config.batch(), batch * 2);
            LOG.debugf("refreshed %d people and corroboration of %d documents (%d claims linked)",
                    pass.people(), pass.documents(), pass.linkedClaims());
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
