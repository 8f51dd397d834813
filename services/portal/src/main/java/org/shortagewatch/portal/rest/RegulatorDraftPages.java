package org.shortagewatch.portal.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shortagewatch.portal.client.RegulatorApi;
import org.shortagewatch.portal.domain.FormChoices;
import org.shortagewatch.portal.domain.NoticeForm;
import org.shortagewatch.portal.domain.StatusFormErrors;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Drafting a notice (事務連絡): the form with every field notification takes, beside a live preview of the printed
 * layout (htmx posts the form to {@code /preview} as it is typed; the service renders it with the template of the
 * published notice, without saving it; without JavaScript the preview button does the same); save the draft, or save
 * it and send it for review. The service's refusals go beside the fields they name.
 */
@Path("/regulator/notices")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class RegulatorDraftPages extends RegulatorPage {

    @Inject
    Template regulatorDraft;

    @Inject
    Template regulatorPreview;

    @GET
    @Path("new")
    public Response blank() {
        return pages.ok(form(null, NoticeForm.blank(), null, null));
    }

    @GET
    @Path("{id}/edit")
    public Response edit(@PathParam("id") UUID id) {
        return pages.orRefusal(() -> {
            RegulatorApi.Notice n = notices.notice(id);
            return pages.ok(form(n, n.form(), null, null));
        });
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam NoticeFields fields) {
        return save(null, fields);
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") UUID id, @BeanParam NoticeFields fields) {
        return pages.orRefusal(() -> save(notices.notice(id), fields));
    }

    /** The printed layout of the form as typed, for the page's live preview (htmx). */
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preview(@BeanParam NoticeFields fields) {
        return Response.ok(ctx.page(regulatorPreview.data("p", preview(fields.form()))))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** The printed layout as the service rendered it, or its refusal (with the fields it named). */
    @TemplateData
    public record Preview(String html, Refusal error, StatusFormErrors errors) {
    }

    /** Saves (and, asked to, sends for review) or previews; refused, the form again with each refusal at its field. */
    private Response save(RegulatorApi.Notice saved, NoticeFields fields) {
        NoticeForm typed = fields.form();
        if (fields.preview()) {
            return pages.ok(form(saved, typed, null, preview(typed)));
        }
        RegulatorApi.NoticeDraft draft = RegulatorApi.NoticeDraft.of(typed);
        try {
            RegulatorApi.Notice n = saved == null ? notices.draft(draft) : notices.edit(saved.id(), draft);
            if (fields.submit()) {
                try {
                    notices.submit(n.id());
                } catch (RuntimeException refused) {
                    return pages.page(Refusal.of(refused).pageStatus(), form(n, typed, Refusal.of(refused), null));
                }
            }
            return PageResponses.seeOther(noticePath(n.id()));
        } catch (RuntimeException failure) {
            Refusal r = Refusal.of(failure);
            return pages.page(r.pageStatus(), form(saved, typed, r, null));
        }
    }

    private Preview preview(NoticeForm typed) {
        try {
            return new Preview(notices.preview(RegulatorApi.NoticeDraft.of(typed)), null,
                    StatusFormErrors.of(null, INPUTS));
        } catch (RuntimeException failure) {
            Refusal r = Refusal.of(failure);
            return new Preview(null, r, StatusFormErrors.of(r.fields(), INPUTS));
        }
    }

    private TemplateInstance form(RegulatorApi.Notice saved, NoticeForm typed, Refusal error, Preview preview) {
        return regulatorDraft.data("n", saved).data("form", typed).data("error", error)
                .data("errors", Refusal.errorsAt(error, INPUTS))
                .data("kinds", FormChoices.FACILITY_KINDS).data("p", preview);
    }
}
