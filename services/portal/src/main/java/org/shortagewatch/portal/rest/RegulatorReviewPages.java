package org.shortagewatch.portal.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.shortagewatch.portal.client.RegulatorApi;
import org.shortagewatch.portal.domain.FormInput;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

/**
 * A second regulator's review of a notice ({@code /regulator/notices/{id}/review}): the notice as it will print, then
 * approve it, or send it back to its drafter with a comment (shown on the draft). notification approves only a
 * notice someone else drafted (four eyes): the page offers its drafter no approval, and the service's refusal, should
 * an approval reach it anyway, is shown here, beside the approval.
 */
@Path("/regulator/notices/{id}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class RegulatorReviewPages extends RegulatorPage {

    @Inject
    Template regulatorReview;

    @GET
    @Path("review")
    public Response review(@PathParam("id") UUID id) {
        return page(id, null, null);
    }

    @POST
    @Path("approval")
    public Response approve(@PathParam("id") UUID id) {
        return step(() -> notices.approve(id), r -> page(id, r, null));
    }

    @POST
    @Path("send-back")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendBack(@PathParam("id") UUID id, @RestForm String comment) {
        String typed = FormInput.text(comment);
        return step(() -> notices.sendBack(id, new RegulatorApi.SendBack(typed)),
                r -> page(id, r, typed));
    }

    /** The notice as it prints and the review's forms; with a step's refusal, answered with its status. */
    private Response page(UUID id, Refusal error, String comment) {
        try {
            RegulatorApi.Notice n = notices.notice(id);
            String printed = notices.printable(id, "print");
            return pages.page(error == null ? 200 : error.pageStatus(), regulatorReview.data("n", n)
                    .data("approvable", n.stage().approvableBy(ctx.subject(), n.draftedBy()))
                    .data("printed", printed).data("error", error).data("comment", comment == null ? "" : comment));
        } catch (RuntimeException failure) {
            return pages.refusal(error == null ? Refusal.of(failure) : error);
        }
    }
}
