package org.shortagewatch.portal.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.shortagewatch.portal.domain.AuditVerdict;

/**
 * What every service offers its operators (services/common's audit and dead-letter resources, the same in each): the
 * newest audit rows, the check of the audit trail's hash chain, the dead letters and their re-drive. Each service's
 * own client ({@link ReportAdminClient}, {@link AllocationAdminClient}, {@link NotificationAdminClient}) extends it
 * with its address and the user's token; the service decides who may read and re-drive.
 */
public interface ServiceAdminClient {

    /** The newest audit rows, newest first; {@code beforeId} (optional) reads the rows older than it. */
    @GET
    @Path("/audit")
    List<AdminApi.AuditEntry> audit(@QueryParam("limit") int limit, @QueryParam("beforeId") Long beforeId);

    @GET
    @Path("/audit/verification")
    AuditVerdict verification();

    @GET
    @Path("/dead-letters")
    List<AdminApi.DeadLetter> deadLetters();

    /** Re-drives a dead-letter topic; a refusal's detail in the page's language. */
    @POST
    @Path("/dead-letters/{topic}/redrive")
    AdminApi.Redrive redrive(@PathParam("topic") String topic);
}
