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
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.notification.persistence.Inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The inbox of a facility (or another recipient organisation, such as a wholesaler or an association a notice is
 * addressed to): its messages, newest first, to read and acknowledge.
 */
@Path("/api/v1/inbox/{recipient}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "Alerts and notices kept for the recipient, with read and acknowledgement")
public class InboxResource {

    @Inject
    Inbox inbox;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @GET
    @Operation(summary = "The recipient's messages, newest first")
    @RolesAllowed({Roles.FACILITY, Roles.WHOLESALER, Roles.ADMIN})
    @WithSession
    public Uni<List<Inbox.Entry>> list(@PathParam("recipient") String recipient,
            @QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        own(recipient);
        return Panache.getSession().chain(session -> inbox.list(session, recipient, unread, limit));
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark a message read")
    @RolesAllowed({Roles.FACILITY, Roles.WHOLESALER, Roles.ADMIN})
    @WithTransaction
    public Uni<Void> read(@PathParam("recipient") String recipient, @PathParam("id") UUID id) {
        return mark(recipient, id, false);
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge a message (it is read, too); the regulator sees acknowledgement rates per notice")
    @RolesAllowed({Roles.FACILITY, Roles.WHOLESALER, Roles.ADMIN})
    @WithTransaction
    public Uni<Void> acknowledge(@PathParam("recipient") String recipient, @PathParam("id") UUID id) {
        return mark(recipient, id, true);
    }

    private Uni<Void> mark(String recipient, UUID id, boolean acknowledge) {
        own(recipient);
        return Panache.getSession().chain(session -> inbox.mark(session, recipient, id, acknowledge)
                .chain(found -> found
                        ? audit.record(session, acknowledge ? "inbox.acknowledge" : "inbox.read", id.toString(),
                                AuditTrail.SUCCESS)
                        : Uni.createFrom().failure(ProblemException.notFound("no message " + id))));
    }

    /** Another organisation's inbox is answered as not found. */
    private void own(String recipient) {
        if (!caller.actsFor(recipient)) {
            throw ProblemException.notFound("no inbox " + recipient);
        }
    }
}
