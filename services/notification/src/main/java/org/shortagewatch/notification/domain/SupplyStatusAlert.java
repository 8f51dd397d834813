package org.shortagewatch.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.shortagewatch.events.DatePrecision;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.StatusReport;
import org.shortagewatch.events.SupplyStatusChanged;

/**
 * What a subscriber is told about a supply-status change: the product (name, strength and maker when known, always its
 * YJ code), the change itself, its severity, the same-ingredient products with their makers and their own current
 * status (and whether any ships normally), and plain sentences in Japanese and in English. It becomes the
 * {@code data} of a Standard Webhooks payload of type {@value #TYPE}, the subject and text of an e-mail, and an
 * inbox or server-sent event entry.
 */
public final class SupplyStatusAlert {

    public static final String TYPE = "supply-status.changed";

    /** How many same-ingredient products an alert lists at most. */
    public static final int LISTED_ALTERNATIVES = 20;

    /**
     * A product of the same ingredient, form and strength, as the projection knows it.
     *
     * @param shipmentResponse its current response; null when no status was reported for it
     */
    public record Alternative(String yjCode, String manufacturerCode, String productName, String strengthUnit,
            String manufacturerName, ShipmentResponse shipmentResponse) {

        boolean shipsNormally() {
            return shipmentResponse == ShipmentResponse.NORMAL;
        }

        /** 品名（製造販売業者名）, or the YJ code when the name is not known. */
        String describedJa() {
            return productName == null ? yjCode
                    : productName + (manufacturerName == null ? "" : "（" + manufacturerName + "）");
        }

        String describedEn() {
            return productName == null ? yjCode
                    : productName + (manufacturerName == null ? "" : " (" + manufacturerName + ")");
        }
    }

    /** What the projection knew of the product before the change: for events that do not describe it themselves. */
    public record Before(ShipmentResponse shipmentResponse, boolean basicDrug, String supplySecurityClass) {
    }

    private SupplyStatusAlert() {
    }

    /**
     * The change's severity. An event that describes its product carries the previous response and the flags that
     * make a product essential, so the order in which the supply-status and products topics arrive cannot change it;
     * for an event written before it carried them, what the projection knew before the change stands in.
     *
     * @param before the projection's view before the change, or null when it knew nothing of the product
     */
    public static Severity severity(SupplyStatusChanged change, Before before) {
        StatusReport report = change.report();
        SupplyStatusChanged.Product product = change.product();
        if (product != null) {
            return Severity.ofChange(previous(change, before), report.shipmentResponse(), product.basicDrug(),
                    product.supplySecurityClass() == null ? null : product.supplySecurityClass().name());
        }
        return Severity.ofChange(previous(change, before), report.shipmentResponse(),
                before != null && before.basicDrug(), before == null ? null : before.supplySecurityClass());
    }

    /**
     * The product's shipment response before the change: the one the event states when it describes its product,
     * else the projection's; null for a product's first report.
     *
     * @param before the projection's view before the change, or null when it knew nothing of the product
     */
    public static ShipmentResponse previous(SupplyStatusChanged change, Before before) {
        if (change.product() != null) {
            return change.previousShipmentResponse();
        }
        return before == null ? null : before.shipmentResponse();
    }

    /** The alternatives an alert lists: the first {@value #LISTED_ALTERNATIVES} (those shipping normally first). */
    public static List<Alternative> listed(List<Alternative> alternatives) {
        return alternatives.size() <= LISTED_ALTERNATIVES ? alternatives
                : alternatives.subList(0, LISTED_ALTERNATIVES);
    }

    /** The payload of a change whose alternatives were not looked up (none are mentioned). */
    public static Map<String, Object> payload(SupplyStatusChanged event, Instant now) {
        return payload(event, severity(event, null), null, now);
    }

    /**
     * @param alternatives the same-ingredient products, those shipping normally first; an empty list says there are
     *        none, null that they were not looked up
     */
    public static Map<String, Object> payload(SupplyStatusChanged event, Severity severity,
            List<Alternative> alternatives, Instant now) {
        StatusReport report = event.report();
        Map<String, Object> data = new LinkedHashMap<>();
        putProduct(data, event);
        data.put("revision", event.revision());
        data.put("severity", severity.name());
        data.put("severityLabel", severity.japanese());
        putStatus(data, event);
        putIfKnown(data, "manufacturerCode", event.reportedBy());
        putIfKnown(data, "causeYjCode", report.causeYjCode());
        if (report.resolutionOutlook() != null) {
            data.put("resolutionOutlook", report.resolutionOutlook().name());
            data.put("resolutionOutlookLabel", report.resolutionOutlook().japanese());
        }
        if (report.expectedResolutionDate() != null) {
            data.put("expectedResolutionDate", report.expectedResolutionDate().toString());
            putIfKnown(data, "expectedResolutionPrecision", report.expectedResolutionPrecision() == null ? null
                    : report.expectedResolutionPrecision().name());
        }
        if (report.shipmentVolume() != null) {
            data.put("shipmentVolume", report.shipmentVolume().letter());
            data.put("shipmentVolumeLabel", report.shipmentVolume().japanese());
        }
        if (alternatives != null) {
            data.put("alternatives", alternatives.stream().map(SupplyStatusAlert::alternative).toList());
            data.put("alternativesShippingNormally", alternatives.stream().filter(Alternative::shipsNormally).count());
        }
        data.put("messageJa", japanese(event, alternatives));
        data.put("messageEn", english(event, alternatives));
        return WebhookPayload.of(TYPE, data, now);
    }

    private static Map<String, Object> alternative(Alternative a) {
        Map<String, Object> alt = new LinkedHashMap<>();
        alt.put("yjCode", a.yjCode());
        putIfKnown(alt, "productName", a.productName());
        putIfKnown(alt, "strengthUnit", a.strengthUnit());
        putIfKnown(alt, "manufacturerName", a.manufacturerName());
        putIfKnown(alt, "manufacturerCode", a.manufacturerCode());
        if (a.shipmentResponse() != null) {
            alt.put("shipmentResponse", a.shipmentResponse().name());
            alt.put("shipmentResponseLabel", a.shipmentResponse().japanese());
        } else {
            alt.put("shipmentResponseLabel", "未報告");
        }
        return alt;
    }

    /** The changed product: its YJ code, then its name, strength and maker where the event describes them. */
    static void putProduct(Map<String, Object> data, SupplyStatusChanged event) {
        data.put("yjCode", event.report().yjCode());
        SupplyStatusChanged.Product product = event.product();
        if (product != null) {
            putIfKnown(data, "productName", product.productName());
            putIfKnown(data, "strengthUnit", product.strengthUnit());
            putIfKnown(data, "manufacturerName", product.manufacturerName());
        }
    }

    /** The new shipment response and its wording, the one before, the reason and its wording, the effective date. */
    static void putStatus(Map<String, Object> data, SupplyStatusChanged event) {
        StatusReport report = event.report();
        data.put("shipmentResponse", report.shipmentResponse().name());
        data.put("shipmentResponseLabel", report.shipmentResponse().japanese());
        if (event.previousShipmentResponse() != null) {
            data.put("previousShipmentResponse", event.previousShipmentResponse().name());
        }
        if (report.reason() != null) {
            data.put("reason", report.reason().name());
            data.put("reasonLabel", report.reason().japanese());
        }
        data.put("effectiveDate", report.effectiveDate().toString());
    }

    static void putIfKnown(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** The e-mail subject: severity, product and new status, in Japanese then English. */
    public static String subject(SupplyStatusChanged e, Severity severity) {
        StatusReport report = e.report();
        return "【" + severity.japanese() + "】" + productJa(e) + "の出荷対応の状況：" + report.shipmentResponse().japanese()
                + " / [" + severity + "] " + productEn(e) + ": " + StatusLabel.en(report.shipmentResponse());
    }

    /** The plain-text body: the Japanese sentence, then the English one. */
    public static String bodyText(SupplyStatusChanged e, List<Alternative> alternatives) {
        return japanese(e, alternatives) + "\n\n" + english(e, alternatives) + "\n";
    }

    /** The product as {@link ProductLabel#ja} names it, from what the event says of it. */
    static String productJa(SupplyStatusChanged e) {
        SupplyStatusChanged.Product p = e.product();
        return p == null ? ProductLabel.ja(e.report().yjCode(), null, null, null)
                : ProductLabel.ja(e.report().yjCode(), p.productName(), p.strengthUnit(), p.manufacturerName());
    }

    static String productEn(SupplyStatusChanged e) {
        SupplyStatusChanged.Product p = e.product();
        return p == null ? e.report().yjCode()
                : ProductLabel.en(e.report().yjCode(), p.productName(), p.strengthUnit(), p.manufacturerName());
    }

    static String japanese(SupplyStatusChanged e, List<Alternative> alternatives) {
        StatusReport report = e.report();
        String reason = report.reason() == null ? "" : "（理由：" + report.reason().japanese() + "）";
        String outlook = report.expectedResolutionDate() == null ? ""
                : "解消見込みは" + DatePrecision.of(report.expectedResolutionPrecision())
                        .japanese(report.expectedResolutionDate()) + "です。";
        return productJa(e) + "の出荷対応の状況が" + becomesJa(e) + reason + "。" + outlook
                + alternativesJa(e, alternatives);
    }

    /**
     * Whether the change was already in effect on the day it was reported (in Japan): a change reported late, or on
     * its day, is told as a fact, one announced for a later day as to come.
     */
    static boolean inEffectWhenReported(SupplyStatusChanged e) {
        return e.reportedAt() != null
                && !e.report().effectiveDate().isAfter(LocalDate.ofInstant(e.reportedAt(), QuietHours.JAPAN));
    }

    /** 2026年12月1日から「供給停止」になります, or になっています for a change in effect when reported. */
    static String becomesJa(SupplyStatusChanged e) {
        StatusReport report = e.report();
        return JapaneseDates.western(report.effectiveDate()) + "から「" + report.shipmentResponse().japanese() + "」"
                + (inEffectWhenReported(e) ? "になっています" : "になります");
    }

    /**
     * will be “Supply stopped” from 2026-12-01, or has been “Supply stopped” since 2026-12-01 for a change in effect
     * when reported: the status in the words the portal's English pages use.
     */
    static String becomesEn(SupplyStatusChanged e) {
        StatusReport report = e.report();
        String response = "“" + StatusLabel.en(report.shipmentResponse()) + "”";
        return inEffectWhenReported(e) ? "has been " + response + " since " + report.effectiveDate()
                : "will be " + response + " from " + report.effectiveDate();
    }

    private static String alternativesJa(SupplyStatusChanged e, List<Alternative> alternatives) {
        if (alternatives == null || e.report().shipmentResponse() == ShipmentResponse.NORMAL) {
            return "";
        }
        List<Alternative> normal = alternatives.stream().filter(Alternative::shipsNormally).toList();
        if (!normal.isEmpty()) {
            return "同一成分・同規格で通常出荷中の製品：" + normal.stream().map(Alternative::describedJa)
                    .collect(Collectors.joining("、")) + "。";
        }
        return alternatives.isEmpty() ? "同一成分・同規格の他の製品はありません。"
                : "同一成分・同規格で通常出荷中の製品はありません（他の" + alternatives.size()
                        + "製品は限定出荷・供給停止または未報告）。";
    }

    static String english(SupplyStatusChanged e, List<Alternative> alternatives) {
        StatusReport report = e.report();
        String reason = report.reason() == null ? "" : " (reason: " + StatusLabel.en(report.reason()) + ")";
        String outlook = report.expectedResolutionDate() == null ? ""
                : " Expected to be resolved by " + DatePrecision.of(report.expectedResolutionPrecision())
                        .english(report.expectedResolutionDate()) + ".";
        return "Shipment status of " + productEn(e) + " " + becomesEn(e) + reason + "." + outlook
                + alternativesEn(e, alternatives);
    }

    private static String alternativesEn(SupplyStatusChanged e, List<Alternative> alternatives) {
        if (alternatives == null || e.report().shipmentResponse() == ShipmentResponse.NORMAL) {
            return "";
        }
        List<Alternative> normal = alternatives.stream().filter(Alternative::shipsNormally).toList();
        if (!normal.isEmpty()) {
            return " Same ingredient and strength, shipping normally: " + normal.stream()
                    .map(Alternative::describedEn).collect(Collectors.joining(", ")) + ".";
        }
        return alternatives.isEmpty() ? " No other product has the same ingredient and strength."
                : " None of the " + alternatives.size()
                        + " products of the same ingredient and strength ships normally.";
    }
}
