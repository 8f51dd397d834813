package org.shortagewatch.report.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.report.domain.AuditAction;
import org.shortagewatch.report.domain.ReportingDay;
import org.shortagewatch.report.domain.RiskReportState;
import org.shortagewatch.report.domain.StatusChangeRules;
import org.shortagewatch.report.domain.SupplyRiskReport;
import org.shortagewatch.report.domain.SupplyRiskRules;
import org.shortagewatch.report.persistence.ProductCatalog;
import org.shortagewatch.report.persistence.SupplyRiskReportStore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Supply-risk reports (供給不安報告): a maker submits and withdraws its own; the regulator (and an admin) reads every
 * one, the maker its own. Anyone else is answered as for an unknown report (404), so nothing is revealed. Nothing
 * here reaches the outbox: a report is never published.
 */
@ApplicationScoped
public class SupplyRiskReporting {

    /** The most reports one list answers, newest first. */
    public static final int LIST_LIMIT = 1000;

    /** What a maker states in a report. */
    public record Submission(String yjCode, ShipmentResponse expectedResponse, LocalDate expectedFrom,
            ShortageReason reason, ShipmentVolume expectedVolume, String details) {
    }

    @Inject
    Pool pool;

    @Inject
    SupplyRiskReportStore store;

    @Inject
    ProductCatalog catalog;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    /** Stores an open report about a product the caller's organisation holds; audited in the same transaction. */
    public Uni<SupplyRiskReport> submit(Submission s) {
        if (!isMaker()) {
            return Uni.createFrom().failure(unknownProduct(s.yjCode()));
        }
        List<StatusChangeRules.Violation> broken = SupplyRiskRules.check(s.expectedResponse(), s.expectedFrom(),
                ReportingDay.today());
        if (!broken.isEmpty()) {
            StatusChangeRules.Violation first = broken.get(0);
            return Uni.createFrom().failure(new ProblemException(400, "Invalid request",
                    Text.of(first.field() + ": " + first.message().ja(), first.field() + ": " + first.message().en()),
                    broken.stream().map(v -> Problem.FieldError.of(v.field(), v.message())).toList()));
        }
        return pool.withTransaction(c -> catalog.holders(c, Set.of(s.yjCode())).chain(holders -> {
            String holder = holders.get(s.yjCode());
            if (holder == null || !caller.actsFor(holder)) {
                throw unknownProduct(s.yjCode());
            }
            SupplyRiskReport report = new SupplyRiskReport(UUID.randomUUID(), s.yjCode(), holder,
                    s.expectedResponse(), s.expectedFrom(), s.reason(), s.expectedVolume(), s.details(),
                    RiskReportState.OPEN, Instant.now().truncatedTo(ChronoUnit.MICROS), caller.subject(), null, null,
                    null);
            return store.insert(c, report).invoke(stored -> {
                if (!stored) {
                    throw new ProblemException(409, "Conflict", Text.of(
                            s.yjCode() + " には受付中の供給不安報告があります。取り下げてから報告してください",
                            s.yjCode() + " already has an open supply-risk report; withdraw it first"),
                            List.of(Problem.FieldError.of("yjCode", Text.of("受付中の供給不安報告があります",
                                    "has an open supply-risk report"))));
                }
            }).call(() -> audit.record(c, AuditAction.SUPPLY_RISK_REPORT, report.yjCode() + "#" + report.id()))
                    .replaceWith(report);
        }));
    }

    /** Every report for the regulator and an admin, the caller's organisation's for a maker; newest first. */
    public Uni<List<SupplyRiskReport>> list(RiskReportState state) {
        if (isRegulator()) {
            return store.list(pool, null, state, LIST_LIMIT);
        }
        if (isMaker()) {
            return store.list(pool, caller.org().orElseThrow(), state, LIST_LIMIT);
        }
        return Uni.createFrom().failure(ProblemException.notFound(Text.of("供給不安報告はありません",
                "no supply-risk reports")));
    }

    /** One report, to the regulator, an admin or its maker. */
    public Uni<SupplyRiskReport> get(UUID id) {
        return store.find(pool, id).map(report -> readable(id, report));
    }

    /** Withdraws the caller's open report, stating why; audited in the same transaction. */
    public Uni<SupplyRiskReport> withdraw(UUID id, String reason) {
        return pool.withTransaction(c -> store.find(c, id).chain(report -> {
            readable(id, report);
            if (!isMaker() || !caller.actsFor(report.organisationCode())) {
                throw ProblemException.forbidden(Text.of("供給不安報告を取り下げられるのは報告した製造販売業者だけです",
                        "only the maker that submitted a supply-risk report withdraws it"));
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return store.withdraw(c, id, reason, now).invoke(withdrawn -> {
                if (!withdrawn) {
                    throw new ProblemException(409, "Conflict", Text.of(
                            "この供給不安報告は" + report.state().japanese() + "のため取り下げられません",
                            "this supply-risk report is " + report.state().english() + " and cannot be withdrawn"),
                            List.of());
                }
            }).call(() -> audit.record(c, AuditAction.SUPPLY_RISK_WITHDRAW, report.yjCode() + "#" + id))
                    .chain(() -> store.find(c, id));
        }));
    }

    /** The report if the caller may read it; else 404 as for an unknown id (a probe when it exists). */
    private SupplyRiskReport readable(UUID id, SupplyRiskReport report) {
        Text unknown = Text.of("供給不安報告 " + id + " はありません", "no supply-risk report " + id);
        if (report == null) {
            throw ProblemException.notFound(unknown);
        }
        if (!isRegulator() && !(isMaker() && caller.actsFor(report.organisationCode()))) {
            throw ProblemException.notYours(unknown);
        }
        return report;
    }

    private boolean isRegulator() {
        return caller.hasRole(Roles.REGULATOR) || caller.isAdmin();
    }

    private boolean isMaker() {
        return caller.hasRole(Roles.MANUFACTURER) || caller.isAdmin();
    }

    private static ProblemException unknownProduct(String yj) {
        return new ProblemException(404, "Not Found", Text.of("品目 " + yj + " は貴社の品目として見つかりません",
                "no product " + yj + " of your organisation"),
                List.of(Problem.FieldError.of("yjCode", Text.of("貴社の品目として見つかりません",
                        "is no product of your organisation"))));
    }
}
