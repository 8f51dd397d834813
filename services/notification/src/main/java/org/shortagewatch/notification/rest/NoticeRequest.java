package org.shortagewatch.notification.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shortagewatch.events.YjCodes;
import org.shortagewatch.notification.domain.FacilityKind;

@Schema(description = "A cooperation-request notice (事務連絡) as the regulator drafts it")
public record NoticeRequest(
        @Schema(description = "宛先, as printed", example = "[\"各都道府県衛生主管部（局）御中\",\"公益社団法人日本薬剤師会 御中\"]")
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> addressees,
        @Schema(description = "Organisations (codes) that also receive it in their inbox, e.g. a wholesaler", example = "[\"WHS001\"]")
        @Size(max = 200) List<@NotBlank @Size(max = 40) String> addresseeOrganisations,
        @Schema(description = "Every facility of these kinds receives it (national fan-out)", example = "[\"PHARMACY\",\"HOSPITAL\",\"CLINIC\"]")
        List<@NotNull FacilityKind> targetFacilityKinds,
        @Schema(description = "発出者; default 厚生労働省医政局医薬産業振興・医療情報企画課") @Size(max = 200) String issuer,
        @Schema(example = "鎮咳薬（咳止め）・去痰薬の在庫逼迫に伴う協力依頼") @NotBlank @Size(max = 300) String title,
        @Schema(description = "Background with supply figures; paragraphs separated by newlines") @NotBlank @Size(max = 10000) String background,
        @Schema(description = "The numbered requests under 記") @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 2000) String> requests,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull TargetProduct> targetProducts,
        @Schema(description = "照会先", example = "厚生労働省医政局医薬産業振興・医療情報企画課 電話 03-5253-1111（内線 2536）")
        @NotBlank @Size(max = 1000) String consultationDesk,
        @Schema(description = "Earlier published notices this one follows up (続報)") @Size(max = 20) List<@NotNull UUID> followsUp) {

    public record TargetProduct(
            @Schema(example = "2249001F1013") @NotNull @Pattern(regexp = YjCodes.PATTERN, message = YjCodes.FORMAT_MESSAGE) String yjCode,
            @Schema(example = "メジコン錠15mg") @Size(max = 200) String name) {
    }
}
