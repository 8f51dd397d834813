package org.shortagewatch.notification.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.domain.WebhookSigner;
import org.shortagewatch.notification.domain.upload.FacilityEntry;
import org.shortagewatch.notification.persistence.Facilities;
import org.shortagewatch.notification.rest.FacilityRequest;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Registering facilities (one by the facility itself, many at once by an admin) and subscribing a facility to its
 * formulary. Each change and its audit row commit in one transaction, or neither does.
 */
@ApplicationScoped
public class FacilityRegistration {

    @Inject
    Facilities facilities;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Pool pool;

    /**
     * Registers or updates the caller's own facility and answers it as stored. Runs in the caller's transaction (the
     * current Panache session's).
     */
    public Uni<Facilities.FacilityView> register(String code, FacilityRequest body) {
        if (!caller.actsFor(code)) {
            return Uni.createFrom().failure(ProblemException.forbidden("a facility registers itself only"));
        }
        if (!body.kind().fits(code)) {
            return Uni.createFrom().failure(ProblemException.invalidField("kind",
                    "does not fit the facility code: pharmacies have 4 as the third digit, hospitals and clinics 1 or 3"));
        }
        if ((body.quietStart() == null) != (body.quietEnd() == null)) {
            return Uni.createFrom().failure(ProblemException.invalidField(body.quietStart() == null ? "quietStart" : "quietEnd",
                    "quiet hours need both a start and an end"));
        }
        return Panache.getSession().chain(session -> facilities.upsert(session, code, body)
                .chain(() -> audit.record(session, "facility.put", code, AuditTrail.SUCCESS))
                .chain(() -> facilities.find(session, code)));
    }

    /** Registers or updates many facilities in one transaction; returns how many. */
    public Uni<Integer> registerAll(List<FacilityEntry> rows) {
        return pool.withTransaction(connection -> facilities.upsertAll(connection, rows)
                .call(n -> audit.record(connection, "facility.bulk", n + " facilities", AuditTrail.SUCCESS)));
    }

    /**
     * Subscribes a facility (the caller checked that it acts for it) to every product of its formulary, those it
     * already follows by YJ code left as they are, each subscription with a secret of its own; returns how many were
     * added.
     */
    public Uni<Integer> subscribeFormulary(String code, List<String> yjCodes, String[] channels, Severity minSeverity) {
        List<String> secrets = yjCodes.stream().map(ignored -> WebhookSigner.newSecret()).toList();
        return pool.withTransaction(connection -> facilities.subscribeFormulary(connection, code, yjCodes, channels,
                        (short) minSeverity.level(), secrets)
                .call(n -> audit.record(connection, "subscription.formulary", code + ": " + n, AuditTrail.SUCCESS)));
    }
}
