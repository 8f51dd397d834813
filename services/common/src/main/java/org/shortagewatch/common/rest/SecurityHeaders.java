package org.shortagewatch.common.rest;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Headers every answer of a service carries, whoever asked: {@code X-Content-Type-Options: nosniff} (a browser takes
 * the declared type, never guesses a script out of text), and on HTML (the rendered 事務連絡, opened from an e-mail's
 * link) a Content-Security-Policy that allows nothing but the page's own inline styles: no script, no frame, no
 * form, no outside resource.
 */
public class SecurityHeaders {

    static final String NO_SNIFF = "nosniff";
    static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'";

    @ServerResponseFilter
    public void secure(ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", NO_SNIFF);
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.getHeaders().putSingle("Content-Security-Policy", HTML_POLICY);
        }
    }
}
