package org.shortagewatch.notification.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shortagewatch.notification.domain.FacilityKind;

/**
 * A notice as it is being typed, for its preview: the fields of a {@link NoticeRequest} with the same limits, none of
 * them required yet (a preview shows a half-written draft as it would print); a draft's whole body previews as it is.
 */
@Schema(description = "A notice (事務連絡) being drafted, rendered without being saved; every field optional")
public record NoticePreviewRequest(
        @Size(max = 20) List<@NotNull @Size(max = 200) String> addressees,
        @Schema(description = "Not printed: accepted so that a draft's body previews as it is")
        @Size(max = 200) List<@NotNull @Size(max = 40) String> addresseeOrganisations,
        @Schema(description = "Not printed: accepted so that a draft's body previews as it is")
        List<@NotNull FacilityKind> targetFacilityKinds,
        @Size(max = 200) String issuer,
        @Size(max = 300) String title,
        @Size(max = 10000) String background,
        @Size(max = 30) List<@NotNull @Size(max = 2000) String> requests,
        @Size(max = 500) List<NoticeRequest.@Valid @NotNull TargetProduct> targetProducts,
        @Size(max = 1000) String consultationDesk,
        @Size(max = 20) List<@NotNull UUID> followsUp) {
}
