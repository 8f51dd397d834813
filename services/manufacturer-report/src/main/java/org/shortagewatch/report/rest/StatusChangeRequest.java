package org.shortagewatch.report.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shortagewatch.events.DateCertainty;
import org.shortagewatch.events.DatePrecision;
import org.shortagewatch.events.ResolutionOutlook;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.StatusReport;
import org.shortagewatch.report.domain.YjCode;

@Schema(description = "A shipment-status change for one product, as its manufacturer reports it")
public record StatusChangeRequest(
        @Schema(example = "2456001F1310")
        @NotNull @Pattern(regexp = YjCode.PATTERN, message = YjCode.FORMAT_MESSAGE)
        String yjCode,

        @Schema(description = "出荷対応の状況", example = "LIMITED_OWN_REASONS")
        @NotNull
        ShipmentResponse shipmentResponse,

        @Schema(description = "限定出荷等の理由; required unless NORMAL, absent for NORMAL", example = "MANUFACTURING_TROUBLE")
        ShortageReason reason,

        @Schema(description = "The day the change takes effect", example = "2026-12-01")
        @NotNull
        LocalDate effectiveDate,

        @Schema(description = "Whether effectiveDate is anticipated (見込み) or actual (実績); default ACTUAL")
        DateCertainty effectiveDateCertainty,

        @Schema(description = "For LIMITED_OTHER_COMPANY: the other company's product that caused it, when known")
        @Pattern(regexp = YjCode.PATTERN, message = YjCode.FORMAT_MESSAGE)
        String causeYjCode,

        @Schema(description = "解消見込み")
        ResolutionOutlook resolutionOutlook,

        @Schema(description = "解消見込み時期; with resolutionOutlook YES, not in the past. Stated to part of a month "
                + "(expectedResolutionPrecision), any day of that month names it, and the period's last day is kept")
        LocalDate expectedResolutionDate,

        @Schema(description = "How precisely expectedResolutionDate is stated: DAY (default), EARLY_MONTH 上旬, "
                + "MID_MONTH 中旬, LATE_MONTH 下旬, MONTH the month as a whole; only with expectedResolutionDate",
                example = "LATE_MONTH")
        DatePrecision expectedResolutionPrecision,

        @Schema(description = "出荷量の状況: A_PLUS (A+), A, B, C, D; not C with NORMAL, not A_PLUS or A with STOPPED")
        ShipmentVolume shipmentVolume,

        @Schema(description = "出荷量改善の見込み時期; not in the past. Stated to part of a month "
                + "(volumeImprovementPrecision), the period's last day is kept")
        LocalDate volumeImprovementDate,

        @Schema(description = "How precisely volumeImprovementDate is stated, as expectedResolutionPrecision; only "
                + "with volumeImprovementDate")
        DatePrecision volumeImprovementPrecision,

        @Schema(description = "出荷量改善の見込み量, as stated", example = "通常の50%")
        @Size(min = 1, max = 200)
        String volumeImprovementAmount) {

    /** A request that states only the shipment response and its reason. */
    public StatusChangeRequest(String yjCode, ShipmentResponse shipmentResponse, ShortageReason reason,
            LocalDate effectiveDate) {
        this(yjCode, shipmentResponse, reason, effectiveDate, null, null, null, null, null, null, null, null, null);
    }

    StatusReport report() {
        return new StatusReport(yjCode, shipmentResponse, reason, effectiveDate, effectiveDateCertainty, causeYjCode,
                resolutionOutlook, expectedResolutionDate, expectedResolutionPrecision, shipmentVolume,
                volumeImprovementDate, volumeImprovementPrecision, volumeImprovementAmount);
    }
}
