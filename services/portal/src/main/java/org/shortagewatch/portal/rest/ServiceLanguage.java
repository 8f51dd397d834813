package org.shortagewatch.portal.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;

/**
 * Sends the page's language with the calls the portal makes to a service while it serves a page
 * ({@code Accept-Language}), as the user's token goes with them: a refusal's details (RFC 9457 problem+json) come back
 * in the language the page is shown in. A call made outside a page's request (one made while the alert stream relays
 * an event, for instance) sends none, and the service answers in Japanese; a call that names its own language keeps
 * it.
 */
@Provider
public class ServiceLanguage implements ClientRequestFilter {

    @Inject
    PageContext ctx;

    @Override
    public void filter(ClientRequestContext request) {
        if (CurrentRequestManager.get() != null && !request.getHeaders().containsKey(HttpHeaders.ACCEPT_LANGUAGE)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, ctx.lang());
        }
    }
}
