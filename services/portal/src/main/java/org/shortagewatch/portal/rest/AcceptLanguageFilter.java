package org.shortagewatch.portal.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.shortagewatch.portal.domain.Languages;

/**
 * A request's Accept-Language with only its entries that read, before any page or the template engine reads it:
 * JAX-RS (and Qute's choice of a template's variant) refuse the whole request with an empty 400 over one malformed
 * entry ({@code en;q=abc}), where a page should simply be in Japanese, or in what the valid entries ask for.
 */
public class AcceptLanguageFilter {

    @ServerRequestFilter(preMatching = true)
    public void keepWhatReads(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null) {
            return;
        }
        String wellFormed = Languages.wellFormed(header);
        if (wellFormed == null) {
            request.getHeaders().remove(HttpHeaders.ACCEPT_LANGUAGE);
        } else if (!wellFormed.equals(header)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, wellFormed);
        }
    }
}
