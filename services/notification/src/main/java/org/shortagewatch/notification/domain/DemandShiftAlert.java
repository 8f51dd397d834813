package org.shortagewatch.notification.domain;

import static org.shortagewatch.notification.domain.SupplyStatusAlert.putIfKnown;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.StatusReport;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.notification.domain.SupplyStatusAlert.Alternative;

/**
 * The early warning a facility gets when a product of the same ingredient, form and strength as one it follows
 * becomes limited or stopped: demand is expected to move to the followed product. Only a move from normal shipment
 * (or from no status) warns, only products still shipping normally (or not yet reported) are warned about, and the
 * warning is one severity below the change's own alert. A followed product is warned of at most once a Japanese
 * calendar day ({@link #cause}), and a replayed event finds its warnings already in the ledger. It becomes the
 * {@code data} of a Standard Webhooks payload of type {@value #TYPE}, an e-mail, and an inbox or stream entry.
 */
public final class DemandShiftAlert {

    public static final String TYPE = "supply-status.demand-shift";

    private DemandShiftAlert() {
    }

    /** True when a change moves a product from normal shipment, or from no status, to limited shipment or a stop. */
    public static boolean shifts(ShipmentResponse previous, ShipmentResponse current) {
        return (previous == null || previous == ShipmentResponse.NORMAL) && current != null && current.isShort();
    }

    /** The alternatives demand moves to: those shipping normally and those with no status reported yet. */
    public static List<Alternative> receivingDemand(List<Alternative> alternatives) {
        return alternatives.stream()
                .filter(a -> a.shipmentResponse() == null || a.shipmentResponse() == ShipmentResponse.NORMAL)
                .toList();
    }

    /** One level below the change's own severity, never below {@link Severity#INFO}. */
    public static Severity severity(Severity ofChange) {
        return ofChange.oneBelow();
    }

    /**
     * The warning's cause id: a name-based UUID of the warned product and the Japanese calendar day of the change
     * that warns of it, never a change's own event id (the ledger is unique per cause, recipient and channel, and the
     * change's alert has that one). So a followed product is the subject of at most one warning a day, however many
     * of its siblings go short that day (in a burst of changes to one ingredient a pharmacist needs to hear once that
     * demand will move to what they stock), and a replayed event, on whatever day, finds its warning in the ledger.
     */
    public static UUID cause(String warnedYjCode, LocalDate day) {
        return UUID.nameUUIDFromBytes(("demand-shift/" + warnedYjCode + "/" + day).getBytes(StandardCharsets.UTF_8));
    }

    /** The Japanese calendar day of a change reported at {@code reportedAt}: the day its warnings belong to. */
    public static LocalDate day(Instant reportedAt) {
        return LocalDate.ofInstant(reportedAt, QuietHours.JAPAN);
    }

    /**
     * The payload: the warned product (its YJ code, name, strength, maker and status) and the changed one (the
     * same, with its new status, the one before, the reason and the date).
     *
     * @param event the change's event id, so a receiver can find the change's own alert
     */
    public static Map<String, Object> payload(UUID event, SupplyStatusChanged change, Alternative warned,
            Severity severity, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("yjCode", warned.yjCode());
        putIfKnown(data, "productName", warned.productName());
        putIfKnown(data, "strengthUnit", warned.strengthUnit());
        putIfKnown(data, "manufacturerName", warned.manufacturerName());
        putIfKnown(data, "manufacturerCode", warned.manufacturerCode());
        if (warned.shipmentResponse() != null) {
            data.put("shipmentResponse", warned.shipmentResponse().name());
        }
        data.put("shipmentResponseLabel", warned.shipmentResponse() == null ? "未報告"
                : warned.shipmentResponse().japanese());
        data.put("severity", severity.name());
        data.put("severityLabel", severity.japanese());
        data.put("causeEventId", event.toString());
        data.put("changedProduct", changed(change));
        data.put("messageJa", japanese(change, warned));
        data.put("messageEn", english(change, warned));
        return WebhookPayload.of(TYPE, data, now);
    }

    private static Map<String, Object> changed(SupplyStatusChanged change) {
        Map<String, Object> p = new LinkedHashMap<>();
        SupplyStatusAlert.putProduct(p, change);
        putIfKnown(p, "manufacturerCode", change.reportedBy());
        SupplyStatusAlert.putStatus(p, change);
        p.put("revision", change.revision());
        return p;
    }

    /** The e-mail subject: severity, warned product and the change that causes it, in Japanese then English. */
    public static String subject(SupplyStatusChanged change, Alternative warned, Severity severity) {
        StatusReport report = change.report();
        return "【" + severity.japanese() + "】需要移行の見込み：" + warnedJa(warned)
                + "（同一成分・同規格の" + SupplyStatusAlert.productJa(change) + "が"
                + report.shipmentResponse().japanese() + "） / [" + severity + "] Demand expected to shift to "
                + warnedEn(warned) + " (" + SupplyStatusAlert.productEn(change) + ": "
                + StatusLabel.en(report.shipmentResponse()) + ")";
    }

    /** The plain-text body: the Japanese sentence, then the English one. */
    public static String bodyText(SupplyStatusChanged change, Alternative warned) {
        return japanese(change, warned) + "\n\n" + english(change, warned) + "\n";
    }

    static String japanese(SupplyStatusChanged change, Alternative warned) {
        StatusReport report = change.report();
        String reason = report.reason() == null ? "" : "（理由：" + report.reason().japanese() + "）";
        return warnedJa(warned) + "：同一成分・同規格の" + SupplyStatusAlert.productJa(change) + "の出荷対応の状況が"
                + SupplyStatusAlert.becomesJa(change) + reason
                + "。この製品に需要が移る見込みです。在庫を確認し、必要量を超える発注はお控えください。";
    }

    static String english(SupplyStatusChanged change, Alternative warned) {
        StatusReport report = change.report();
        String reason = report.reason() == null ? ""
                : " (reason: " + StatusLabel.en(report.reason()) + ")";
        return warnedEn(warned) + ": " + SupplyStatusAlert.productEn(change)
                + ", of the same ingredient, form and strength, " + SupplyStatusAlert.becomesEn(change) + reason
                + ". Demand is expected to shift to this product; check your stock and order no more than you need.";
    }

    /** The warned product as {@link ProductLabel#ja} names it. */
    static String warnedJa(Alternative a) {
        return ProductLabel.ja(a.yjCode(), a.productName(), a.strengthUnit(), a.manufacturerName());
    }

    static String warnedEn(Alternative a) {
        return ProductLabel.en(a.yjCode(), a.productName(), a.strengthUnit(), a.manufacturerName());
    }
}
