package org.shortagewatch.notification.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Standard Webhooks envelope every alert's payload has, in webhooks, inbox and stream entries alike:
 * {@code type}, {@code timestamp} and the alert's {@code data}.
 */
public final class WebhookPayload {

    private WebhookPayload() {
    }

    public static Map<String, Object> of(String type, Map<String, Object> data, Instant now) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type);
        payload.put("timestamp", now.toString());
        payload.put("data", data);
        return payload;
    }
}
