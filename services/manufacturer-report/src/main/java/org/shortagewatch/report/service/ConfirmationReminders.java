package org.shortagewatch.report.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shortagewatch.common.schedule.ScheduledRuns;
import org.shortagewatch.common.messaging.Outbox;
import org.shortagewatch.common.messaging.OutboxEvent;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.StatusConfirmationDue;
import org.shortagewatch.report.domain.Freshness;
import org.shortagewatch.report.domain.ReportingDay;
import org.shortagewatch.report.domain.SupplyManagerAppointment;
import org.shortagewatch.report.persistence.ProductCatalog;
import org.shortagewatch.report.persistence.StatusConfirmationStore;
import org.shortagewatch.report.persistence.SupplyManagerStore;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Which products are stale, per maker, and the daily reminder to their makers: one {@link StatusConfirmationDue}
 * event per maker with stale products, at most once per maker and day, its outbox row written in the transaction
 * that remembers the reminder.
 */
@ApplicationScoped
public class ConfirmationReminders {

    private static final Logger LOG = Logger.getLogger(ConfirmationReminders.class);

    /** What a sweep did: the day, how many makers it reminded now, and how many stale products it named to them. */
    public record Sweep(LocalDate day, int makersReminded, int staleProducts) {
    }

    @Inject
    Pool pool;

    @Inject
    ProductCatalog catalog;

    @Inject
    StatusConfirmationStore store;

    @Inject
    SupplyManagerStore managers;

    @Inject
    Outbox outbox;

    @Inject
    ScheduledRuns runs;

    /** The products stale on the day, by maker (in code order), each maker's in YJ-code order. */
    public Uni<Map<String, List<Freshness.Stale>>> staleOn(LocalDate day) {
        return catalog.all(day).map(all -> Freshness.byMaker(all.stream().filter(ProductCatalog.ProductStatus::stale)
                .map(ps -> new Freshness.Stale(ps.product().yjCode, ps.product().manufacturerCode,
                        ps.product().manufacturerName, ps.product().productName, ps.status().report.shipmentResponse(),
                        ps.lastConfirmedAt()))
                .toList()));
    }

    @Scheduled(identity = "freshness-sweep", cron = "${shortagewatch.freshness.sweep-cron}", timeZone = "Asia/Tokyo",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        // every instance's timer fires at the same minute; one of them sweeps (the reminder itself is once per maker
        // and day in any case)
        return runs.once("freshness-sweep", Duration.ofHours(1), this::sweep)
                .onItem().ifNotNull().invoke(done -> LOG.infof("freshness sweep %s: %d makers reminded of %d stale "
                        + "products", done.day(), done.makersReminded(), done.staleProducts()))
                .replaceWithVoid();
    }

    /** Reminds today (in Japan) every maker with stale products that has not been reminded today yet. */
    public Uni<Sweep> sweep() {
        LocalDate day = ReportingDay.today();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return staleOn(day).chain(byMaker -> Multi.createFrom().iterable(byMaker.entrySet())
                .onItem().transformToUniAndConcatenate(e -> remind(e.getKey(), e.getValue(), day, now)
                        .map(sent -> sent ? e.getValue().size() : -1))
                .collect().asList()
                .map(sent -> new Sweep(day, (int) sent.stream().filter(n -> n >= 0).count(),
                        sent.stream().filter(n -> n >= 0).mapToInt(Integer::intValue).sum())));
    }

    /** One maker's reminder of the day, in one transaction; false when it already had one today. */
    private Uni<Boolean> remind(String maker, List<Freshness.Stale> stale, LocalDate day, Instant now) {
        UUID eventId = UUID.randomUUID();
        return pool.withTransaction(c -> store.remind(c, maker, day, eventId, stale.size(), now).chain(first -> {
            if (!first) {
                return Uni.createFrom().item(false);
            }
            return managers.history(c, maker).chain(appointments -> {
                SupplyManagerAppointment manager = appointments.isEmpty() ? null : appointments.get(0);
                StatusConfirmationDue event = new StatusConfirmationDue(maker, stale.get(0).manufacturerName(),
                        manager == null ? null : manager.name(), manager == null ? null : manager.email(),
                        stale.stream().map(s -> new StatusConfirmationDue.StaleProduct(s.yjCode(), s.productName(),
                                s.response(), s.lastConfirmedAt())).toList(),
                        now, day);
                return outbox.append(c, new OutboxEvent(eventId, StatusConfirmationDue.TOPIC, maker,
                        StatusConfirmationDue.TYPE, maker, now, EventJson.write(event))).replaceWith(true);
            });
        }));
    }
}
