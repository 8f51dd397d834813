package org.shortagewatch.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A product's master record was registered or changed (schema {@code product-changed.v1.json}): what consumers need
 * to match and describe a product without calling manufacturer-report (ingredient, holder, category, supply-security
 * class, basic-drug flag).
 *
 * @param yjCode the product (record key and CloudEvents subject)
 * @param version the record's version, from 1; consumers ignore versions they have passed
 * @param changedAt when the record was written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductChanged(
        String yjCode,
        long version,
        String productName,
        String ingredient,
        String strengthUnit,
        DrugCategory drugCategory,
        ProductCategory productCategory,
        boolean basicDrug,
        SupplySecurityClass supplySecurityClass,
        String manufacturerCode,
        String manufacturerName,
        LocalDate priceListingDate,
        List<String> gs1Codes,
        List<String> packSizes,
        Instant changedAt) {

    /** CloudEvents {@code type}. */
    public static final String TYPE = "org.shortagewatch.product.changed.v1";
    /** The Kafka topic. */
    public static final String TOPIC = "products";
    /** The JSON Schema, as a class-path resource. */
    public static final String SCHEMA = "/org/shortagewatch/events/schemas/product-changed.v1.json";
}
