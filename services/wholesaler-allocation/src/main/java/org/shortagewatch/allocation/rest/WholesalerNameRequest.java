package org.shortagewatch.allocation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shortagewatch.allocation.domain.Wholesaler;

/** A wholesaler's name as the operator registers it; kept without the spaces around it (full-width ones too). */
public record WholesalerNameRequest(
        @NotBlank @Size(max = Wholesaler.MAX_NAME)
        @Schema(description = "The wholesaler's name as its users know it", example = "みなと薬品株式会社")
        String name) {

    public WholesalerNameRequest {
        name = name == null ? null : name.strip();
    }
}
