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
        return e.yjCode() + " の出荷対応の状況が " + jaDate(e.effectiveDate()) + "から「"
                + e.shipmentResponse().japanese() + "」になります" + reason + "。";
    }

    static String english(SupplyStatusChanged e) {
        String response = e.shipmentResponse().name().toLowerCase().replace('_', ' ');
        String reason = e.reason() == null ? "" : " (reason: " + e.reason().name().toLowerCase().replace('_', ' ') + ")";
        return "Shipment status of " + e.yjCode() + " becomes " + response + " from " + e.effectiveDate() + reason + ".";
    }

    private static String jaDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
