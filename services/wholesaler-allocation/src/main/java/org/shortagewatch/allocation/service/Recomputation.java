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
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import org.shortagewatch.allocation.domain.Allocator;
import org.shortagewatch.allocation.domain.BaselineWindow;
import org.shortagewatch.allocation.domain.DateRange;
import org.shortagewatch.allocation.domain.Detection;
import org.shortagewatch.allocation.domain.FindingReconciler;
import org.shortagewatch.allocation.domain.IngredientAssessment;
import org.shortagewatch.allocation.domain.Thresholds;
import org.shortagewatch.allocation.persistence.IngredientStore;
import org.shortagewatch.allocation.persistence.IngredientStore.CustomerRow;
import org.shortagewatch.allocation.persistence.IngredientStore.Supply;
import org.shortagewatch.common.messaging.Outbox;
import org.shortagewatch.common.messaging.OutboxEvent;
import org.shortagewatch.events.AllocationPlanPublished;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.FindingStatus;
import org.shortagewatch.events.MaldistributionFinding;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Recomputes one ingredient nationwide, in the caller's transaction: the four detectors over its aggregated data
 * (findings opened, revised or resolved), and the allocation plan of each of its short products for each wholesaler
 * with a supply for the current period (a new revision only when the plan changed). Every change is published
 * through the outbox in the same transaction. Recomputations of one ingredient are serialised by an advisory lock.
 */
@ApplicationScoped
public class Recomputation {

    private static final Logger LOG = Logger.getLogger(Recomputation.class);
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** Triggers that always recompute, whatever the ingredient's status. */
    private static final Set<String> ALWAYS = Set.of("CANNOT_OBTAIN_REPORTED", "STOCK_POSTED", "SUPPLY_POSTED");

    @Inject
    IngredientStore store;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "shortagewatch.allocation.baseline.window", defaultValue = "SAME_QUARTER_LAST_YEAR")
    BaselineWindow.Kind baselineKind;
    @ConfigProperty(name = "shortagewatch.allocation.baseline.trailing-days", defaultValue = "90")
    int baselineTrailingDays;
    @ConfigProperty(name = "shortagewatch.allocation.therapy-floor-share", defaultValue = "0.5")
    double therapyFloorShare;
    @ConfigProperty(name = "shortagewatch.allocation.recent-days", defaultValue = "28")
    int recentDays;
    @ConfigProperty(name = "shortagewatch.allocation.new-customer-policy", defaultValue = "THERAPY_FLOOR_ONLY")
    Allocator.NewCustomerPolicy newCustomerPolicy;

    @ConfigProperty(name = "shortagewatch.detection.surge-ratio", defaultValue = "1.10")
    double surgeRatio;
    @ConfigProperty(name = "shortagewatch.detection.surge-min-excess-units", defaultValue = "10")
    long surgeMinExcessUnits;
    @ConfigProperty(name = "shortagewatch.detection.duplicate-min-wholesalers", defaultValue = "2")
    int duplicateMinWholesalers;
    @ConfigProperty(name = "shortagewatch.detection.window-days", defaultValue = "28")
    int windowDays;
    @ConfigProperty(name = "shortagewatch.detection.low-days-of-supply", defaultValue = "7")
    double lowDaysOfSupply;
    @ConfigProperty(name = "shortagewatch.detection.high-days-of-supply", defaultValue = "60")
    double highDaysOfSupply;
    @ConfigProperty(name = "shortagewatch.detection.consumption-days", defaultValue = "28")
    int consumptionDays;
    @ConfigProperty(name = "shortagewatch.detection.cluster-min-facilities", defaultValue = "3")
    int clusterMinFacilities;
    @ConfigProperty(name = "shortagewatch.detection.cluster-window-days", defaultValue = "14")
    int clusterWindowDays;

    private Thresholds thresholds;
    private BaselineWindow baselineWindow;
    private Allocator.Policy policy;

    /**
     * What one recomputation did and how long it took.
     *
     * @param demandRows (facility, product, wholesaler) rows the surge and duplicate detectors read
     * @param customerLines lines of the plans computed
     */
    public record Report(String ingredientKey, LocalDate asOf, String trigger, List<String> shortProducts,
            int demandRows, int prefectures, int reportRows, int plansComputed, int plansPublished, int customerLines,
            int findingsOpened, int findingsRevised, int findingsResolved, int findingsOpen, long readMillis,
            long computeMillis, long writeMillis, long totalMillis) {
    }

    @PostConstruct
    void configure() {
        thresholds = new Thresholds(surgeRatio, surgeMinExcessUnits, duplicateMinWholesalers, windowDays,
                lowDaysOfSupply, highDaysOfSupply, consumptionDays, clusterMinFacilities, clusterWindowDays);
        baselineWindow = baselineKind == BaselineWindow.Kind.TRAILING_DAYS
                ? BaselineWindow.trailingDays(baselineTrailingDays) : BaselineWindow.SAME_QUARTER_LAST_YEAR;
        policy = new Allocator.Policy(therapyFloorShare, recentDays, newCustomerPolicy);
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
    public Uni<List<String>> afterPosting(Mutiny.Session session, List<String> ingredientKeys, String trigger) {
        Uni<List<String>> relevant = ALWAYS.contains(trigger) ? Uni.createFrom().item(ingredientKeys)
                : store.needingRecomputation(session, ingredientKeys);
        return relevant.chain(keys -> Multi.createFrom().iterable(keys)
                .onItem().transformToUniAndConcatenate(key -> recompute(session, key, trigger).replaceWith(key))
                .collect().asList());
    }

    /** Recomputes one ingredient in the caller's transaction. */
    public Uni<Report> recompute(Mutiny.Session session, String ingredientKey, String trigger) {
        long started = System.nanoTime();
        LocalDate today = today();
        IngredientAssessment.Windows windows = IngredientAssessment.Windows.of(today, thresholds, baselineWindow);
        Reads reads = new Reads();
        return store.lock(session, ingredientKey)
                .chain(() -> store.shortProducts(session, ingredientKey)).invoke(s -> reads.shortProducts = s)
                .chain(() -> store.demand(session, ingredientKey, reads.shortProducts, windows))
                .invoke(d -> reads.demand = d)
                .chain(() -> store.prefectures(session, ingredientKey, today, windows.consumption()))
                .invoke(p -> reads.prefectures = p)
                .chain(() -> store.reports(session, ingredientKey, windows.reports())).invoke(r -> reads.reports = r)
                .chain(() -> store.supplies(session, ingredientKey, reads.shortProducts, today))
                .invoke(s -> reads.supplies = s)
                .chain(() -> store.customers(session, ingredientKey, reads.supplies,
                        reads.supplies.stream().map(s -> allocationWindows(s.periodStart())).toList()))
                .invoke(c -> reads.customers = c)
                .chain(() -> store.openFindings(session, ingredientKey)).invoke(f -> reads.open = f)
                .chain(() -> store.currentPlans(session, ingredientKey)).invoke(p -> reads.plans = p)
                .chain(() -> {
                    long read = System.nanoTime();
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    List<Detection> detected = IngredientAssessment.detect(thresholds, windows,
                            new IngredientAssessment.Inputs(ingredientKey, reads.shortProducts, reads.demand,
                                    reads.prefectures, reads.reports));
                    List<FindingReconciler.Change> changes = FindingReconciler.reconcile(reads.open, detected, now,
                            UUID::randomUUID);
                    List<IngredientStore.NewPlan> plans = plans(reads, trigger, now);
                    long computed = System.nanoTime();
                    List<OutboxEvent> events = new ArrayList<>();
                    changes.forEach(c -> events.add(findingEvent(c.event(), now)));
                    plans.forEach(p -> events.add(planEvent(p.event(), now)));
                    return store.saveFindings(session, changes)
                            .chain(() -> store.savePlans(session, plans))
                            .chain(() -> outbox.appendAll(session, events))
                            .map(ignored -> {
                                long done = System.nanoTime();
                                int opened = count(changes, FindingStatus.OPEN, true);
                                int revised = count(changes, FindingStatus.OPEN, false);
                                int resolved = count(changes, FindingStatus.RESOLVED, false);
                                Report report = new Report(ingredientKey, today, trigger,
                                        List.copyOf(reads.shortProducts), reads.demand.size(),
                                        reads.prefectures.size(), reads.reports.size(), reads.supplies.size(),
                                        plans.size(), reads.customers.size(), opened, revised, resolved,
                                        reads.open.size() + opened - resolved, millis(started, read),
                                        millis(read, computed), millis(computed, done), millis(started, done));
                                LOG.debugf("recomputed %s", report);
                                return report;
                            });
                });
    }

    /** The baseline and recent windows of an allocation period starting {@code periodStart}. */
    private DateRange[] allocationWindows(LocalDate periodStart) {
        return new DateRange[] {baselineWindow.of(periodStart), DateRange.daysBefore(periodStart, policy.recentDays())};
    }

    private List<IngredientStore.NewPlan> plans(Reads reads, String trigger, Instant now) {
        Map<String, List<Allocator.Customer>> customers = new HashMap<>();
        for (CustomerRow c : reads.customers) {
            customers.computeIfAbsent(c.w() + "|" + c.yj(), k -> new ArrayList<>())
                    .add(new Allocator.Customer(c.f(), c.p(), c.b(), c.r()));
        }
        Map<String, IngredientStore.CurrentPlan> current = new HashMap<>();
        reads.plans.forEach(p -> current.put(p.wholesalerCode() + "|" + p.yjCode(), p));
        Allocator allocator = new Allocator(policy);
        List<IngredientStore.NewPlan> out = new ArrayList<>();
        for (Supply s : reads.supplies) {
            String key = s.wholesalerCode() + "|" + s.yjCode();
            DateRange period = new DateRange(s.periodStart(), s.periodEnd());
            Allocator.Plan plan = allocator.allocate(s.supplyUnits(), period, customers.getOrDefault(key, List.of()));
            String fingerprint = IngredientAssessment.fingerprint(period, plan);
            IngredientStore.CurrentPlan before = current.get(key);
            if (before != null && before.fingerprint().equals(fingerprint)) {
                continue; // the same plan: nobody is told it again
            }
            long revision = before == null ? 1 : before.revision() + 1;
            out.add(new IngredientStore.NewPlan(new AllocationPlanPublished(UUID.randomUUID(), s.yjCode(),
                    s.wholesalerCode(), revision, s.periodStart(), s.periodEnd(), s.supplyUnits(), plan.policy(),
                    trigger, plan.lines(), now), fingerprint));
        }
        return out;
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
        List<IngredientStore.CurrentPlan> plans;
    }
}
