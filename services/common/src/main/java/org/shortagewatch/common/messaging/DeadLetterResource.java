package org.shortagewatch.common.messaging;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.common.audit.AuditOutcome;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.audit.CommonAuditAction;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** The service's dead-letter topics, for administrators: what landed there, and re-driving it. */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters", description = "Records that were not valid events (配信不能メッセージ), and re-driving them")
@RolesAllowed(Roles.ADMIN)
public class DeadLetterResource {

    @Inject
    DeadLetters deadLetters;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Every record in this service's dead-letter topics",
            description = "With the reason it was refused and whether it was re-driven already.")
    public Uni<List<DeadLetters.DeadLetter>> list() {
        return Uni.createFrom().item(deadLetters::list).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @POST
    @Path("/{topic}/redrive")
    @Operation(summary = "Re-drive a dead-letter topic",
            description = "Publishes every record not re-driven before back to the topic it came from, with its key "
                    + "and headers. A record still invalid returns to the dead-letter topic with its new reason; a "
                    + "valid one is applied once. Newer events of the same key win over a re-driven older one.")
    public Uni<DeadLetters.Redrive> redrive(@PathParam("topic") String topic) {
        if (!deadLetters.topics().containsKey(topic)) {
            throw ProblemException.notFound(Text.of("このサービスにデッドレタートピック " + topic + " はありません",
                    "no dead-letter topic " + topic + " in this service"));
        }
        String actor = caller.subject();
        String org = caller.org().orElse(null);
        String address = audit.currentSourceAddress();
        return Uni.createFrom().item(() -> deadLetters.redrive(topic))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .call(done -> audit.recordOutsideTransaction(CommonAuditAction.DEAD_LETTERS_REDRIVE,
                        topic + " -> " + done.originalTopic() + " (" + done.redriven() + ")", AuditOutcome.SUCCESS,
                        actor, org, address));
    }
}
