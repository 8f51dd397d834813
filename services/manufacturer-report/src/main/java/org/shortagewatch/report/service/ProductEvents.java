package org.shortagewatch.report.service;

import java.time.Instant;
import java.util.UUID;

import org.shortagewatch.common.messaging.OutboxEvent;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.ProductChanged;
import org.shortagewatch.events.ProductDetails;

/** The event that announces a product's master record, written to the outbox with the record itself. */
public final class ProductEvents {

    private ProductEvents() {
    }

    public static OutboxEvent changed(ProductDetails p, long version, Instant changedAt) {
        ProductChanged event = new ProductChanged(version, p, changedAt);
        return new OutboxEvent(UUID.randomUUID(), ProductChanged.TOPIC, p.yjCode(), ProductChanged.TYPE, p.yjCode(),
                changedAt, EventJson.write(event));
    }
}
