package org.shortagewatch.report.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.idempotency.IdempotentRequests;
import org.shortagewatch.common.messaging.Outbox;
import org.shortagewatch.common.messaging.OutboxEvent;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.StatusReport;
import org.shortagewatch.events.StoppageNotice;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.report.domain.AuditAction;
import org.shortagewatch.report.domain.ProductOwnership;
import org.shortagewatch.report.domain.ReportingDay;
import org.shortagewatch.report.domain.StatusChangeRules;
import org.shortagewatch.report.domain.StatusChangeRules.ReportedChange;
import org.shortagewatch.report.persistence.ProductCatalog;
import org.shortagewatch.report.persistence.StatusChange;
import org.shortagewatch.report.persistence.StatusHistoryStore;
import org.shortagewatch.report.persistence.SupplyRiskReportStore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Records status changes and their events together, for a single report and a national list alike: the revisions,
 * the history rows and the outbox rows are written in one transaction, so either all exist or none does, set-based
 * however many changes there are.
 */
@ApplicationScoped
public class StatusReporting {

    @Inject
    Pool pool;

    @Inject
    StatusHistoryStore history;

    @Inject
    ProductCatalog catalog;

    @Inject
    SupplyRiskReportStore riskReports;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    IdempotentRequests idempotency;

    /**
     * Records one change the caller reports about a product its organisation holds, once per idempotency key: a
     * retry with the same key and request gets the change recorded first. The report's rules are checked only when
     * it is new: a retry just after midnight of a report whose outlook was today gets the change it made, not a refusal
     * that would say nothing was stored.
     *
     * @param requestHash the hash of the request as received, which a retry must repeat
     */
    public Uni<IdempotentRequests.Outcome<StatusChange>> report(StatusReport report, String idempotencyKey,
            String requestHash) {
        StatusChange change = StatusChange.of(report, caller.org().orElseThrow());
        return pool.withTransaction(c -> idempotency.once(c, idempotencyKey,
                change.reportedBy + " status-change.report", requestHash,
                () -> checkRules(report).chain(() -> recordOne(c, report, change)),
                recorded -> String.valueOf(recorded.id), id -> history.find(c, Long.parseLong(id))));
    }

    private static Uni<Void> checkRules(StatusReport report) {
        List<StatusChangeRules.Violation> broken = StatusChangeRules.check(ReportedChange.of(report),
                ReportingDay.today());
        if (broken.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().failure(new ProblemException(400, "Invalid request",
                Text.of(broken.get(0).field() + ": " + broken.get(0).message().ja(),
                        broken.get(0).field() + ": " + broken.get(0).message().en()),
                broken.stream().map(v -> Problem.FieldError.of(v.field(), v.message())).toList()));
    }

    /**
     * Statements that need nothing from each other go out together, pipelined on the connection: the holders with
     * the revision (a refused report rolls the revision back), then the history row with the event and the audit row.
     */
    private Uni<StatusChange> recordOne(SqlConnection c, StatusReport report, StatusChange change) {
        Set<String> named = report.causeYjCode() == null ? Set.of(report.yjCode())
                : Set.of(report.yjCode(), report.causeYjCode());
        return Uni.combine().all().unis(catalog.holders(c, named), history.nextRevisions(c, new String[] {report.yjCode()}))
                .asTuple()
                .chain(found -> {
                    checkHolders(report, found.getItem1());
                    return write(c, List.of(change), found.getItem2(), null, () -> audit.record(c,
                            AuditAction.STATUS_CHANGE_REPORT, report.yjCode() + "#" + change.revision));
                })
                .replaceWith(change);
    }

    private void checkHolders(StatusReport report, Map<String, String> holders) {
        // The catalogue is public: an unknown code is a mistake in the request, not a secret.
        String holder = holders.get(report.yjCode());
        if (holder == null) {
            throw ProblemException.invalidField("yjCode", ProductOwnership.unknown(report.yjCode()));
        }
        if (!caller.actsFor(holder)) {
            throw ProblemException.forbidden(ProductOwnership.notYours(report.yjCode()));
        }
        if (report.causeYjCode() != null && !holders.containsKey(report.causeYjCode())) {
            throw ProblemException.invalidField("causeYjCode", Text.of(
                    "品目 " + report.causeYjCode() + " は登録されていません",
                    "no product " + report.causeYjCode() + " is registered"));
        }
    }

    /**
     * Numbers, stores and announces the changes in the transaction of {@code c}; sets each change's id, revision,
     * report time and event id. A stoppage notice names its holder's supply-system manager; a change to a limited
     * shipment or a stop follows up its product's open supply-risk report (one statement for the batch).
     *
     * @param bulkJobId the bulk job the changes come from, or null for a single report
     */
    public Uni<List<StatusChange>> record(SqlConnection c, List<StatusChange> changes, UUID bulkJobId) {
        if (changes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return history.nextRevisions(c, yjCodesInOrder(changes))
                .chain(numbering -> write(c, changes, numbering, bulkJobId, () -> Uni.createFrom().voidItem()));
    }

    /** Each product's revision is taken in YJ-code order, the same order for every writer: no deadlock. */
    private static String[] yjCodesInOrder(List<StatusChange> changes) {
        return changes.stream().map(change -> change.report.yjCode()).sorted().toArray(String[]::new);
    }

    /**
     * Stamps the numbered changes and writes them: the history rows, their events and {@code alongside} in one
     * round trip, then the supply-risk follow-up, which names the history rows' ids.
     */
    private Uni<List<StatusChange>> write(SqlConnection c, List<StatusChange> changes,
            Map<String, StatusHistoryStore.Numbered> numbering, UUID bulkJobId, Supplier<Uni<Void>> alongside) {
        List<StatusChange> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparing(change -> change.report.yjCode()));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (StatusChange change : sorted) {
            change.revision = numbering.get(change.report.yjCode()).revision();
            change.reportedAt = now;
            change.eventId = UUID.randomUUID();
            change.stoppageNotice = StoppageNotice.applies(change.report.shipmentResponse(),
                    change.report.shipmentVolume());
        }
        return Uni.combine().all().unis(history.insertHistory(c, sorted, bulkJobId),
                        outbox.appendAll(c, sorted.stream()
                                .map(change -> eventOf(change, numbering.get(change.report.yjCode()))).toList()),
                        alongside.get())
                .discardItems()
                .chain(() -> riskReports.follow(c, sorted))
                .replaceWith(sorted);
    }

    /**
     * The status each report's product already has on the report's effective date, as a report, by YJ code (a
     * product with none is left out): what a bulk file's row is compared with.
     */
    public Uni<Map<String, StatusReport>> statusesOn(List<StatusReport> reports) {
        if (reports.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return history.statusesOn(pool, reports.stream().map(StatusReport::yjCode).toArray(String[]::new),
                reports.stream().map(StatusReport::effectiveDate).toArray(LocalDate[]::new))
                .map(changes -> changes.values().stream()
                        .collect(Collectors.toMap(change -> change.report.yjCode(), change -> change.report)));
    }

    /** The change's event, with the product's previous response and description, so consumers need nothing else. */
    static OutboxEvent eventOf(StatusChange change, StatusHistoryStore.Numbered numbered) {
        SupplyStatusChanged event = new SupplyStatusChanged(change.revision, change.report, change.reportedAt,
                change.reportedBy, numbered.previous(), numbered.product());
        String yj = change.report.yjCode();
        return new OutboxEvent(change.eventId, SupplyStatusChanged.TOPIC, yj, SupplyStatusChanged.TYPE, yj,
                change.reportedAt, EventJson.write(event));
    }
}
