package org.shortagewatch.notification.rest;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.notification.persistence.NoticeEntity;
import org.shortagewatch.notification.service.NoticeReader;
import org.shortagewatch.notification.service.NoticeWorkflow;

import io.smallrye.mutiny.Uni;

/**
 * The regulator's side of cooperation-request notices (事務連絡), each step in one transaction
 * ({@link NoticeWorkflow}): draft, edit, submit for review, approve (a second person), send back with a comment, publish (to every
 * facility stocking a target product, every facility of the targeted kinds and the addressed organisations), follow
 * up (続報) and withdraw; and preview a draft as it will print, without saving it.
 */
@Path("/api/v1/notices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices", description = "Cooperation-request notices (事務連絡) of the regulator")
@RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
public class NoticeWorkflowResource {

    @Inject
    NoticeWorkflow workflow;

    @Inject
    NoticeReader reader;

    public record Withdrawal(@Size(max = 2000) String reason) {
    }

    /** What the reviewer says to the drafter when sending a notice back (差戻しコメント); optional. */
    public record SendBack(@Size(max = 2000) String comment) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a notice")
    public Uni<RestResponse<NoticeView>> draft(@Valid @NotNull NoticeRequest body) {
        return workflow.draft(body).map(NoticeWorkflowResource::created);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a draft")
    public Uni<NoticeView> edit(@PathParam("id") UUID id, @Valid @NotNull NoticeRequest body) {
        return workflow.edit(id, body).map(NoticeView::of);
    }

    @POST
    @Path("/{id}/review-request")
    @Operation(summary = "Submit a draft for review")
    public Uni<NoticeView> submit(@PathParam("id") UUID id) {
        return transition(id, workflow::submit);
    }

    @POST
    @Path("/{id}/approval")
    @Operation(summary = "Approve a notice under review; the reviewer is not its drafter")
    public Uni<NoticeView> approve(@PathParam("id") UUID id) {
        return transition(id, workflow::approve);
    }

    @POST
    @Path("/{id}/send-back")
    @Operation(summary = "Send a notice under review (or approved) back to draft",
            description = "With a JSON body {\"comment\"}: what the reviewer says to the drafter, shown on the draft "
                    + "(reviewComment) until the notice is approved. Without a body: no comment.")
    public Uni<NoticeView> sendBack(@PathParam("id") UUID id) {
        return workflow.sendBack(id, null).map(NoticeView::of);
    }

    /** The same step with the reviewer's comment (a JSON body): one operation in the API document. */
    @POST
    @Path("/{id}/send-back")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a notice under review (or approved) back to draft",
            description = "With a JSON body {\"comment\"}: what the reviewer says to the drafter, shown on the draft "
                    + "(reviewComment) until the notice is approved. Without a body: no comment.")
    public Uni<NoticeView> sendBackWithComment(@PathParam("id") UUID id, @Valid SendBack body) {
        return workflow.sendBack(id, body == null ? null : body.comment()).map(NoticeView::of);
    }

    @POST
    @Path("/rendering")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Preview a notice being drafted: the printable page, not saved",
            description = "The same template as a published notice's printable page (rendering?format=print), so the "
                    + "preview is what will print; the date reads （未発出） until publication. Nothing is stored.")
    public Uni<RestResponse<String>> preview(@Valid @NotNull NoticePreviewRequest body) {
        return reader.preview(body)
                .map(html -> RestResponse.ResponseBuilder.ok(html).type("text/html;charset=UTF-8").build());
    }

    @POST
    @Path("/{id}/publication")
    @Operation(summary = "Publish an approved notice",
            description = "Fans it out set-based and puts it on Kafka (topic notices). Publishing it again answers the "
                    + "notice as it is and notifies nobody a second time.")
    public Uni<NoticeView> publish(@PathParam("id") UUID id) {
        return transition(id, workflow::publish);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a published notice; everyone it reached is told")
    public Uni<NoticeView> withdraw(@PathParam("id") UUID id, @NotNull @Valid Withdrawal body) {
        return workflow.withdraw(id, body.reason()).map(NoticeView::of);
    }

    @POST
    @Path("/{id}/follow-up")
    @Operation(summary = "Draft a follow-up (続報) of a published notice: a copy that links it")
    public Uni<RestResponse<NoticeView>> followUp(@PathParam("id") UUID id) {
        return workflow.followUp(id).map(NoticeWorkflowResource::created);
    }

    /** A step of the review workflow on the notice {@code id}, answered with the notice as the step left it. */
    private static Uni<NoticeView> transition(UUID id, Function<UUID, Uni<NoticeEntity>> step) {
        return step.apply(id).map(NoticeView::of);
    }

    private static RestResponse<NoticeView> created(NoticeEntity n) {
        return RestResponse.ResponseBuilder.<NoticeView>created(URI.create("/api/v1/notices/" + n.id))
                .entity(NoticeView.of(n)).build();
    }
}
