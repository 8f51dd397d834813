package org.shortagewatch.report.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who holds a product: its marketing-authorisation holder (製造販売業者)")
public record ProductRegistration(
        @Schema(example = "MFR001") @NotBlank @Size(max = 64) String manufacturerCode) {
}
