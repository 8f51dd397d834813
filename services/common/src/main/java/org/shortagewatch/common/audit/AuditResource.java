package org.shortagewatch.common.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.common.security.Roles;

import io.smallrye.mutiny.Uni;

/** The service's audit trail, for administrators: its newest rows, and a check of its hash chain. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Who did what, when and from where (監査証跡); append-only and hash-chained")
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    @Inject
    AuditLogQueries queries;

    @Inject
    AuditVerification verification;

    @GET
    @Operation(summary = "The newest audit rows, newest first",
            description = "Pass the smallest id of a page as beforeId to read the page before it.")
    public Uni<List<AuditEntry>> newest(
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(1000) int limit,
            @QueryParam("beforeId") @Min(1) Long beforeId) {
        return queries.newest(beforeId, limit);
    }

    @GET
    @Path("/verification")
    @Operation(summary = "Verify the audit trail's hash chain",
            description = "Recomputes every row's hash and checks every link; reports the first broken row.")
    public Uni<AuditVerification.Result> verification() {
        return verification.verify();
    }
}
