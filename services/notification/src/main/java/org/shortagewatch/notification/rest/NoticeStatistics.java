package org.shortagewatch.notification.rest;

import java.util.UUID;

import org.shortagewatch.notification.persistence.DeliveryHistory;
import org.shortagewatch.notification.service.NoticeReader;

/** Delivery and acknowledgement rates of a notice, with its e-mail and webhook counts, as the regulator reads them. */
public record NoticeStatistics(UUID noticeId, String status, long recipients, long delivered, long read,
        long acknowledged, double deliveryRate, double acknowledgementRate, long emails, long emailsDelivered,
        long emailsFailed, long webhooks, long webhooksDelivered, long webhooksFailed, Integer fanOutMillis) {

    static NoticeStatistics of(NoticeReader.Reach reach) {
        DeliveryHistory.CauseCounts c = reach.counts();
        long recipients = c.recipients();
        return new NoticeStatistics(reach.notice().id, reach.notice().status.name(), recipients, c.delivered(),
                c.read(), c.acknowledged(), recipients == 0 ? 0 : (double) c.delivered() / recipients,
                recipients == 0 ? 0 : (double) c.acknowledged() / recipients, c.emails(), c.emailsDelivered(),
                c.emailsFailed(), c.webhooks(), c.webhooksDelivered(), c.webhooksFailed(), reach.notice().fanoutMs);
    }
}
