package org.shortagewatch.allocation.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shortagewatch.allocation.domain.RecordKind;
import org.shortagewatch.allocation.domain.WholesalerRecord;

/** One order, shipment or stock figure, as JSON (the CSV upload has the same columns). */
@Schema(description = "One order (受注), shipment (出荷) or stock on hand (在庫) of a product at a customer facility")
public record RecordRequest(
        @Schema(description = "Your own identifier of the record (order number ...); posting it again replaces it. "
                + "Without one, the record is the facility's for that product and day.", example = "ORD-2026-000123")
        String reference,
        @Schema(description = "The customer's medical institution code (医療機関コード), check digit included",
                example = "1341234563", required = true)
        String facilityCode,
        @Schema(description = "Optional; when given, must be the prefecture of the facility code", example = "13")
        String prefectureCode,
        @Schema(description = "The product's YJ code", example = "2456001F1310", required = true)
        String yjCode,
        @Schema(description = "Order day, shipment day, or the day the stock was counted", example = "2026-12-01",
                required = true)
        LocalDate date,
        @Schema(description = "Whole units (0 allowed only for stock; at most 10,000,000)", example = "300",
                required = true, maximum = "10000000")
        Long units,
        @Schema(description = "The product's counting unit; always the same for one product", example = "錠",
                required = true)
        String unit) {

    WholesalerRecord toRecord(RecordKind kind, String wholesalerCode) {
        return new WholesalerRecord(kind, wholesalerCode, reference, facilityCode, prefectureCode, yjCode, date, units,
                unit);
    }
}
