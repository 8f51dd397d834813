package org.shortagewatch.common.audit;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.security.Caller;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Appends to the service's audit trail ({@code audit_log}): who (subject and organisation), what (action and
 * target), from where (the client's address), with what outcome; the time is the database server's.
 *
 * <p>{@link #record} writes in the caller's transaction, so the audit row exists if and only if the change it
 * records was committed. Writing takes no lock: the row is written unlinked, and the {@link AuditLinker} links it
 * into the hash chain after it commits (see {@code V0_5__audit_log_async_chain.sql}); {@link AuditVerification}
 * checks the chain.
 */
@ApplicationScoped
public class AuditTrail {

    /** The actor of work done outside any request (event consumers, timers). */
    public static final String SYSTEM = "system";
    /** The actor of a request without (valid) credentials. */
    public static final String ANONYMOUS = "anonymous";

    private static final int MAX_FIELD = 1000;

    private static final String INSERT = """
            insert into audit_log (actor, org, action, target, source_address, outcome)
            values ($1, $2, $3, $4, $5, $6)""";

    @Inject
    Pool pool;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    CurrentIdentityAssociation identities;

    /**
     * Records an action of the current request in the transaction of {@code connection}, as a
     * {@link AuditOutcome#SUCCESS}: the row commits with the change it records, or not at all. The actor, organisation
     * and source address are the current request's; outside an HTTP request, with no identity, the actor is
     * {@value #SYSTEM}.
     *
     * @param action what was done, e.g. {@code product.register}
     * @param target what it was done to, e.g. a YJ code or an id
     */
    public Uni<Void> record(SqlConnection connection, AuditedAction action, String target) {
        return who().chain(who -> insert(connection, action, target, AuditOutcome.SUCCESS, who.actor(), who.org(),
                who.sourceAddress()));
    }

    /**
     * Records an action in a transaction of its own, for events with no business transaction to join, above all
     * refused authentication and authorisation.
     *
     * @param actor the subject; {@code null} is recorded as {@value #ANONYMOUS}
     */
    public Uni<Void> recordOutsideTransaction(AuditedAction action, String target, AuditOutcome outcome,
            String actor, String org, String sourceAddress) {
        return pool.withTransaction(connection -> insert(connection, action, target, outcome, actor, org,
                sourceAddress));
    }

    /**
     * Records an action in the transaction of {@code connection}, as a {@link AuditOutcome#SUCCESS}, for work done on
     * behalf of someone outside their request (a bulk job runs after its upload was acknowledged): actor,
     * organisation and address are given.
     */
    public Uni<Void> record(SqlConnection connection, AuditedAction action, String target, String actor, String org,
            String sourceAddress) {
        return insert(connection, action, target, AuditOutcome.SUCCESS, actor, org, sourceAddress);
    }

    private Uni<Void> insert(SqlConnection connection, AuditedAction action, String target, AuditOutcome outcome,
            String actor, String org, String sourceAddress) {
        Tuple row = Tuple.tuple()
                .addString(actor == null || actor.isBlank() ? ANONYMOUS : clip(actor))
                .addString(clip(org))
                .addString(required(action == null ? null : action.value(), "action"))
                .addString(clip(target))
                .addString(clip(sourceAddress))
                .addString(required(outcome == null ? null : outcome.name(), "outcome"));
        return connection.preparedQuery(INSERT).execute(row).replaceWithVoid();
    }

    /** The address of the current HTTP request's client, or null outside an HTTP request. */
    public String currentSourceAddress() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return addressOf(currentRequest.getCurrent());
    }

    /** The client's IP address as the HTTP layer sees it (the forwarded one when proxy forwarding is enabled). */
    public static String addressOf(RoutingContext context) {
        if (context == null || context.request() == null) {
            return null;
        }
        SocketAddress address = context.request().remoteAddress();
        if (address == null) {
            return null;
        }
        return clip(address.hostAddress() != null ? address.hostAddress() : address.toString());
    }

    /**
     * The current caller. The identity is resolved without blocking (authentication may be lazy, and this runs on
     * the event loop), with the same subject and organisation {@link Caller} reports.
     */
    private Uni<Who> who() {
        if (!Arc.container().requestContext().isActive()) {
            return Uni.createFrom().item(new Who(SYSTEM, null, null));
        }
        RoutingContext http = currentRequest.getCurrent();
        String address = addressOf(http);
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> whoOf(identity, http != null, address));
    }

    private static Who whoOf(SecurityIdentity identity, boolean http, String address) {
        if (identity == null || identity.isAnonymous()) {
            // No one authenticated: an anonymous client over HTTP, otherwise the service itself (a consumer, a timer).
            return new Who(http ? ANONYMOUS : SYSTEM, null, address);
        }
        Object org = identity.getAttribute(Caller.ORG_ATTRIBUTE);
        return new Who(clip(identity.getPrincipal().getName()), org == null ? null : clip(org.toString()), address);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an audit record needs a " + name);
        }
        return clip(value);
    }

    /** Bounds values that may come from a request (paths, names), so no request can bloat the trail. */
    static String clip(String value) {
        return value == null || value.length() <= MAX_FIELD ? value : value.substring(0, MAX_FIELD - 1) + "…";
    }

    private record Who(String actor, String org, String sourceAddress) {
    }
}
