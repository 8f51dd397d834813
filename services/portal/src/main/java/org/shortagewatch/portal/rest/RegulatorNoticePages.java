package org.shortagewatch.portal.rest;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.shortagewatch.portal.client.RegulatorApi;
import org.shortagewatch.portal.client.WholesalerNames;
import org.shortagewatch.portal.domain.FormInput;
import org.shortagewatch.portal.domain.NoticeStage;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

/**
 * The regulator's notices (事務連絡): the list by stage (drafts, in review, approved, published, withdrawn), one
 * notice with what its stage allows (edit, send for review, review, publish, follow up (続報), withdraw with a
 * reason), its follow-ups and the notices it follows up linked both ways, and the organisations it is sent to by
 * name (a wholesaler's, which notification does not know, from wholesaler-allocation's registry). notification takes
 * or refuses each step; a refusal is shown on the notice's page.
 */
@Path("/regulator/notices")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class RegulatorNoticePages extends RegulatorPage {

    static final int LIMIT = 100;

    @Inject
    Template regulatorNotices;

    @Inject
    Template regulatorNotice;

    @Inject
    WholesalerNames wholesalerNames;

    @GET
    public Response list(@QueryParam("status") String status) {
        NoticeStage stage = NoticeStage.of(status);
        return pages.orRefusal(() -> pages.ok(regulatorNotices.data("stage", stage).data("stages", NoticeStage.ORDER)
                .data("notices", notices.notices(stage.name(), LIMIT))));
    }

    @GET
    @Path("{id}")
    public Response notice(@PathParam("id") UUID id) {
        return page(id, null);
    }

    @POST
    @Path("{id}/review-request")
    public Response submit(@PathParam("id") UUID id) {
        return step(() -> notices.submit(id), r -> page(id, r));
    }

    @POST
    @Path("{id}/publication")
    public Response publish(@PathParam("id") UUID id) {
        return step(() -> notices.publish(id), r -> page(id, r));
    }

    /** A follow-up (続報): a new draft that links this notice, opened for editing. */
    @POST
    @Path("{id}/follow-up")
    public Response followUp(@PathParam("id") UUID id) {
        return PageResponses.changed(() -> noticePath(notices.followUp(id).id()) + "/edit",
                r -> page(id, r));
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") UUID id, @RestForm String reason) {
        return step(() -> notices.withdraw(id, new RegulatorApi.Withdrawal(FormInput.text(reason))),
                r -> page(id, r));
    }

    /** The notice with its follow-ups; with a step's refusal, answered with the refusal's status. */
    private Response page(UUID id, Refusal error) {
        try {
            RegulatorApi.Notice n = notices.notice(id);
            List<RegulatorApi.Notice> followUps = n.stage().issued() ? notices.followUps(id, LIMIT) : List.of();
            return pages.page(error == null ? 200 : error.pageStatus(), regulatorNotice.data("n", n)
                    .data("followUps", followUps).data("wholesalers", wholesalerNames.of(n.unnamedOrganisations()))
                    .data("error", error));
        } catch (RuntimeException failure) {
            return pages.refusal(error == null ? Refusal.of(failure) : error);
        }
    }
}
