package org.shortagewatch.notification.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.StatusReport;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.notification.domain.AlertKind;
import org.shortagewatch.notification.domain.DemandShiftAlert;
import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.domain.SupplyStatusAlert.Alternative;
import org.shortagewatch.notification.persistence.DemandShiftMatcher;
import org.shortagewatch.notification.persistence.RecipientMatcher;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The demand-shift warnings of one supply-status change, in the transaction that records the change's own alert
 * (so the event id recorded once-only covers both): when the change moves a product from normal shipment (or no
 * status) to limited shipment or a stop, the followers of each same-ingredient, same-form, same-strength product
 * still shipping normally (or not yet reported) are told that demand will move to it ({@link DemandShiftAlert}),
 * once a day per followed product: a product already warned of today is skipped before any warning is built. A
 * change that warns nobody costs no statement (no shift, or no product to warn about) or one (nobody follows them,
 * or they were warned today).
 */
@ApplicationScoped
public class DemandShiftWarnings {

    @Inject
    DemandShiftMatcher matcher;

    /**
     * @param event the change's event id
     * @param previous the product's shipment response before the change; null for its first report
     * @param ofChange the severity of the change's own alert
     * @param alternatives every product of the same alternative key, the changed one excepted
     */
    public Uni<Void> warn(SqlConnection c, UUID event, SupplyStatusChanged change, ShipmentResponse previous,
            Severity ofChange, List<Alternative> alternatives) {
        StatusReport report = change.report();
        if (!DemandShiftAlert.shifts(previous, report.shipmentResponse())) {
            return Uni.createFrom().voidItem();
        }
        List<Alternative> receiving = DemandShiftAlert.receivingDemand(alternatives);
        if (receiving.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Severity severity = DemandShiftAlert.severity(ofChange);
        LocalDate day = DemandShiftAlert.day(change.reportedAt());
        Map<String, UUID> causes = new LinkedHashMap<>();
        receiving.forEach(a -> causes.put(a.yjCode(), DemandShiftAlert.cause(a.yjCode(), day)));
        return matcher.unwarned(c, causes, severity.level())
                .chain(unwarned -> {
                    Set<String> toWarn = new HashSet<>(unwarned);
                    Instant now = Instant.now();
                    List<RecipientMatcher.Alert> warnings = receiving.stream()
                            .filter(a -> toWarn.contains(a.yjCode()))
                            .map(a -> new RecipientMatcher.Alert(causes.get(a.yjCode()),
                                    AlertKind.DEMAND_SHIFT, a.yjCode(), severity.level(),
                                    EventJson.write(DemandShiftAlert.payload(event, change, a, severity, now)),
                                    DemandShiftAlert.subject(change, a, severity), DemandShiftAlert.bodyText(change, a),
                                    null))
                            .toList();
                    return matcher.warn(c, warnings, severity.level(), report.yjCode(), change.revision());
                })
                .replaceWithVoid();
    }
}
