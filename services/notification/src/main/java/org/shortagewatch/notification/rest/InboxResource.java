package org.shortagewatch.notification.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.notification.persistence.Inbox;
import org.shortagewatch.notification.service.Inboxes;

import io.smallrye.mutiny.Uni;

/**
 * The inbox of a facility (or another recipient organisation, such as a wholesaler or an association a notice is
 * addressed to): its messages, newest first, to read and acknowledge ({@link Inboxes}).
 */
@Path("/api/v1/inbox/{recipient}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "Alerts and notices kept for the recipient, with read and acknowledgement")
@RolesAllowed({Roles.FACILITY, Roles.WHOLESALER, Roles.MANUFACTURER, Roles.ADMIN})
public class InboxResource {

    @Inject
    Inboxes inboxes;

    @GET
    @Operation(summary = "The recipient's messages, newest first")
    public Uni<List<Inbox.Entry>> list(@PathParam("recipient") String recipient,
            @QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return inboxes.list(recipient, unread, limit);
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark a message read")
    public Uni<Void> read(@PathParam("recipient") String recipient, @PathParam("id") UUID id) {
        return inboxes.mark(recipient, id, false);
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge a message (it is read, too); the regulator sees acknowledgement rates per notice")
    public Uni<Void> acknowledge(@PathParam("recipient") String recipient, @PathParam("id") UUID id) {
        return inboxes.mark(recipient, id, true);
    }
}
