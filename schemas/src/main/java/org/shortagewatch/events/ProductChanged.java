package org.shortagewatch.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A product's master record was registered or changed (schema {@code product-changed.v1.json}): what consumers need
 * to match and describe a product without calling manufacturer-report (ingredient, holder, category, supply-security
 * class, basic-drug flag). The record's fields stand at the top level of the JSON, beside its version and time.
 *
 * @param version the record's version, from 1; consumers ignore versions they have passed
 * @param product the master record; its YJ code is the record key and the CloudEvents subject
 * @param changedAt when the record was written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductChanged(long version, @JsonUnwrapped ProductDetails product, Instant changedAt) {

    /** CloudEvents {@code type}. */
    public static final String TYPE = "org.shortagewatch.product.changed.v1";
    /** The Kafka topic. */
    public static final String TOPIC = "products";
    /** The JSON Schema, as a class-path resource. */
    public static final String SCHEMA = "/org/shortagewatch/events/schemas/product-changed.v1.json";
}
