package org.shortagewatch.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.shortagewatch.events.SupplyStatusChanged;

/**
 * What a subscriber is told about a supply-status change: the change itself and a plain sentence, in Japanese and
 * in English. It becomes the {@code data} of a Standard Webhooks payload of type {@value #TYPE}.
 */
public final class SupplyStatusAlert {

    public static final String TYPE = "supply-status.changed";

    private SupplyStatusAlert() {
    }

    public static Map<String, Object> payload(SupplyStatusChanged event, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("yjCode", event.yjCode());
        data.put("revision", event.revision());
        data.put("shipmentResponse", event.shipmentResponse().name());
        data.put("shipmentResponseLabel", event.shipmentResponse().japanese());
        if (event.reason() != null) {
            data.put("reason", event.reason().name());
            data.put("reasonLabel", event.reason().japanese());
        }
        data.put("effectiveDate", event.effectiveDate().toString());
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
        data.put("messageJa", japanese(event));
        data.put("messageEn", english(event));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", TYPE);
        payload.put("timestamp", now.toString());
        payload.put("data", data);
        return payload;
    }

    static String japanese(SupplyStatusChanged e) {
        String reason = e.reason() == null ? "" : "（理由：" + e.reason().japanese() + "）";
        String outlook = e.expectedResolutionDate() == null ? ""
                : "解消見込みは" + jaDate(e.expectedResolutionDate()) + "です。";
        return e.yjCode() + " の出荷対応の状況が " + jaDate(e.effectiveDate()) + "から「"
                + e.shipmentResponse().japanese() + "」になります" + reason + "。" + outlook;
    }

    static String english(SupplyStatusChanged e) {
        String response = e.shipmentResponse().name().toLowerCase().replace('_', ' ');
        String reason = e.reason() == null ? "" : " (reason: " + e.reason().name().toLowerCase().replace('_', ' ') + ")";
        String outlook = e.expectedResolutionDate() == null ? ""
                : " Expected to be resolved by " + e.expectedResolutionDate() + ".";
        return "Shipment status of " + e.yjCode() + " becomes " + response + " from " + e.effectiveDate() + reason + "."
                + outlook;
    }

    private static String jaDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
