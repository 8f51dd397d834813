package org.shortagewatch.common.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.ext.web.Router;

/**
 * Headers every answer of a service carries, whoever asked: {@code X-Content-Type-Options: nosniff} (a browser takes
 * the declared type, never guesses a script out of text), and on HTML (the rendered 事務連絡, opened from an e-mail's
 * link) a Content-Security-Policy that allows nothing but the page's own inline styles: no script, no frame, no
 * form, no outside resource.
 *
 * <p>{@code nosniff} is set on the HTTP route, before any handler runs, so that the answers no JAX-RS resource writes
 * carry it too: refusals of the load bound and the size limits, 401s of the security layer, {@code /q/} endpoints.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String NO_SNIFF_HEADER = "X-Content-Type-Options";
    static final String NO_SNIFF = "nosniff";
    static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'";

    /** The order of the first route of all: every route after it, the early refusals' included, answers with it. */
    public static final int ROUTE_ORDER = Integer.MIN_VALUE;

    void noSniff(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(context -> {
            context.addHeadersEndHandler(ended -> context.response().headers().set(NO_SNIFF_HEADER, NO_SNIFF));
            context.next();
        });
    }

    @ServerResponseFilter
    public void secure(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.getHeaders().putSingle("Content-Security-Policy", HTML_POLICY);
        }
    }
}
