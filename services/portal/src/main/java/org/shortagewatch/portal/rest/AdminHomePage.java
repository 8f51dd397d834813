package org.shortagewatch.portal.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

/**
 * The operator's home ({@code /admin}): the ways to the product master, the wholesalers, facilities, audit trails and
 * dead letters.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AdminHomePage extends PortalPage {

    @Inject
    Template adminHome;

    @GET
    public Response home() {
        return pages.ok(adminHome.instance());
    }
}
