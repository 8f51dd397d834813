package org.shortagewatch.report.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "供給体制管理責任者の選任（製造販売業者ごとに一名）")
public record SupplyManagerRequest(
        @Schema(description = "氏名", example = "山田 太郎")
        @NotBlank @Size(max = 100)
        String name,

        @Schema(description = "役職", example = "品質保証部長")
        @NotBlank @Size(max = 100)
        String title,

        @Schema(description = "電子メールアドレス", example = "supply-manager@example.co.jp")
        @NotBlank @Email @Size(max = 254)
        String email,

        @Schema(description = "電話番号", example = "03-1234-5678")
        @NotBlank @Size(min = 6, max = 30)
        @Pattern(regexp = "^[0-9+()\\- ]+$", message = "{shortagewatch.phone.format}")
        String phone,

        @Schema(description = "選任日", example = "2026-04-01")
        @NotNull
        LocalDate appointedOn) {
}
