package org.shortagewatch.portal.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shortagewatch.portal.client.AdminApi;
import org.shortagewatch.portal.domain.BackendService;
import org.shortagewatch.portal.domain.DeadLetterTopics;
import org.shortagewatch.portal.domain.FormInput;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.security.Authenticated;

/**
 * Dead letters ({@code /admin/dead-letters}): every service's records that were not valid events, with the reason, and
 * a re-drive of a dead-letter topic (a form post; then back here, saying how many records went back).
 */
@Path("/admin/dead-letters")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AdminDeadLetterPages extends AdminPage {

    @Inject
    Template adminDeadLetters;

    /** One service's dead letters, or what kept them from the page. */
    @TemplateData
    public record Letters(BackendService service, List<AdminApi.DeadLetter> letters, Refusal error) {

        /** The dead-letter topics with records not re-driven yet: those a re-drive would send back. */
        public List<String> waiting() {
            return DeadLetterTopics.waiting(letters, AdminApi.DeadLetter::deadLetterTopic,
                    AdminApi.DeadLetter::redriven);
        }
    }

    @GET
    public Response list(@QueryParam("redriven") String redriven, @QueryParam("topic") String topic) {
        List<Letters> all = new ArrayList<>();
        for (BackendService s : BackendService.values()) {
            try {
                all.add(new Letters(s, service(s).deadLetters(), null));
            } catch (RuntimeException failure) {
                all.add(new Letters(s, List.of(), Refusal.of(failure)));
            }
        }
        return pages.ok(adminDeadLetters.data("services", all).data("redriven", FormInput.linkCount(redriven))
                .data("topic", topic));
    }

    @POST
    @Path("{service}/{topic}/redrive")
    public Response redrive(@PathParam("service") String name, @PathParam("topic") String topic) {
        BackendService s = BackendService.of(name);
        if (s == null) {
            return pages.refusal(new Refusal(404, name));
        }
        return PageResponses.changed(() -> "/admin/dead-letters?redriven=" + service(s).redrive(topic)
                .redriven() + "&topic=" + TemplateTypes.urlEncode(topic), pages::refusal);
    }
}
