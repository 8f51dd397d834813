package org.shortagewatch.portal.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.qute.TemplateData;

/**
 * What the services answer and accept on the operator's pages: audit rows, dead letters, a re-drive, a product's
 * master record and a wholesaler's name (unknown fields are ignored). The audit trail's check is read as the domain's
 * {@link org.shortagewatch.portal.domain.AuditVerdict}.
 */
public final class AdminApi {

    private AdminApi() {
    }

    /** One row of a service's audit trail; the chain's fields are absent until the row is linked. */
    @TemplateData
    public record AuditEntry(long id, Instant occurredAt, String actor, String org, String action, String target,
            String sourceAddress, String outcome, Long chainSeq, String prevHash, String hash) {
    }

    /** One record of a service's dead-letter topics, and whether it was re-driven already. */
    @TemplateData
    public record DeadLetter(String deadLetterTopic, int partition, long offset, String originalTopic, String key,
            String eventId, String eventType, String reason, Instant deadLetteredAt, boolean redriven) {
    }

    /** What a re-drive did: how many records went back to the topic they came from. */
    public record Redrive(String deadLetterTopic, String originalTopic, int redriven) {
    }

    /**
     * A product's master record as manufacturer-report reads and accepts it, each field as the form typed it (the
     * listing date as the browser sends it), absent when blank: the service checks every field and names the one
     * it refuses.
     */
    @TemplateData
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProductMaster(String manufacturerCode, String manufacturerName, String productName,
            String ingredient, String strengthUnit, String drugCategory, String productCategory, Boolean basicDrug,
            String supplySecurityClass, String priceListingDate, List<String> gs1Codes, List<String> packSizes) {

        /** A product not registered yet: nothing typed. */
        public static final ProductMaster NEW = new ProductMaster(null, null, null, null, null, null, null, null, null,
                null, null, null);

        /** The barcodes one a line, as the form's text area shows them. */
        public String gs1Lines() {
            return org.shortagewatch.portal.domain.ProductFormChoices.joined(gs1Codes);
        }

        /** The pack sizes one a line. */
        public String packLines() {
            return org.shortagewatch.portal.domain.ProductFormChoices.joined(packSizes);
        }
    }

    /** A wholesaler's name as wholesaler-allocation's registry accepts it (absent when blank: the service says so). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WholesalerName(String name) {
    }
}
