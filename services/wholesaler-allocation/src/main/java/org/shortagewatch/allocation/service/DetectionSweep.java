package org.shortagewatch.allocation.service;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shortagewatch.allocation.domain.RecomputationTrigger;
import org.shortagewatch.allocation.config.DetectionSettings;
import org.shortagewatch.allocation.persistence.RecomputationCoordination;
import org.shortagewatch.common.schedule.ScheduledRuns;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Recomputes, on a schedule, every ingredient that needs it: those with a product in limited shipment (or stopped)
 * or an open finding. Postings, status events and the admin endpoint recompute what they touch; but days of supply
 * and the detectors' windows move with the calendar even when nobody posts (shipments leave the consumption window,
 * reports leave the cluster window), so without a sweep a region could run dry, or a finding stay open, unnoticed.
 *
 * <p>One ingredient after the other, each in its own transaction on the Vert.x SQL client (a failure is logged and
 * the sweep goes on); one sweep per interval across every instance of the service ({@link ScheduledRuns}), and
 * recomputations of one ingredient are serialised across processes by {@link Recomputation}'s advisory lock. Interval: {@code shortagewatch.detection.sweep-interval} ({@code off}
 * disables it).
 */
@ApplicationScoped
public class DetectionSweep {

    private static final Logger LOG = Logger.getLogger(DetectionSweep.class);

    @Inject
    Pool pool;

    @Inject
    RecomputationCoordination coordination;

    @Inject
    Recomputation recomputation;

    @Inject
    ScheduledRuns runs;

    @Inject
    DetectionSettings settings;

    /** What one sweep did. */
    public record Summary(int ingredients, int recomputed, int failed, int findingsOpened, int findingsRevised,
            int findingsResolved, int plansPublished, long millis) {
    }

    @Scheduled(identity = "detection-sweep", every = "${shortagewatch.detection.sweep-interval}",
            delayed = "${shortagewatch.detection.sweep-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        // once per interval across the service's instances; a claim a tenth shorter than the interval, so that a
        // timer firing a little early still finds the previous claim over
        Duration interval = DurationConverter.parseDuration(settings.sweepInterval());
        return runs.once("detection-sweep", interval.multipliedBy(9).dividedBy(10), this::sweep).replaceWithVoid();
    }

    /** Runs one sweep now: lists the ingredients that need recomputing, then recomputes each in a transaction. */
    public Uni<Summary> sweep() {
        long started = System.nanoTime();
        return coordination.needingRecomputation(pool)
                .chain(keys -> Multi.createFrom().iterable(keys)
                        .onItem().transformToUniAndConcatenate(this::recompute)
                        .collect().asList()
                        .map(reports -> summarize(keys.size(), reports, started)))
                .invoke(s -> LOG.infof("detection sweep: %d of %d ingredients recomputed (%d failed); findings %d "
                        + "opened, %d revised, %d resolved; %d plans published; %d ms", s.recomputed(),
                        s.ingredients(), s.failed(), s.findingsOpened(), s.findingsRevised(), s.findingsResolved(),
                        s.plansPublished(), s.millis()));
    }

    /** One ingredient in a transaction of its own; empty when it failed (rolled back, logged). */
    private Uni<Optional<Recomputation.Report>> recompute(String ingredientKey) {
        return pool.withTransaction(c -> recomputation.recompute(c, ingredientKey,
                        RecomputationTrigger.SCHEDULED_SWEEP))
                .map(Optional::of)
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf(failure, "detection sweep: recomputing %s failed; the sweep goes on", ingredientKey);
                    return Optional.empty();
                });
    }

    private static Summary summarize(int ingredients, List<Optional<Recomputation.Report>> results, long started) {
        List<Recomputation.Report> done = results.stream().flatMap(Optional::stream).toList();
        return new Summary(ingredients, done.size(), results.size() - done.size(),
                done.stream().mapToInt(Recomputation.Report::findingsOpened).sum(),
                done.stream().mapToInt(Recomputation.Report::findingsRevised).sum(),
                done.stream().mapToInt(Recomputation.Report::findingsResolved).sum(),
                done.stream().mapToInt(Recomputation.Report::plansPublished).sum(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
