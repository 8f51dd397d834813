package org.shortagewatch.allocation.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.events.YjCodes;

/** A facility reports that it cannot obtain a product (入手困難). */
public record CannotObtainRequest(
        @NotNull @Pattern(regexp = FacilityCodes.PATTERN, message = FacilityCodes.FORMAT_MESSAGE)
        @Schema(description = "Your medical institution code", example = "1341234563") String facilityCode,
        @NotNull @Pattern(regexp = YjCodes.PATTERN, message = YjCodes.FORMAT_MESSAGE)
        @Schema(example = "2456001F1310") String yjCode,
        @Schema(description = "The day it could not be obtained; today (Japan) when absent", example = "2026-12-01")
        LocalDate date,
        @Size(max = 500) @Schema(description = "Optional note, e.g. which wholesalers were asked") String note) {
}
