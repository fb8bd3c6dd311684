package io.claimstream.query.rest;

import io.claimstream.common.errors.Errors;
import io.claimstream.query.admission.ReadAdmission;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.Optional;

/**
 * Lets {@link Revalidated} reads compute only through the {@link ReadAdmission} gate, in arrival
 * order. It runs after {@link EntityTagFilter} (a later priority): an answer served from the
 * answer cache costs next to nothing and never queues. The permit is given back when the request
 * completes, after its answer is serialized and written (JSON writing is a good part of a list
 * page's CPU), or fails. Health, metrics and the /stream feed are not JAX-RS reads and never wait.
 */
@Provider
@Revalidated
@Priority(Priorities.USER + 100)
public class ReadAdmissionFilter implements ContainerRequestFilter {

    public static final String OVERLOADED = "overloaded";
    /** Seconds a refused client is asked to wait: by then the queue that refused it has moved on. */
    static final String RETRY_AFTER_SECONDS = "1";

    private final ReadAdmission admission;

    public ReadAdmissionFilter(ReadAdmission admission) {
        this.admission = admission;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!admission.enabled()) {
            return;
        }
        Optional<ReadAdmission.Permit> permit;
        try {
            // a blocking resource's filters run on its worker thread; never park an event loop
            permit = admission.enter(BlockingOperationControl.isBlockingAllowed());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            permit = Optional.empty();
        }
        if (permit.isEmpty()) {
            request.abortWith(Response.fromResponse(Errors.response(503, OVERLOADED,
                            "too many reads are waiting; retry after " + RETRY_AFTER_SECONDS + " s"))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build());
            return;
        }
        ReadAdmission.Permit held = permit.get();
        ((ResteasyReactiveContainerRequestContext) request).getServerRequestContext()
                .registerCompletionCallback(failure -> held.close());
    }
}
