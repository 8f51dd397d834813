package org.shortagewatch.portal.rest;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves each page on its own request's context when a session's tokens were renewed for several requests at once.
 *
 * <p>
 * When the ID token of a session has expired, the portal renews the session's tokens with its refresh token
 * ({@code quarkus.oidc.token.refresh-expired}). Requests of one session that arrive together (a browser's tabs, a
 * page and its fragments) share one call to Keycloak's token endpoint, and in Quarkus 3.34 every one of them goes on
 * from there on the Vert.x context that call answered on: the pages then keep their CDI request scopes in one place,
 * and the first to finish ends the others', which fail with {@code ContextNotActiveException} (Quarkus issue 53748,
 * fixed in 3.37.2, a platform whose extensions this project cannot all resolve yet). This augmentor, which runs for
 * each request once its identity is built, moves a request that finds itself on another context back onto its own
 * before the page is served; on every other request it changes nothing. With it, the request scope must not travel
 * with Mutiny's operators ({@code quarkus.arc.context-propagation.enabled=false}), or the first request's scope would
 * come along; a page's calls to the services run on its own request's context and need no such carrying.
 */
@ApplicationScoped
public class RenewedSessionContext implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        Context own = requestContext(HttpSecurityUtils.getRoutingContextAttribute(attributes));
        Uni<SecurityIdentity> same = Uni.createFrom().item(identity);
        return own == null || own == Vertx.currentContext() ? same
                : same.emitOn(task -> own.runOnContext(ignored -> task.run()));
    }

    /** The Vert.x context the request is served on; null when there is no HTTP request. */
    private static Context requestContext(RoutingContext routing) {
        return routing != null && routing.request() instanceof HttpServerRequestInternal request ? request.context()
                : null;
    }
}
