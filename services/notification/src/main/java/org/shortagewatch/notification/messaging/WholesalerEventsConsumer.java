package org.shortagewatch.notification.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.shortagewatch.common.messaging.IncomingEvent;
import org.shortagewatch.common.messaging.OnceOnlyConsumer;
import org.shortagewatch.events.AllocationPlanPublished;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.FindingStatus;
import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.notification.domain.AlertKind;
import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.domain.WholesalerAlert;
import org.shortagewatch.notification.persistence.AppliedRevisions;
import org.shortagewatch.notification.persistence.ProductProjection;
import org.shortagewatch.notification.persistence.RecipientMatcher;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Maldistribution findings and allocation plans from wholesaler-allocation, to the facilities and wholesalers they
 * concern (inbox and server-sent events; e-mail too for facilities with an address), once per event, ignoring a
 * revision older than one already applied. An allocation plan tells each facility its own quota only: its line
 * travels in its own ledger row, never in the shared alert. On the SQL client, in the transaction
 * {@link OnceOnlyConsumer} opens.
 */
@ApplicationScoped
public class WholesalerEventsConsumer {

    @Inject
    OnceOnlyConsumer onceOnly;

    @Inject
    RecipientMatcher matcher;

    @Inject
    AppliedRevisions revisions;

    @Inject
    ProductProjection products;

    @Incoming("maldistribution-in")
    public Uni<Void> onFinding(ConsumerRecord<String, String> record) {
        return onceOnly.apply(SupplyStatusConsumer.CONSUMER, record, MaldistributionFinding.TYPE,
                MaldistributionFinding.class, this::applyFinding);
    }

    private Uni<Void> applyFinding(SqlConnection connection, IncomingEvent event, MaldistributionFinding f) {
        return revisions.newer(connection, "finding:" + f.findingId(), f.revision()).chain(newer -> {
            if (!newer) {
                return Uni.createFrom().voidItem();
            }
            Severity severity = f.status() == FindingStatus.OPEN ? Severity.MEDIUM : Severity.LOW;
            WholesalerAlert.Words words = WholesalerAlert.finding(f, Instant.now());
            RecipientMatcher.Alert alert = new RecipientMatcher.Alert(event.id(), AlertKind.MALDISTRIBUTION, f.yjCode(),
                    severity.level(), EventJson.write(words.payload()), words.subject(), words.text(), null);
            List<String> recipients = new ArrayList<>(f.facilityCodes());
            recipients.addAll(f.wholesalerCodes());
            return matcher.alertTo(connection, alert, recipients, List.of(), true);
        });
    }

    @Incoming("allocation-in")
    public Uni<Void> onPlan(ConsumerRecord<String, String> record) {
        return onceOnly.apply(SupplyStatusConsumer.CONSUMER, record, AllocationPlanPublished.TYPE,
                AllocationPlanPublished.class, this::applyPlan);
    }

    private Uni<Void> applyPlan(SqlConnection connection, IncomingEvent event, AllocationPlanPublished plan) {
        return revisions.newer(connection, "plan:" + plan.yjCode() + ":" + plan.wholesalerCode(),
                plan.revision()).chain(newer -> {
                    if (!newer) {
                        return Uni.createFrom().voidItem();
                    }
                    return products.name(connection, plan.yjCode())
                            .chain(name -> alertPlan(connection, event, plan, name));
                });
    }

    private Uni<Void> alertPlan(SqlConnection connection, IncomingEvent event, AllocationPlanPublished plan,
            String productName) {
        WholesalerAlert.Words words = WholesalerAlert.plan(plan, productName, Instant.now());
        RecipientMatcher.Alert alert = new RecipientMatcher.Alert(event.id(), AlertKind.ALLOCATION,
                plan.yjCode(), Severity.MEDIUM.level(), EventJson.write(words.payload()), words.subject(),
                words.text(), null);
        List<String> recipients = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (AllocationPlanPublished.Line line : plan.lines()) {
            recipients.add(line.facilityCode());
            details.add(EventJson.write(line));
        }
        recipients.add(plan.wholesalerCode());
        details.add(EventJson.write(Map.of("supplyUnits", plan.supplyUnits(), "lines", plan.lines().size(),
                "trigger", plan.trigger())));
        return matcher.alertTo(connection, alert, recipients, details, false);
    }
}
