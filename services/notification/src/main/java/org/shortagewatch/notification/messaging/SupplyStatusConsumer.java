package org.shortagewatch.notification.messaging;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.shortagewatch.common.messaging.BatchEffect;
import org.shortagewatch.common.messaging.IncomingEvent;
import org.shortagewatch.common.messaging.OnceOnlyConsumer;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.notification.domain.AlertKind;
import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.domain.SupplyStatusAlert;
import org.shortagewatch.notification.persistence.RecipientMatcher;
import org.shortagewatch.notification.persistence.ProductProjection;
import org.shortagewatch.notification.service.DemandShiftWarnings;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Turns each supply-status event (consumed a poll's batch at a time, on several event loops, one per partition
 * group: {@code concurrency} in the channel's configuration) into the projection's new state, ledger rows for every matching subscription and
 * the demand-shift warnings of same-ingredient products ({@link DemandShiftWarnings}), once ({@link OnceOnlyConsumer}: the event id is recorded in the same transaction, the offset is acknowledged only
 * after it commits, a failure of ours is retried and only a bad record is dead-lettered). An event older than the
 * projection's revision of the product notifies nobody. Everything runs on the SQL client, in the transaction
 * {@link OnceOnlyConsumer} opens.
 */
@ApplicationScoped
public class SupplyStatusConsumer {

    static final String CONSUMER = "notification";
    private static final Logger LOG = Logger.getLogger(SupplyStatusConsumer.class);

    @Inject
    OnceOnlyConsumer onceOnly;

    @Inject
    ProductProjection products;

    @Inject
    RecipientMatcher matcher;

    @Inject
    DemandShiftWarnings demandShift;

    static final String CHANNEL = "supply-status-in";

    /** Each poll's records at once: one transaction per batch, each event applied in its partition's order. */
    @Incoming(CHANNEL)
    public Uni<Void> onSupplyStatus(ConsumerRecords<String, String> records) {
        return onceOnly.applyBatch(CONSUMER, CHANNEL, records, SupplyStatusChanged.TYPE, SupplyStatusChanged.class,
                BatchEffect.each(this::apply));
    }

    /**
     * Statements that need nothing from each other go out together, pipelined on the connection (the server runs them
     * in the order sent): what the projection knew, the change applied, the alternatives; then the alert with its
     * ledger rows. Three round trips for a change that warns nobody of a demand shift, instead of seven.
     */
    private Uni<Void> apply(SqlConnection connection, IncomingEvent event, SupplyStatusChanged change) {
        String yj = change.report().yjCode();
        return Uni.combine().all().unis(products.find(connection, yj), products.apply(connection, change),
                        products.alternatives(connection, yj))
                .asTuple()
                .chain(found -> {
                    if (!found.getItem2()) {
                        LOG.debugf("event %s: revision %d of %s is behind the projection; nobody notified",
                                event.id(), change.revision(), yj);
                        return Uni.createFrom().voidItem();
                    }
                    SupplyStatusAlert.Before before = found.getItem1();
                    List<SupplyStatusAlert.Alternative> alternatives = found.getItem3();
                    Severity severity = SupplyStatusAlert.severity(change, before);
                    List<SupplyStatusAlert.Alternative> listed = SupplyStatusAlert.listed(alternatives);
                    String payload = EventJson.write(SupplyStatusAlert.payload(change, severity, listed, Instant.now()));
                    RecipientMatcher.Alert alert = new RecipientMatcher.Alert(event.id(), AlertKind.SUPPLY_STATUS,
                            yj, severity.level(), payload, SupplyStatusAlert.subject(change, severity),
                            SupplyStatusAlert.bodyText(change, listed), null);
                    return Uni.combine().all().unis(matcher.recordAlert(connection, alert),
                                    matcher.matchSubscribers(connection, event.id(), yj, severity.level()))
                            .discardItems()
                            .chain(() -> demandShift.warn(connection, event.id(), change,
                                    SupplyStatusAlert.previous(change, before), severity, alternatives));
                });
    }
}
