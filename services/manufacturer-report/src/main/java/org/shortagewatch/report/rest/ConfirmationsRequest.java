package org.shortagewatch.report.rest;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shortagewatch.report.domain.YjCode;

@Schema(description = "出荷状況に変更がないことを確認する品目の一覧")
public record ConfirmationsRequest(
        @Schema(description = "確認する品目の YJ コード（1〜20000 件、すべて貴社の品目）", example = "[\"2456001F1310\"]")
        @NotEmpty @Size(max = 20000)
        List<@NotNull @Pattern(regexp = YjCode.PATTERN, message = YjCode.FORMAT_MESSAGE) String> yjCodes) {
}
