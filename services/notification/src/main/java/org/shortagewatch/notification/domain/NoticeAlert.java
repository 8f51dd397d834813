package org.shortagewatch.notification.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.shortagewatch.events.CooperationRequestNotice;
import org.shortagewatch.events.EventJson;

/**
 * What a recipient's webhook (and inbox and stream entry) carries for a notice: a Standard Webhooks payload of type
 * {@value #PUBLISHED} or {@value #WITHDRAWN} whose {@code data} is the notice event as it goes to Kafka (notice id,
 * revision, status, date in both calendars, title, requests, target products, ...), plus where to read it
 * ({@code url}, the notice in the API; {@code printUrl}, the printable page) and one plain sentence in Japanese and in
 * English ({@code messageJa}, {@code messageEn}), so a receiver can show it without knowing the notice's structure.
 */
public final class NoticeAlert {

    public static final String PUBLISHED = "notice.published";
    public static final String WITHDRAWN = "notice.withdrawn";

    private NoticeAlert() {
    }

    /** The payload; {@code baseUrl} is the service's public address (no trailing slash). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> payload(CooperationRequestNotice event, String baseUrl, Instant now) {
        boolean withdrawn = event.status() == CooperationRequestNotice.Status.WITHDRAWN;
        Map<String, Object> data = EventJson.read(EventJson.write(event), LinkedHashMap.class);
        String url = (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl)
                + "/api/v1/notices/" + event.noticeId();
        data.put("url", url);
        data.put("printUrl", url + "/rendering?format=print");
        data.put("messageJa", withdrawn ? withdrawnJa(event) : publishedJa(event));
        data.put("messageEn", withdrawn ? withdrawnEn(event) : publishedEn(event));
        return WebhookPayload.of(withdrawn ? WITHDRAWN : PUBLISHED, data, now);
    }

    static String publishedJa(CooperationRequestNotice e) {
        return e.issuer() + "から" + e.issuedOnJapanese() + "付けで事務連絡「" + e.title() + "」が発出されました。";
    }

    static String publishedEn(CooperationRequestNotice e) {
        return "A cooperation-request notice was issued on " + e.issuedOn() + ": \"" + e.title() + "\".";
    }

    static String withdrawnJa(CooperationRequestNotice e) {
        return e.issuedOnJapanese() + "付け事務連絡「" + e.title() + "」は撤回されました"
                + (e.withdrawalReason() == null ? "" : "（理由：" + e.withdrawalReason() + "）") + "。";
    }

    static String withdrawnEn(CooperationRequestNotice e) {
        return "The cooperation-request notice of " + e.issuedOn() + ", \"" + e.title() + "\", has been withdrawn"
                + (e.withdrawalReason() == null ? "" : " (reason: " + e.withdrawalReason() + ")") + ".";
    }
}
