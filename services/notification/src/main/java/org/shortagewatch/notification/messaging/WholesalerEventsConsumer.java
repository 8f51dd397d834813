package org.shortagewatch.notification.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.shortagewatch.notification.persistence.AppliedRevisions;
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
            boolean open = f.status() == FindingStatus.OPEN;
            Severity severity = open ? Severity.MEDIUM : Severity.LOW;
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("type", open ? "maldistribution.finding.opened" : "maldistribution.finding.resolved");
            payload.put("timestamp", Instant.now().toString());
            payload.put("data", f);
            String subject = (open ? "【偏在の兆候】" : "【偏在の兆候・解消】") + f.summaryJa() + " / "
                    + (open ? "Maldistribution: " : "Resolved: ") + f.summaryEn();
            RecipientMatcher.Alert alert = new RecipientMatcher.Alert(event.id(), AlertKind.MALDISTRIBUTION, f.yjCode(), severity.level(),
                    EventJson.write(payload), subject, f.summaryJa() + "\n\n" + f.summaryEn() + "\n", null);
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
                    Map<String, Object> summary = new LinkedHashMap<>();
                    summary.put("planId", plan.planId());
                    summary.put("yjCode", plan.yjCode());
                    summary.put("wholesalerCode", plan.wholesalerCode());
                    summary.put("revision", plan.revision());
                    summary.put("periodStart", plan.periodStart());
                    summary.put("periodEnd", plan.periodEnd());
                    summary.put("policy", plan.policy());
                    Map<String, Object> payload = new LinkedHashMap<>();
                    payload.put("type", "allocation.plan");
                    payload.put("timestamp", Instant.now().toString());
                    payload.put("data", summary);
                    String subject = "【出荷調整】" + plan.yjCode() + " の割当（" + plan.periodStart() + "〜" + plan.periodEnd()
                            + "） / Allocation of " + plan.yjCode() + " by " + plan.wholesalerCode();
                    String text = "卸売業者 " + plan.wholesalerCode() + " から " + plan.yjCode() + " の " + plan.periodStart()
                            + "〜" + plan.periodEnd() + " の割当が届きました。貴施設の割当数量は明細をご覧ください。\n\n"
                            + "Wholesaler " + plan.wholesalerCode() + " allocated " + plan.yjCode() + " for "
                            + plan.periodStart() + " to " + plan.periodEnd() + "; your own quota is in the detail.\n";
                    RecipientMatcher.Alert alert = new RecipientMatcher.Alert(event.id(), AlertKind.ALLOCATION, plan.yjCode(), Severity.MEDIUM.level(),
                            EventJson.write(payload), subject, text, null);
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
                });
    }
}
