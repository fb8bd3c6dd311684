package io.claimstream.common.auth;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** A write endpoint and a read endpoint guarded the way the services guard theirs. */
@Path("/probe")
public class ProbeResource {

    @POST
    @WriteAccess
    public Response write() {
        return Response.status(201).build();
    }

    @GET
    public String read() {
        return "open";
    }
}
