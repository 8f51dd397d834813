package org.shortagewatch.report.rest;

import java.time.Instant;

import org.shortagewatch.report.persistence.Product;

public record ProductView(String yjCode, String manufacturerCode, Instant registeredAt) {

    static ProductView of(Product p) {
        return new ProductView(p.yjCode, p.manufacturerCode, p.registeredAt);
    }
}
