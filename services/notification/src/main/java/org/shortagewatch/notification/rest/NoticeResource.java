package org.shortagewatch.notification.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
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
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.notification.delivery.NoticeRenderer;
import org.shortagewatch.notification.domain.NoticeStatus;
import org.shortagewatch.notification.persistence.NoticeEntity;
import org.shortagewatch.notification.service.NoticeReader;
import org.shortagewatch.notification.service.NoticeWorkflow;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Reading cooperation-request notices (事務連絡): published and withdrawn ones are public, drafts the regulator's;
 * recipients acknowledge what they received; the regulator reads delivery and acknowledgement rates. Every endpoint
 * here is public but those two, which name their roles. The regulator's drafting and publishing:
 * {@link NoticeWorkflowResource}.
 */
@Path("/api/v1/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices", description = "Cooperation-request notices (事務連絡) of the regulator")
@PermitAll
public class NoticeResource {

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    NoticeReader reader;

    @Inject
    NoticeWorkflow workflow;

    @GET
    @Operation(summary = "Published and withdrawn notices, newest first; public",
            description = "The ministry publishes its notices (事務連絡): anyone may list them, without a token. Drafts "
                    + "and notices in review are never listed to the public. Page with beforeIssuedOn (exclusive) and "
                    + "limit (at most 200). With status (DRAFT, IN_REVIEW, APPROVED, PUBLISHED, WITHDRAWN), the "
                    + "notices of that status, last changed first: the regulator's own work list; to anyone else a "
                    + "draft, in review or approved does not exist, so their lists are empty. With followsUp (a notice's "
                    + "id), the notices that follow it up (続報), oldest first, instead.")
    public Uni<List<NoticeView>> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("beforeIssuedOn") LocalDate beforeIssuedOn, @QueryParam("status") String status,
            @QueryParam("followsUp") UUID followsUp) {
        NoticeStatus wanted;
        try {
            wanted = status == null ? null : NoticeStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(ProblemException.invalidField("status", Text.of(
                    "DRAFT、IN_REVIEW、APPROVED、PUBLISHED、WITHDRAWN のいずれかにしてください",
                    "must be DRAFT, IN_REVIEW, APPROVED, PUBLISHED or WITHDRAWN")));
        }
        return regulatorCalling().chain(regulator -> (followsUp != null ? reader.followingUp(followsUp, regulator, limit)
                : wanted == null ? reader.published(limit, beforeIssuedOn)
                : regulator || wanted.isPublic() ? reader.withStatus(wanted, limit, beforeIssuedOn)
                        : Uni.createFrom().item(List.<NoticeEntity>of()))
                .map(list -> list.stream().map(n -> view(n, regulator)).toList()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A notice; published and withdrawn ones are public, drafts only for the regulator",
            description = "To the regulator it names the addressed organisations whose names the service knows "
                    + "(addresseeOrganisationNames, by code: a facility's, or a manufacturer's from the product master).")
    public Uni<NoticeView> get(@PathParam("id") UUID id) {
        return regulatorCalling().chain(regulator -> regulator
                ? reader.named(id).map(n -> NoticeView.of(n.notice()).withOrganisationNames(n.organisationNames()))
                : reader.visible(id, false).map(n -> view(n, false)));
    }

    @GET
    @Path("/{id}/rendering")
    @Produces({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN})
    @Operation(summary = "The notice rendered: format=print (printable page, traditional layout), html (as e-mailed) or text",
            description = "Public once published (the printUrl of every e-mail and webhook opens in a browser); drafts only for the regulator.")
    public Uni<RestResponse<String>> rendering(@PathParam("id") UUID id, @QueryParam("format") @DefaultValue("print") String format) {
        NoticeRenderer.Format f;
        try {
            f = NoticeRenderer.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(ProblemException.invalidField("format", Text.of("print、html、text のいずれかにしてください",
                    "must be print, html or text")));
        }
        return regulatorCalling().chain(regulator -> reader.rendered(id, regulator, f))
                .map(text -> RestResponse.ResponseBuilder.ok(text)
                        .type(f == NoticeRenderer.Format.TEXT ? "text/plain;charset=UTF-8" : "text/html;charset=UTF-8")
                        .build());
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Operation(summary = "The caller's organisation acknowledges a notice it received")
    @RolesAllowed({Roles.FACILITY, Roles.WHOLESALER})
    public Uni<Void> acknowledge(@PathParam("id") UUID id) {
        return workflow.acknowledge(id);
    }

    @GET
    @Path("/{id}/statistics")
    @Operation(summary = "Delivery and acknowledgement rates of a published notice")
    @RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
    public Uni<NoticeStatistics> statistics(@PathParam("id") UUID id) {
        return reader.reach(id).map(NoticeStatistics::of);
    }

    /** The regulator's staff who drafted and reviewed a notice are named to the regulator and admins only. */
    private static NoticeView view(NoticeEntity n, boolean regulator) {
        NoticeView v = NoticeView.of(n);
        return regulator ? v : v.withoutStaff();
    }

    /**
     * Whether the caller is the regulator or an admin. Public endpoints run on the event loop with lazy
     * authentication, so the identity is resolved without blocking.
     */
    private Uni<Boolean> regulatorCalling() {
        return identities.getDeferredIdentity().map(i -> i.hasRole(Roles.REGULATOR) || i.hasRole(Roles.ADMIN));
    }
}
