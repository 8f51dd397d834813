package org.shortagewatch.common.audit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.shortagewatch.common.config.AuditSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shortagewatch.common.security.Caller;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.quarkus.security.spi.runtime.SecurityEvent;
import io.vertx.ext.web.RoutingContext;

/**
 * Records every refused authentication (no, invalid or expired credentials) and every refused authorisation (a
 * role or permission check failed) in the audit trail, outcome {@link AuditOutcome#DENIED}, each in a transaction of
 * its own. Quarkus fires these security events for HTTP requests and for secured methods alike.
 *
 * <p>Action {@code authentication} or {@code authorization}; target the request ({@code GET /api/v1/...}) or, outside
 * HTTP, the secured method; actor the identity that was refused ({@value AuditTrail#ANONYMOUS} when none).
 */
@ApplicationScoped
public class SecurityFailureAudit {

    private static final Logger LOG = Logger.getLogger(SecurityFailureAudit.class);

    /** Refusals that repeat (429) are audited once per action, caller and minute: enough to see who. */
    private final Cache<String, Boolean> recentlyAudited = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();

    @Inject
    AuditTrail audit;

    @Inject
    AuditSettings settings;

    void authenticationFailed(@Observes AuthenticationFailureEvent event) {
        write(CommonAuditAction.AUTHENTICATION, event, null);
    }

    void authorizationFailed(@Observes AuthorizationFailureEvent event) {
        write(CommonAuditAction.AUTHORIZATION, event, event.getAuthorizationContext());
    }

    private void write(CommonAuditAction action, SecurityEvent event, String fallbackTarget) {
        if (!settings.securityFailuresEnabled()) {
            return;
        }
        RoutingContext http = event.getEventProperties() == null ? null
                : event.getEventProperties().get(RoutingContext.class.getName()) instanceof RoutingContext rc ? rc
                : null;
        String target = http != null && http.request() != null
                ? http.request().method() + " " + http.request().path()
                : fallbackTarget;
        String source = http != null ? AuditTrail.addressOf(http) : audit.currentSourceAddress();
        SecurityIdentity identity = event.getSecurityIdentity();
        String actor = identity == null || identity.isAnonymous() ? AuditTrail.ANONYMOUS
                : identity.getPrincipal().getName();
        Object org = identity == null ? null : identity.getAttribute(Caller.ORG_ATTRIBUTE);
        deny(action, target, actor, org == null ? null : org.toString(), source);
    }

    /**
     * Records a refusal that a caller may repeat many times a second (429): the first one per action and key
     * (organisation, caller or address) in a minute, so a flood of refusals cannot become a flood of audit writes.
     */
    public void denyRepeated(CommonAuditAction action, String key, String target, String actor, String org,
            String source) {
        if (settings.securityFailuresEnabled()
                && recentlyAudited.asMap().putIfAbsent(action.value() + " " + key, true) == null) {
            deny(action, target, actor, org, source);
        }
    }

    /**
     * Records one refusal, outcome {@link AuditOutcome#DENIED}, in a transaction of its own. The refusal must not wait
     * for, nor fail because of, the audit write; a lost write is logged loudly.
     */
    public void deny(CommonAuditAction action, String target, String actor, String org, String source) {
        if (!settings.securityFailuresEnabled()) {
            return;
        }
        audit.recordOutsideTransaction(action, target, AuditOutcome.DENIED, actor, org, source)
                .subscribe().with(
                        ok -> LOG.debugf("audited %s failure: %s %s", action.value(), actor, target),
                        failure -> LOG.errorf(failure, "could not audit the %s failure of %s on %s", action.value(),
                                actor, target));
    }
}
