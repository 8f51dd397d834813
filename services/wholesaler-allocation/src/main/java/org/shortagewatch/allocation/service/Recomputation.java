package org.shortagewatch.allocation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shortagewatch.allocation.config.AllocationSettings;
import org.shortagewatch.allocation.config.DetectionSettings;
import org.shortagewatch.allocation.domain.Allocator;
import org.shortagewatch.allocation.domain.AuditAction;
import org.shortagewatch.allocation.domain.BaselineWindow;
import org.shortagewatch.allocation.domain.DateRange;
import org.shortagewatch.allocation.domain.Detection;
import org.shortagewatch.allocation.domain.FindingReconciler;
import org.shortagewatch.allocation.domain.IngredientAssessment;
import org.shortagewatch.allocation.domain.RecomputationTrigger;
import org.shortagewatch.allocation.domain.Thresholds;
import org.shortagewatch.allocation.persistence.FindingAndPlanStore;
import org.shortagewatch.allocation.persistence.FindingAndPlanStore.CurrentPlan;
import org.shortagewatch.allocation.persistence.FindingAndPlanStore.NewPlan;
import org.shortagewatch.allocation.persistence.IngredientInputQueries;
import org.shortagewatch.allocation.persistence.IngredientInputQueries.CustomerRow;
import org.shortagewatch.allocation.persistence.IngredientInputQueries.Supply;
import org.shortagewatch.allocation.persistence.RecomputationCoordination;
import org.shortagewatch.allocation.persistence.WholesalerStore;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.messaging.Outbox;
import org.shortagewatch.common.messaging.OutboxEvent;
import org.shortagewatch.events.AllocationPlanPublished;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.FindingStatus;
import org.shortagewatch.events.MaldistributionFinding;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Recomputes one ingredient nationwide, in the caller's transaction on the Vert.x SQL client: the four detectors
 * over its aggregated data (findings opened, revised or resolved), and the allocation plan of each of its short
 * products for each wholesaler with a supply for the current period (a new revision only when the plan changed).
 * Every change is published through the outbox in the same transaction, its events naming their wholesalers as the
 * registry names them in that transaction (a code it does not name is carried alone). Recomputations of one
 * ingredient are serialised by an advisory lock.
 */
@ApplicationScoped
public class Recomputation {

    private static final Logger LOG = Logger.getLogger(Recomputation.class);
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Inject
    Pool pool;

    @Inject
    RecomputationCoordination coordination;

    @Inject
    IngredientInputQueries inputs;

    @Inject
    FindingAndPlanStore findingsAndPlans;

    @Inject
    WholesalerStore wholesalers;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    AllocationSettings allocation;

    @Inject
    DetectionSettings detection;

    private Thresholds thresholds;
    private BaselineWindow baselineWindow;
    private Allocator.Policy policy;

    /**
     * What one recomputation did and how long it took.
     *
     * @param demandRows (facility, product, wholesaler) rows the surge and duplicate detectors read
     * @param customerLines lines of the plans computed
     * @param readMillisByStep how long each read took (the lock, each aggregate query)
     */
    public record Report(String ingredientKey, LocalDate asOf, RecomputationTrigger trigger,
            List<String> shortProducts, int demandRows, int prefectures, int reportRows, int plansComputed,
            int plansPublished, int customerLines, int findingsOpened, int findingsRevised, int findingsResolved,
            int findingsOpen, long readMillis, long computeMillis, long writeMillis, long totalMillis,
            Map<String, Long> readMillisByStep) {
    }

    @PostConstruct
    void configure() {
        thresholds = detection.thresholds();
        baselineWindow = allocation.baselineWindow();
        policy = allocation.policy(thresholds.surgeRatio());
    }

    /** Today on the Japanese calendar: the day recomputations judge. */
    public static LocalDate today() {
        return LocalDate.now(JAPAN);
    }

    /**
     * After data was posted: recomputes, one after the other, the ingredients that need it: those with a product in
     * limited shipment or an open finding, and every one touched by a stock figure, a supply or a "cannot obtain"
     * report (regional imbalance and report clusters are judged whatever the status).
     *
     * @return the ingredients recomputed
     */
    public Uni<List<String>> afterPosting(SqlConnection c, List<String> ingredientKeys, RecomputationTrigger trigger) {
        Uni<List<String>> relevant = trigger.alwaysRecomputes() ? Uni.createFrom().item(ingredientKeys)
                : coordination.needingRecomputation(c, ingredientKeys);
        return relevant.chain(keys -> Multi.createFrom().iterable(keys)
                .onItem().transformToUniAndConcatenate(key -> recompute(c, key, trigger).replaceWith(key))
                .collect().asList());
    }

    /** Recomputes one ingredient now, on an operator's request, in a transaction of its own, and audits it. */
    public Uni<Report> recomputeOnRequest(String ingredientKey) {
        return pool.withTransaction(c -> recompute(c, ingredientKey, RecomputationTrigger.RECOMPUTE_REQUESTED)
                .call(() -> audit.record(c, AuditAction.RECOMPUTE, ingredientKey)));
    }

    /** Recomputes one ingredient in the caller's transaction, that of {@code c}. */
    public Uni<Report> recompute(SqlConnection c, String ingredientKey, RecomputationTrigger trigger) {
        long started = System.nanoTime();
        LocalDate today = today();
        IngredientAssessment.Windows windows = IngredientAssessment.Windows.of(today, thresholds, baselineWindow);
        Reads reads = new Reads();
        return timed(reads, "lock", () -> coordination.lock(c, ingredientKey))
                .chain(() -> timed(reads, "shortProducts", () -> inputs.shortProducts(c, ingredientKey)))
                .invoke(s -> reads.shortProducts = s)
                .chain(() -> timed(reads, "demand",
                        () -> inputs.demand(c, ingredientKey, reads.shortProducts, windows)))
                .invoke(d -> reads.demand = d)
                .chain(() -> timed(reads, "prefectures",
                        () -> inputs.prefectures(c, ingredientKey, today, windows.consumption())))
                .invoke(p -> reads.prefectures = p)
                .chain(() -> timed(reads, "reports", () -> inputs.reports(c, ingredientKey, windows.reports())))
                .invoke(r -> reads.reports = r)
                .chain(() -> timed(reads, "supplies",
                        () -> inputs.supplies(c, ingredientKey, reads.shortProducts, today)))
                .invoke(s -> reads.supplies = s)
                .chain(() -> timed(reads, "customers", () -> inputs.customers(c, ingredientKey, reads.supplies,
                        reads.supplies.stream().map(s -> allocationWindows(s.periodStart())).toList())))
                .invoke(customers -> reads.customers = customers)
                .chain(() -> timed(reads, "openFindings", () -> findingsAndPlans.openFindings(c, ingredientKey)))
                .invoke(f -> reads.open = f)
                .chain(() -> timed(reads, "currentPlans", () -> findingsAndPlans.currentPlans(c, ingredientKey)))
                .invoke(p -> reads.plans = p)
                .chain(() -> {
                    long read = System.nanoTime();
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    List<Detection> detected = IngredientAssessment.detect(thresholds, windows,
                            new IngredientAssessment.Inputs(ingredientKey, reads.shortProducts, reads.demand,
                                    reads.prefectures, reads.reports));
                    List<FindingReconciler.Change> changes = FindingReconciler.reconcile(reads.open, detected, now,
                            UUID::randomUUID);
                    List<NewPlan> plans = plans(reads, trigger, now);
                    long computed = System.nanoTime();
                    return wholesalers.names(c, wholesalerCodes(changes, plans)).chain(names -> {
                        List<FindingReconciler.Change> named = changes.stream()
                                .map(change -> change.namingWholesalers(names)).toList();
                        List<NewPlan> namedPlans = plans.stream().map(p -> p.namingWholesaler(names)).toList();
                        List<OutboxEvent> events = new ArrayList<>();
                        named.forEach(change -> events.add(findingEvent(change.event(), now)));
                        namedPlans.forEach(p -> events.add(planEvent(p.event(), now)));
                        return findingsAndPlans.saveFindings(c, named)
                                .chain(() -> findingsAndPlans.savePlans(c, namedPlans))
                                .chain(() -> outbox.appendAll(c, events));
                    }).map(ignored -> {
                        long done = System.nanoTime();
                        int opened = count(changes, FindingStatus.OPEN, true);
                        int revised = count(changes, FindingStatus.OPEN, false);
                        int resolved = count(changes, FindingStatus.RESOLVED, false);
                        Report report = new Report(ingredientKey, today, trigger,
                                List.copyOf(reads.shortProducts), reads.demand.size(),
                                reads.prefectures.size(), reads.reports.size(), reads.supplies.size(),
                                plans.size(), reads.customers.size(), opened, revised, resolved,
                                reads.open.size() + opened - resolved, millis(started, read),
                                millis(read, computed), millis(computed, done), millis(started, done),
                                reads.millis);
                        LOG.debugf("recomputed %s", report);
                        return report;
                    });
                });
    }

    /** The baseline and recent windows of an allocation period starting {@code periodStart}. */
    private DateRange[] allocationWindows(LocalDate periodStart) {
        return new DateRange[] {baselineWindow.of(periodStart), DateRange.daysBefore(periodStart, policy.recentDays())};
    }

    private List<NewPlan> plans(Reads reads, RecomputationTrigger trigger, Instant now) {
        Map<String, List<Allocator.Customer>> customers = new HashMap<>();
        for (CustomerRow c : reads.customers) {
            customers.computeIfAbsent(c.w() + "|" + c.yj(), k -> new ArrayList<>())
                    .add(new Allocator.Customer(c.f(), c.p(), c.b(), c.r()));
        }
        Map<String, CurrentPlan> current = new HashMap<>();
        reads.plans.forEach(p -> current.put(p.wholesalerCode() + "|" + p.yjCode(), p));
        Allocator allocator = new Allocator(policy);
        List<NewPlan> out = new ArrayList<>();
        for (Supply s : reads.supplies) {
            String key = s.wholesalerCode() + "|" + s.yjCode();
            DateRange period = new DateRange(s.periodStart(), s.periodEnd());
            Allocator.Plan plan = allocator.allocate(s.supplyUnits(), period, baselineWindow.of(s.periodStart()),
                    customers.getOrDefault(key, List.of()));
            String fingerprint = IngredientAssessment.fingerprint(period, plan);
            CurrentPlan before = current.get(key);
            if (before != null && before.fingerprint().equals(fingerprint)) {
                continue; // the same plan: nobody is told it again
            }
            long revision = before == null ? 1 : before.revision() + 1;
            out.add(new NewPlan(new AllocationPlanPublished(UUID.randomUUID(), s.yjCode(),
                    s.wholesalerCode(), revision, s.periodStart(), s.periodEnd(), s.supplyUnits(), plan.policy(),
                    plan.baseline().start(), plan.baseline().end(), trigger.name(), plan.lines(), now), fingerprint));
        }
        return out;
    }

    /** The wholesalers the events will name: those of the findings and plans, whose names the registry is asked. */
    private static Set<String> wholesalerCodes(List<FindingReconciler.Change> changes, List<NewPlan> plans) {
        Set<String> codes = new TreeSet<>();
        changes.forEach(change -> codes.addAll(change.event().wholesalerCodes()));
        plans.forEach(p -> codes.add(p.event().wholesalerCode()));
        return codes;
    }

    static OutboxEvent findingEvent(MaldistributionFinding f, Instant now) {
        return new OutboxEvent(UUID.randomUUID(), MaldistributionFinding.TOPIC, f.ingredientKey(),
                MaldistributionFinding.TYPE, f.findingId().toString(), now, EventJson.write(f));
    }

    static OutboxEvent planEvent(AllocationPlanPublished p, Instant now) {
        return new OutboxEvent(UUID.randomUUID(), AllocationPlanPublished.TOPIC, p.yjCode(),
                AllocationPlanPublished.TYPE, p.yjCode(), now, EventJson.write(p));
    }

    private static int count(List<FindingReconciler.Change> changes, FindingStatus status, boolean firstRevision) {
        return (int) changes.stream().filter(c -> c.event().status() == status
                && (status == FindingStatus.RESOLVED || (c.event().revision() == 1) == firstRevision)).count();
    }

    /** Runs one read and notes how long it took. */
    private static <T> Uni<T> timed(Reads reads, String step, java.util.function.Supplier<Uni<T>> read) {
        return Uni.createFrom().deferred(() -> {
            long t0 = System.nanoTime();
            return read.get().invoke(() -> reads.millis.put(step, millis(t0, System.nanoTime())));
        });
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** What one recomputation read, filled step by step. */
    private static final class Reads {
        Set<String> shortProducts;
        List<org.shortagewatch.allocation.domain.OrderSurgeDetector.Demand> demand;
        List<org.shortagewatch.allocation.domain.RegionalImbalanceDetector.PrefectureSupply> prefectures;
        List<org.shortagewatch.allocation.domain.CannotObtainClusterDetector.Report> reports;
        List<Supply> supplies;
        List<CustomerRow> customers;
        List<FindingReconciler.OpenFinding> open;
        List<CurrentPlan> plans;
        final Map<String, Long> millis = new java.util.LinkedHashMap<>();
    }
}
