package org.shortagewatch.report.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.report.domain.YjCode;
import org.shortagewatch.report.service.SupplyRiskReporting;

@Schema(description = "供給不安報告（薬機法18条の3）: 自社品目の限定出荷・供給停止のおそれを規制当局に伝えます。公開されません")
public record SupplyRiskReportRequest(
        @Schema(example = "2456001F1310")
        @NotNull @Pattern(regexp = YjCode.PATTERN, message = YjCode.FORMAT_MESSAGE)
        String yjCode,

        @Schema(description = "見込まれる出荷対応の状況（限定出荷のいずれかまたは STOPPED）", example = "STOPPED")
        @NotNull
        ShipmentResponse expectedResponse,

        @Schema(description = "見込み時期（この日から）", example = "2026-12-01")
        @NotNull
        LocalDate expectedFrom,

        @Schema(description = "限定出荷等の理由", example = "RAW_MATERIALS")
        @NotNull
        ShortageReason reason,

        @Schema(description = "見込まれる出荷量の状況: A_PLUS, A, B, C, D")
        ShipmentVolume expectedVolume,

        @Schema(description = "詳細（2000 文字まで）")
        @Size(max = 2000)
        String details) {

    SupplyRiskReporting.Submission submission() {
        return new SupplyRiskReporting.Submission(yjCode, expectedResponse, expectedFrom, reason, expectedVolume,
                details);
    }

    @Schema(description = "供給不安報告の取下げ")
    public record Withdrawal(
            @Schema(description = "取下げの理由", example = "原材料の調達の見込みが立ったため")
            @NotNull @Size(min = 1, max = 2000)
            String reason) {
    }
}
