package org.shortagewatch.portal.rest;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.shortagewatch.portal.client.MakerApi;
import org.shortagewatch.portal.domain.FormInput;
import org.shortagewatch.portal.domain.TypedForm;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

/**
 * API keys ({@code /maker/api-keys}): the organisation's keys for its own systems with manufacturer-report, a new
 * key (its secret shown on that answer only, never kept by the portal), and revoking one.
 */
@Path("/maker/api-keys")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MakerApiKeyPages extends MakerPage {

    /** The form's inputs, named as manufacturer-report names the fields it refuses. */
    static final Set<String> INPUTS = Set.of("name", "expiresInDays");

    @Inject
    Template apiKeys;

    @GET
    public Response keys(@QueryParam("revoked") boolean revoked) {
        return page(null, null, revoked, 200, Map.of());
    }

    /** A new key; a number of days that does not read is refused beside its field, and no key is made. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String expiresInDays) {
        Map<String, String> typed = Map.of("name", name == null ? "" : name,
                "expiresInDays", expiresInDays == null ? "" : expiresInDays);
        TypedForm read = new TypedForm();
        Integer days = read.count("expiresInDays", expiresInDays);
        if (!read.allRead()) {
            Refusal unread = pages.unread(read);
            return page(null, unread, false, unread.pageStatus(), typed);
        }
        try {
            MakerApi.ApiKey created = report.createApiKey(new MakerApi.NewApiKey(FormInput.text(name), days));
            return page(created, null, false, 201, Map.of());
        } catch (RuntimeException failure) {
            Refusal r = Refusal.of(failure);
            return page(null, r, false, r.pageStatus(), typed);
        }
    }

    @POST
    @Path("{id}/revocation")
    public Response revoke(@PathParam("id") UUID id) {
        return PageResponses.changed(() -> report.revokeApiKey(id), "/maker/api-keys?revoked=true",
                r -> page(null, r, false, r.pageStatus(), Map.of()));
    }

    /**
     * The keys, the form (as typed, after a refusal), and what just happened: a new key's secret, a refusal, a
     * revocation.
     */
    private Response page(MakerApi.ApiKey created, Refusal error, boolean revoked, int status,
            Map<String, String> typed) {
        List<MakerApi.ApiKey> keys;
        try {
            keys = report.apiKeys();
        } catch (RuntimeException failure) {
            return pages.refusal(error == null ? Refusal.of(failure) : error);
        }
        return pages.page(status, apiKeys.data("keys", keys).data("created", created).data("error", error)
                .data("revoked", revoked).data("typed", typed)
                .data("errors", Refusal.errorsAt(error, INPUTS)));
    }
}
