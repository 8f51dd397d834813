package org.shortagewatch.portal.rest;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.shortagewatch.portal.client.NotificationApi;
import org.shortagewatch.portal.domain.FormChoices;
import org.shortagewatch.portal.domain.FormInput;
import org.shortagewatch.portal.domain.TypedForm;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * My facility ({@code /me}): a pharmacy's or hospital's registration with notification, read and saved with the
 * user's access token. The facility is the user's organisation (the token's {@code org} claim); whether this user
 * may read or change it is notification's decision, and a refusal is shown as the service gave it.
 */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MyFacilityPage extends FacilityPage {

    /** The form's inputs, named as notification names the fields it refuses. */
    static final Set<String> INPUTS = Set.of("kind", "name", "email", "quietStart", "quietEnd", "digest");

    @Inject
    Template me;

    /** The facility as registered, or the empty form when it is not registered yet. */
    @GET
    public Response facility(@QueryParam("saved") boolean saved) {
        NotificationApi.Facility f = null;
        try {
            f = notification.facility(ctx.orgOrEmpty());
        } catch (RuntimeException failure) {
            Refusal refusal = Refusal.of(failure);
            if (!refusal.notFound()) {
                return pages.refusal(refusal);
            }
        }
        return pages.ok(page(f, saved, null));
    }

    /**
     * Registers or changes the facility; a refusal shows the form again as the user typed it. A quiet hour that does
     * not read (25:00) is refused beside its field, and nothing is sent: sent as none, it would clear the quiet hours.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveFacility(@RestForm String kind, @RestForm String name, @RestForm String email,
            @RestForm String quietStart, @RestForm String quietEnd, @RestForm String digest) {
        String org = ctx.orgOrEmpty();
        TypedForm read = new TypedForm();
        LocalTime start = read.time("quietStart", quietStart);
        LocalTime end = read.time("quietEnd", quietEnd);
        NotificationApi.Facility typed = new NotificationApi.Facility(org, kind, null, null, name, email, start, end,
                digest != null);
        Map<String, String> typedHours = Map.of("quietStart", quietStart == null ? "" : quietStart,
                "quietEnd", quietEnd == null ? "" : quietEnd);
        if (!read.allRead()) {
            Refusal unread = pages.unread(read);
            return pages.page(unread.pageStatus(), page(typed, false, unread).data("typedHours", typedHours));
        }
        NotificationApi.FacilityRequest body = new NotificationApi.FacilityRequest(kind, name,
                FormInput.text(email), start, end, digest != null);
        return PageResponses.changed(() -> notification.saveFacility(org, body), "/me?saved=true",
                r -> pages.page(r.pageStatus(), page(typed, false, r)));
    }

    private TemplateInstance page(NotificationApi.Facility f, boolean saved, Refusal error) {
        return me.data("f", f).data("code", ctx.orgOrEmpty()).data("kinds", FormChoices.FACILITY_KINDS)
                .data("saved", saved).data("error", error).data("typedHours", Map.of())
                .data("errors", Refusal.errorsAt(error, INPUTS));
    }
}
