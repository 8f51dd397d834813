package org.shortagewatch.portal.rest;

import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every page says how long the portal took to make it, in a {@code Server-Timing} header ({@code page;dur=} in
 * milliseconds, from the request reaching the page's resource to its answer, the services' calls and the template
 * included). Browsers show it in their developer tools; {@code bench/portal} reads it as the page's server time.
 */
public class ServerTiming {

    static final String HEADER = "Server-Timing";
    private static final String STARTED = ServerTiming.class.getName() + ".started";

    @ServerRequestFilter
    public void started(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @ServerResponseFilter
    public void answered(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            response.getHeaders().putSingle(HEADER,
                    String.format(Locale.ROOT, "page;dur=%.1f", (System.nanoTime() - started) / 1e6));
        }
    }
}
