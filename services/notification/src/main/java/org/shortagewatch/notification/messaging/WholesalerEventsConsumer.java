package org.shortagewatch.notification.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.shortagewatch.notification.domain.FindingText;
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
 * revision older than one already applied. A finding names its product and ingredient as the catalogue does, and a
 * facility whose own orders it is about is addressed as such; a finding and a plan name their wholesalers by the names
 * the event carries from allocation's registry (their codes alone in an event without them). An allocation plan tells each facility its own quota
 * only: its line travels in its own ledger row, never in the shared alert. On the SQL client, in the transaction
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
            return products.findingNames(connection, f.yjCode(), f.ingredientKey())
                    .chain(names -> alertFinding(connection, event, f, names));
        });
    }

    /**
     * The finding's alert to its wholesalers and facilities; a finding about one facility's own orders is told to
     * that facility in words of its own, as a second alert ({@link WholesalerAlert#toFacilityCause}).
     */
    private Uni<Void> alertFinding(SqlConnection connection, IncomingEvent event, MaldistributionFinding f,
            FindingText.Names names) {
        boolean own = FindingText.aboutOwnOrders(f);
        List<String> others = new ArrayList<>(own ? List.of() : f.facilityCodes());
        others.addAll(f.wholesalerCodes());
        Uni<Void> toOthers = findingAlert(connection, event.id(), WholesalerAlert.finding(f, names, false,
                Instant.now()), f, others);
        return !own ? toOthers : toOthers.chain(() -> findingAlert(connection,
                WholesalerAlert.toFacilityCause(event.id()), WholesalerAlert.finding(f, names, true, Instant.now()), f,
                f.facilityCodes()));
    }

    private Uni<Void> findingAlert(SqlConnection connection, UUID cause, WholesalerAlert.Words words,
            MaldistributionFinding f, List<String> recipients) {
        Severity severity = f.status() == FindingStatus.OPEN ? Severity.MEDIUM : Severity.LOW;
        RecipientMatcher.Alert alert = new RecipientMatcher.Alert(cause, AlertKind.MALDISTRIBUTION, f.yjCode(),
                severity.level(), EventJson.write(words.payload()), words.subject(), words.text(), null);
        return matcher.alertTo(connection, alert, recipients, List.of(), true);
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
