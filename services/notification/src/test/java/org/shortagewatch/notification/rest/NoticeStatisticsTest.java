package org.shortagewatch.notification.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shortagewatch.notification.domain.NoticeStatus;
import org.shortagewatch.notification.persistence.DeliveryHistory;
import org.shortagewatch.notification.persistence.NoticeEntity;
import org.shortagewatch.notification.service.NoticeReader;

/** The rates are of distinct recipients; a notice that reached nobody has rates of 0, not a division by zero. */
class NoticeStatisticsTest {

    private static NoticeEntity notice() {
        NoticeEntity n = new NoticeEntity();
        n.id = UUID.randomUUID();
        n.status = NoticeStatus.PUBLISHED;
        n.fanoutMs = 42;
        return n;
    }

    @Test
    void ratesAreOfDistinctRecipients() {
        NoticeEntity n = notice();
        NoticeStatistics s = NoticeStatistics.of(new NoticeReader.Reach(n,
                new DeliveryHistory.CauseCounts(4, 3, 2, 1, 4, 3, 1, 2, 1, 0)));
        assertEquals(n.id, s.noticeId());
        assertEquals("PUBLISHED", s.status());
        assertEquals(0.75, s.deliveryRate());
        assertEquals(0.25, s.acknowledgementRate());
        assertEquals(2, s.read());
        assertEquals(1, s.emailsFailed());
        assertEquals(2, s.webhooks());
        assertEquals(42, s.fanOutMillis());
    }

    @Test
    void aNoticeThatReachedNobodyHasRatesOfZero() {
        NoticeStatistics s = NoticeStatistics.of(new NoticeReader.Reach(notice(),
                new DeliveryHistory.CauseCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        assertEquals(0.0, s.deliveryRate());
        assertEquals(0.0, s.acknowledgementRate());
    }
}
