package org.shortagewatch.report.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.report.domain.AuditAction;
import org.shortagewatch.report.domain.SupplyManagerAppointment;
import org.shortagewatch.report.persistence.SupplyManagerStore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Appointments of supply-system managers (供給体制管理責任者): a manufacturer names its own, an admin any
 * organisation's; the regulator reads them. Anyone else learns nothing (404, as for an organisation without one).
 */
@ApplicationScoped
public class SupplyManagers {

    /** An appointment as recorded, and whether it is the organisation's first. */
    public record Appointed(SupplyManagerAppointment appointment, boolean first) {
    }

    @Inject
    Pool pool;

    @Inject
    SupplyManagerStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    /** Names the organisation's manager, keeping the earlier ones as history; audited in the same transaction. */
    public Uni<Appointed> appoint(String org, String name, String title, String email, String phone,
            LocalDate appointedOn) {
        if (!mayAppoint(org)) {
            return Uni.createFrom().failure(mayRead(org)
                    ? ProblemException.forbidden(Text.of("供給体制管理責任者を選任できるのは製造販売業者本人と管理者だけです",
                            "only the manufacturer itself or an admin appoints its supply-system manager"))
                    : notFound(org));
        }
        SupplyManagerAppointment asked = new SupplyManagerAppointment(0, org, name, title, email, phone, appointedOn,
                Instant.now().truncatedTo(ChronoUnit.MICROS), caller.subject());
        return pool.withTransaction(c -> store.history(c, org)
                .chain(earlier -> store.appoint(c, asked)
                        .call(a -> audit.record(c, AuditAction.SUPPLY_MANAGER_APPOINT, org + "#" + a.id()))
                        .map(a -> new Appointed(a, earlier.isEmpty()))));
    }

    /** The organisation's manager now. */
    public Uni<SupplyManagerAppointment> current(String org) {
        return history(org).map(list -> list.get(0));
    }

    /** Every appointment of the organisation, the current one first; 404 when none was ever made. */
    public Uni<List<SupplyManagerAppointment>> history(String org) {
        if (!mayRead(org)) {
            return Uni.createFrom().failure(notFound(org));
        }
        return store.history(pool, org).invoke(list -> {
            if (list.isEmpty()) {
                throw ProblemException.notFound(Text.of(org + " の供給体制管理責任者は選任されていません",
                        "no supply-system manager of " + org + " is appointed"));
            }
        });
    }

    private boolean mayAppoint(String org) {
        return caller.isAdmin() || caller.hasRole(Roles.MANUFACTURER) && caller.actsFor(org);
    }

    private boolean mayRead(String org) {
        return mayAppoint(org) || caller.hasRole(Roles.REGULATOR);
    }

    private static ProblemException notFound(String org) {
        return ProblemException.notYours(Text.of(org + " の供給体制管理責任者は選任されていません",
                "no supply-system manager of " + org + " is appointed"));
    }
}
