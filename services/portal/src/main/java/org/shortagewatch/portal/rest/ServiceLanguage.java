package org.shortagewatch.portal.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import io.quarkus.arc.Arc;

/**
 * Sends the page's language with every call the portal makes to a service ({@code Accept-Language}), as the user's
 * token goes with it: a refusal's details (RFC 9457 problem+json) come back in the language the page is shown in. A
 * call made outside a page's request (the alert stream, a cache filled on its own) sends none, and the service
 * answers in Japanese.
 */
@Provider
public class ServiceLanguage implements ClientRequestFilter {

    @Inject
    PageContext ctx;

    @Override
    public void filter(ClientRequestContext request) {
        if (Arc.container().requestContext().isActive()
                && !request.getHeaders().containsKey(HttpHeaders.ACCEPT_LANGUAGE)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, ctx.lang());
        }
    }
}
