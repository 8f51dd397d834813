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
import org.shortagewatch.portal.client.MakerApi;
import org.shortagewatch.portal.domain.FormInput;

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

    @Inject
    Template apiKeys;

    @GET
    public Response keys(@QueryParam("revoked") boolean revoked) {
        return page(null, null, revoked, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String expiresInDays) {
        try {
            MakerApi.ApiKey created = report.createApiKey(
                    new MakerApi.NewApiKey(FormInput.text(name), FormInput.count(FormInput.text(expiresInDays))));
            return page(created, null, false, 201);
        } catch (RuntimeException failure) {
            Refusal r = Refusal.of(failure);
            return page(null, r, false, r.pageStatus());
        }
    }

    @POST
    @Path("{id}/revocation")
    public Response revoke(@PathParam("id") UUID id) {
        return PageResponses.changed(() -> report.revokeApiKey(id), "/maker/api-keys?revoked=true",
                r -> page(null, r, false, r.pageStatus()));
    }

    /** The keys, the form, and what just happened: a new key's secret, a refusal, a revocation. */
    private Response page(MakerApi.ApiKey created, Refusal error, boolean revoked, int status) {
        List<MakerApi.ApiKey> keys;
        try {
            keys = report.apiKeys();
        } catch (RuntimeException failure) {
            return pages.refusal(error == null ? Refusal.of(failure) : error);
        }
        return pages.page(status, apiKeys.data("keys", keys).data("created", created).data("error", error)
                .data("revoked", revoked));
    }
}
