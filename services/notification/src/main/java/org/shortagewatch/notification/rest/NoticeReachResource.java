package org.shortagewatch.notification.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.notification.service.NoticeReader;

import io.smallrye.mutiny.Uni;

/**
 * Who a published notice (事務連絡) reached, for the regulator: delivery and acknowledgement over time since its
 * publication, and the recipients who have not acknowledged it yet. The totals: {@code statistics} of
 * {@link NoticeResource}.
 */
@Path("/api/v1/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices", description = "Cooperation-request notices (事務連絡) of the regulator")
@RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
public class NoticeReachResource {

    @Inject
    NoticeReader reader;

    @GET
    @Path("/{id}/statistics/timeline")
    @Operation(summary = "Delivered and acknowledged recipients of a notice over time",
            description = "One point per hour since publication (per day after three days, per week after half a "
                    + "year; periods in Japan), each with the running totals; no points before publication.")
    public Uni<NoticeTimelineView> timeline(@PathParam("id") UUID id) {
        return reader.timeline(id).map(NoticeTimelineView::of);
    }

    @GET
    @Path("/{id}/unacknowledged")
    @Operation(summary = "The recipients of a notice who have not acknowledged it, by code, one page",
            description = "Each with its name where the service knows it (a facility's, or a manufacturer's from the "
                    + "product master), its kind and prefecture (when it is a facility), when the notice was first "
                    + "delivered to it and when it first read it. Pages numbered from 1, at most 200 a page.")
    public Uni<UnacknowledgedView> unacknowledged(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return reader.unacknowledged(id, page, size).map(found -> UnacknowledgedView.of(found, page, size));
    }
}
