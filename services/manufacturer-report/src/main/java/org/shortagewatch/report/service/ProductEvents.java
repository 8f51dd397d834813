package org.shortagewatch.report.service;

import java.time.Instant;
import java.util.UUID;

import org.shortagewatch.common.messaging.OutboxEvent;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.ProductChanged;
import org.shortagewatch.report.domain.ProductDetails;

/** The event that announces a product's master record, written to the outbox with the record itself. */
public final class ProductEvents {

    private ProductEvents() {
    }

    public static OutboxEvent changed(ProductDetails p, long version, Instant changedAt) {
        ProductChanged event = new ProductChanged(p.yjCode(), version, p.productName(), p.ingredient(),
                p.strengthUnit(), p.drugCategory(), p.productCategory(), p.basicDrug(), p.supplySecurityClass(),
                p.manufacturerCode(), p.manufacturerName(), p.priceListingDate(),
                p.gs1Codes().isEmpty() ? null : p.gs1Codes(), p.packSizes().isEmpty() ? null : p.packSizes(),
                changedAt);
        return new OutboxEvent(UUID.randomUUID(), ProductChanged.TOPIC, p.yjCode(), ProductChanged.TYPE, p.yjCode(),
                changedAt, EventJson.write(event));
    }
}
