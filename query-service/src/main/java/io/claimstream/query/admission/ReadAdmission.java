package io.claimstream.query.admission;

import io.claimstream.query.config.QueryConfig;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many reads compute at once, admitted first come, first served. On a few cores, every read
 * let in at once (one worker thread and one PostgreSQL backend each) makes the scheduler, not the
 * order of arrival, decide which finish: some wait several times the mean while others overtake
 * them, and the switching between a few dozen busy threads and backends costs CPU of its own. A
 * few reads per processor keep the cores as busy; the others wait in a fair queue, so a read's
 * time is close to the mean. A read that cannot start within the wait bound is refused (the
 * caller answers 503 with Retry-After) rather than queued without end while load exceeds what
 * the machine can serve.
 */
@ApplicationScoped
public class ReadAdmission {

    /** A read's right to run; closing it (once is enough, more is harmless) lets the next one in. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final boolean enabled;
    private final int permits;
    private final Duration maxWait;
    private final Semaphore running;
    private final AtomicLong admitted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    @Inject
    public ReadAdmission(QueryConfig config, MeterRegistry metrics) {
        this(config.admission().enabled(), permits(config.admission(), Runtime.getRuntime().availableProcessors()),
                config.admission().maxWait());
        FunctionCounter.builder("claimstream.read.admission", admitted, AtomicLong::get).tag("result", "admitted")
                .description("Reads let in by the admission gate").register(metrics);
        FunctionCounter.builder("claimstream.read.admission", refused, AtomicLong::get).tag("result", "refused")
                .description("Reads refused (503) after waiting the longest allowed for the gate").register(metrics);
        Gauge.builder("claimstream.read.admission.waiting", this, ReadAdmission::waiting)
                .description("Reads waiting for the gate").register(metrics);
        Gauge.builder("claimstream.read.admission.running", this, ReadAdmission::runningNow)
                .description("Reads computing now").register(metrics);
    }

    public ReadAdmission(boolean enabled, int permits, Duration maxWait) {
        if (permits < 1) {
            throw new IllegalArgumentException("the read admission gate needs at least one permit, not " + permits);
        }
        this.enabled = enabled;
        this.permits = permits;
        this.maxWait = maxWait;
        // fair: the longest waiting read goes first; that order is the point of the gate
        this.running = new Semaphore(permits, true);
    }

    /** The configured number, else the per-processor share times the processors (at least one). */
    static int permits(QueryConfig.Admission config, int processors) {
        return Math.max(1, config.permits().orElse(config.permitsPerProcessor() * processors));
    }

    public boolean enabled() {
        return enabled;
    }

    public int permits() {
        return permits;
    }

    public Duration maxWait() {
        return maxWait;
    }

    /**
     * Waits, in arrival order, up to the wait bound for a read to be let in. Empty: refused (the
     * bound passed, or {@code mayWait} is false and no permit is free at once).
     *
     * @param mayWait false on a thread that must not block (an event loop): only a free permit is taken
     */
    public Optional<Permit> enter(boolean mayWait) throws InterruptedException {
        if (!enabled) {
            return Optional.of(() -> { });
        }
        boolean in = mayWait ? running.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS) : running.tryAcquire();
        if (!in) {
            refused.incrementAndGet();
            return Optional.empty();
        }
        admitted.incrementAndGet();
        AtomicBoolean released = new AtomicBoolean();
        return Optional.of(() -> {
            if (released.compareAndSet(false, true)) {
                running.release();
            }
        });
    }

    /** Reads waiting to be let in now (an estimate, as the semaphore's queue length is). */
    public int waiting() {
        return running.getQueueLength();
    }

    /** Reads holding a permit now. */
    public int runningNow() {
        return enabled ? permits - running.availablePermits() : 0;
    }
}
