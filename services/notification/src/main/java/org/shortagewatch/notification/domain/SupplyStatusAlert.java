package org.shortagewatch.notification.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.shortagewatch.events.SupplyStatusChanged;

/**
 * What a subscriber is told about a supply-status change: the change itself, its severity, the same-ingredient
 * products that currently ship normally, and plain sentences in Japanese and in English. It becomes the
 * {@code data} of a Standard Webhooks payload of type {@value #TYPE}, the subject and text of an e-mail, and an
 * inbox or server-sent event entry.
 */
public final class SupplyStatusAlert {

    public static final String TYPE = "supply-status.changed";

    /** A same-ingredient, same-form, same-strength product that ships normally now. */
    public record Alternative(String yjCode, String manufacturerCode) {
    }

    private SupplyStatusAlert() {
    }

    public static Map<String, Object> payload(SupplyStatusChanged event, Instant now) {
        return payload(event, Severity.ofChange(null, event.shipmentResponse(), false, null), List.of(), now);
    }

    public static Map<String, Object> payload(SupplyStatusChanged event, Severity severity,
            List<Alternative> alternatives, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("yjCode", event.yjCode());
        data.put("revision", event.revision());
        data.put("severity", severity.name());
        data.put("shipmentResponse", event.shipmentResponse().name());
        data.put("shipmentResponseLabel", event.shipmentResponse().japanese());
        if (event.reason() != null) {
            data.put("reason", event.reason().name());
            data.put("reasonLabel", event.reason().japanese());
        }
        data.put("effectiveDate", event.effectiveDate().toString());
        if (event.reportedBy() != null) {
            data.put("manufacturerCode", event.reportedBy());
        }
        if (event.causeYjCode() != null) {
            data.put("causeYjCode", event.causeYjCode());
        }
        if (event.resolutionOutlook() != null) {
            data.put("resolutionOutlook", event.resolutionOutlook().name());
            data.put("resolutionOutlookLabel", event.resolutionOutlook().japanese());
        }
        if (event.expectedResolutionDate() != null) {
            data.put("expectedResolutionDate", event.expectedResolutionDate().toString());
        }
        if (event.shipmentVolume() != null) {
            data.put("shipmentVolume", event.shipmentVolume().letter());
            data.put("shipmentVolumeLabel", event.shipmentVolume().japanese());
        }
        if (!alternatives.isEmpty()) {
            data.put("alternatives", alternatives.stream().map(a -> {
                Map<String, Object> alt = new LinkedHashMap<>();
                alt.put("yjCode", a.yjCode());
                if (a.manufacturerCode() != null) {
                    alt.put("manufacturerCode", a.manufacturerCode());
                }
                alt.put("shipmentResponseLabel", "通常出荷");
                return alt;
            }).toList());
        }
        data.put("messageJa", japanese(event, alternatives));
        data.put("messageEn", english(event, alternatives));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", TYPE);
        payload.put("timestamp", now.toString());
        payload.put("data", data);
        return payload;
    }

    /** The e-mail subject: severity, product and new status, in Japanese then English. */
    public static String subject(SupplyStatusChanged e, Severity severity) {
        return "【" + severity.japanese() + "】" + e.yjCode() + " 出荷対応の状況：" + e.shipmentResponse().japanese()
                + " / [" + severity + "] " + e.yjCode() + " " + english(e.shipmentResponse().name());
    }

    /** The plain-text body: the Japanese sentence, then the English one. */
    public static String bodyText(SupplyStatusChanged e, List<Alternative> alternatives) {
        return japanese(e, alternatives) + "\n\n" + english(e, alternatives) + "\n";
    }

    static String japanese(SupplyStatusChanged e) {
        return japanese(e, List.of());
    }

    static String japanese(SupplyStatusChanged e, List<Alternative> alternatives) {
        String reason = e.reason() == null ? "" : "（理由：" + e.reason().japanese() + "）";
        String outlook = e.expectedResolutionDate() == null ? ""
                : "解消見込みは" + JapaneseDates.western(e.expectedResolutionDate()) + "です。";
        String alts = alternatives.isEmpty() ? ""
                : "同一成分・同規格で通常出荷中の製品：" + alternatives.stream().map(Alternative::yjCode)
                        .collect(Collectors.joining("、")) + "。";
        return e.yjCode() + " の出荷対応の状況が " + JapaneseDates.western(e.effectiveDate()) + "から「"
                + e.shipmentResponse().japanese() + "」になります" + reason + "。" + outlook + alts;
    }

    static String english(SupplyStatusChanged e) {
        return english(e, List.of());
    }

    static String english(SupplyStatusChanged e, List<Alternative> alternatives) {
        String response = english(e.shipmentResponse().name());
        String reason = e.reason() == null ? "" : " (reason: " + english(e.reason().name()) + ")";
        String outlook = e.expectedResolutionDate() == null ? ""
                : " Expected to be resolved by " + e.expectedResolutionDate() + ".";
        String alts = alternatives.isEmpty() ? ""
                : " Same ingredient and strength, shipping normally: " + alternatives.stream()
                        .map(Alternative::yjCode).collect(Collectors.joining(", ")) + ".";
        return "Shipment status of " + e.yjCode() + " becomes " + response + " from " + e.effectiveDate() + reason + "."
                + outlook + alts;
    }

    private static String english(String constant) {
        return constant.toLowerCase().replace('_', ' ');
    }
}
