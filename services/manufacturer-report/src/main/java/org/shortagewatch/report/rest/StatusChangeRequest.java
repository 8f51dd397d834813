package org.shortagewatch.report.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.report.domain.YjCode;

@Schema(description = "A shipment-status change for one product, as its manufacturer reports it")
public record StatusChangeRequest(
        @Schema(example = "2456001F1310")
        @NotNull @Pattern(regexp = YjCode.PATTERN, message = YjCode.FORMAT_HINT)
        String yjCode,

        @Schema(description = "出荷対応の状況", example = "LIMITED_OWN_REASONS")
        @NotNull
        ShipmentResponse shipmentResponse,

        @Schema(description = "限定出荷等の理由; required unless NORMAL, absent for NORMAL", example = "MANUFACTURING_TROUBLE")
        ShortageReason reason,

        @Schema(description = "The day the change takes effect", example = "2026-12-01")
        @NotNull
        LocalDate effectiveDate) {
}
