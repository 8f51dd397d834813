package org.shortagewatch.common.ratelimit;

import org.shortagewatch.common.config.RateLimitSettings;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.audit.CommonAuditAction;
import org.shortagewatch.common.audit.SecurityFailureAudit;
import org.shortagewatch.common.rest.Language;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemTitles;
import org.shortagewatch.common.rest.Text;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * Limits writes ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) under {@code /api/} per organisation: an
 * authenticated caller's bucket is its organisation's ({@code org:<org>}), shared by every user and client of that
 * organisation; an anonymous caller's is its client address's ({@code ip:<address>}). Reads are never limited.
 *
 * <p>A refused request gets {@code 429 Too Many Requests} as problem+json, with {@code Retry-After} in whole
 * seconds, and never reaches the resource, so it changes nothing.
 *
 * <p>Organisations' and subjects' buckets are in the service's database ({@link SharedRateLimiter}), shared by every
 * instance, so the limit holds however many instances answer; a take is one round trip on connections of the
 * limit's own ({@link RateLimitBuckets}). When the database cannot be reached the take fails and the write is
 * answered {@code 503} with {@code Retry-After}, as the write itself would be ({@code ProblemMappers}): never refused
 * as over the limit, never let through unlimited. Client addresses' buckets stay in each instance's memory ({@link RateLimiter}): an anonymous
 * caller may write nothing, so its limit only keeps a flood of refusals cheap, and a flood from many addresses never
 * reaches the database.
 *
 * <p>Authentication is lazy in this project, so the identity may not be known yet when this filter runs; it asks
 * for the deferred identity, which resolves it (or finds it already resolved) without blocking.
 *
 * <p>Configuration: {@code shortagewatch.rate-limit.enabled} (default {@code true}),
 * {@code shortagewatch.rate-limit.writes-per-minute} (default 600), {@code shortagewatch.rate-limit.burst} (default:
 * the writes per minute), {@code shortagewatch.rate-limit.max-keys} (default 100000 addresses' buckets kept at most
 * in memory) and {@code shortagewatch.rate-limit.connections} (default 2).
 * Refusals are counted by the Micrometer counter {@code shortagewatch.rate_limit.refused}, tagged with the kind of
 * key ({@code org}, {@code subject} or {@code ip}), never with the key itself.
 */
@Startup // a bad limit fails the start, not the first write
@Singleton
public class RateLimitFilter {

    public static final String PROBLEM_TYPE = "https://shortagewatch.org/problems/too-many-requests";
    public static final String REFUSED_METRIC = "shortagewatch.rate_limit.refused";
    static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    static final String API_PREFIX = "/api/";
    private static final String ADDRESS_KEY = "ip:";

    private final boolean enabled;
    private final long writesPerMinute;
    private final long burst;
    /** Client addresses' buckets, in this instance's memory. */
    private final RateLimiter limiter;
    /** Absent when no security extension is installed: then every caller is anonymous. */
    private final Instance<CurrentIdentityAssociation> identities;
    /** Refusals by kind of key; registered up front so the counters are there, at 0, before the first refusal. */
    private final Map<String, Counter> refused;

    /** Audits the first refusal per key and minute (absent in unit tests). */
    @Inject
    Instance<SecurityFailureAudit> audit;

    /** Organisations' and subjects' buckets, in the database (a client proxy: opened at the first take). */
    @Inject
    RateLimitBuckets shared;

    @Inject
    public RateLimitFilter(
            RateLimitSettings settings, Instance<CurrentIdentityAssociation> identities, MeterRegistry meters) {
        this.enabled = settings.enabled();
        this.writesPerMinute = settings.writesPerMinute();
        this.burst = settings.burst().orElse(writesPerMinute);
        this.identities = identities;
        this.refused = Map.of(
                "org", refusedCounter(meters, "org"),
                "subject", refusedCounter(meters, "subject"),
                "ip", refusedCounter(meters, "ip"));
        this.limiter = enabled ? limiter(writesPerMinute, burst, settings.maxKeys(), settings.connections()) : null;
    }

    private static Counter refusedCounter(MeterRegistry meters, String keyType) {
        return Counter.builder(REFUSED_METRIC)
                .description("Write requests refused by the per-organisation rate limit (429)")
                .tag("key_type", keyType)
                .register(meters);
    }

    private static RateLimiter limiter(long writesPerMinute, long burst, long maxKeys, int connections) {
        if (writesPerMinute < 1 || burst < 1 || maxKeys < 1 || connections < 1) {
            throw new IllegalArgumentException("shortagewatch.rate-limit: writes-per-minute (" + writesPerMinute
                    + "), burst (" + burst + "), max-keys (" + maxKeys + ") and connections (" + connections
                    + ") must all be at least 1;"
                    + " set shortagewatch.rate-limit.enabled=false to turn the limit off");
        }
        return RateLimiter.perPeriod(writesPerMinute, burst, Duration.ofMinutes(1), maxKeys);
    }

    // After authentication (so a resolved identity is there to key on), before anything that does work.
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 100)
    public Uni<Response> limitWrites(ContainerRequestContext request, HttpServerRequest http) {
        if (!enabled || !applies(request.getMethod(), request.getUriInfo().getPath())) {
            return Uni.createFrom().nullItem();
        }
        String address = addressOf(http);
        String path = request.getUriInfo().getPath();
        Uni<SecurityIdentity> identity = identities.isResolvable() ? identities.get().getDeferredIdentity()
                : Uni.createFrom().nullItem();
        // A token that fails authentication fails this Uni, and the request is answered 401 as it would be anyway.
        return identity.chain(caller -> {
            String key = keyFor(caller, address);
            return take(key).map(decision -> decision.allowed() ? null
                    : refuse(request, path, caller, key, address, decision));
        });
    }

    /** One token of {@code key}'s bucket: an address's from memory, any other from the database. */
    private Uni<RateLimiter.Decision> take(String key) {
        return key.startsWith(ADDRESS_KEY) ? Uni.createFrom().item(limiter.tryConsume(key)) : shared.tryConsume(key);
    }

    private Response refuse(ContainerRequestContext request, String path, SecurityIdentity caller, String key,
            String address, RateLimiter.Decision decision) {
        refused.get(key.substring(0, key.indexOf(':'))).increment();
        if (audit != null && audit.isResolvable()) {
            boolean anonymous = caller == null || caller.isAnonymous();
            Object org = anonymous ? null : caller.getAttribute(Caller.ORG_ATTRIBUTE);
            audit.get().denyRepeated(CommonAuditAction.RATE_LIMIT, key, request.getMethod() + " " + path,
                    anonymous ? AuditTrail.ANONYMOUS : caller.getPrincipal().getName(),
                    org == null ? null : org.toString(), address);
        }
        return tooManyRequests(key, decision, path, Language.of(request.getHeaderString(Language.ACCEPT_LANGUAGE)));
    }

    /** Whether a request with this method and path counts against the limit. */
    static boolean applies(String method, String path) {
        return method != null && WRITE_METHODS.contains(method.toUpperCase(Locale.ROOT))
                && path != null && (path.startsWith(API_PREFIX) || (path + "/").equals(API_PREFIX));
    }

    /**
     * Whose bucket a request takes from: the organisation of an authenticated caller; an authenticated caller without
     * one (which the authentication layer should never let through) keyed by its subject rather than pooled with
     * strangers behind the same address; anyone else by client address.
     */
    static String keyFor(SecurityIdentity identity, String address) {
        if (identity != null && !identity.isAnonymous()) {
            Object org = identity.getAttribute(Caller.ORG_ATTRIBUTE);
            if (org != null && !org.toString().isBlank()) {
                return "org:" + org;
            }
            Principal principal = identity.getPrincipal();
            if (principal != null && principal.getName() != null) {
                return "subject:" + principal.getName();
            }
        }
        return ADDRESS_KEY + address;
    }

    /**
     * The client's address: the peer's, or the one a trusted proxy forwarded when the service is told to honour
     * {@code Forwarded}/{@code X-Forwarded-For} ({@code quarkus.http.proxy.proxy-address-forwarding}).
     */
    static String addressOf(HttpServerRequest http) {
        SocketAddress remote = http == null ? null : http.remoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.hostAddress() != null ? remote.hostAddress() : remote.toString();
    }

    Response tooManyRequests(String key, RateLimiter.Decision decision, String path, Language language) {
        long retryAfter = decision.retryAfterSeconds();
        String id = key.substring(key.indexOf(':') + 1);
        Text who = key.startsWith("org:") ? Text.of("組織 " + id, "Organisation " + id)
                : key.startsWith("subject:") ? Text.of("利用者 " + id, "Caller " + id)
                : Text.of("この接続元アドレス", "This client address");
        Text detail = Text.of(who.ja() + " は書き込みの上限（毎分 " + writesPerMinute + " 件、一度に最大 " + burst
                        + " 件）に達しました。" + retryAfter + " 秒後に再送してください。何も変更していません。",
                who.en() + " has reached its limit of " + writesPerMinute + " writes per minute (bursts of up to "
                        + burst + "); retry after " + retryAfter + " s. Nothing was changed.");
        Problem body = new Problem(PROBLEM_TYPE, ProblemTitles.in(language, "Too Many Requests"),
                429, detail.in(language), path, List.of());
        return Response.status(429)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, retryAfter)
                .header(HttpHeaders.CONTENT_LANGUAGE, language == Language.EN ? "en" : "ja")
                .entity(body)
                .build();
    }
}
