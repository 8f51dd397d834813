package org.shortagewatch.portal.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The portal's own "not found" page (the one a missing product shows, 404, in the page's language) for a path the
 * portal cannot read: an id that is no id ({@code /notices/abc}, {@code /maker/uploads/not-a-uuid}), which JAX-RS
 * answers with an empty 404 when it cannot convert a path or query parameter.
 */
public class NotFoundPage {

    @Inject
    PageResponses pages;

    @ServerExceptionMapper
    public Response notFound(NotFoundException unreadable) {
        return pages.refusal(new Refusal(404, ""));
    }
}
