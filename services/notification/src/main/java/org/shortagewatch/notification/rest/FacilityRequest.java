package org.shortagewatch.notification.rest;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shortagewatch.notification.domain.FacilityKind;

@Schema(description = "A pharmacy, hospital or clinic: who it is, how to reach it, when not to disturb it")
public record FacilityRequest(
        @NotNull FacilityKind kind,
        @Schema(example = "さくら薬局 本店") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Where e-mail alerts and notices go", example = "info@sakura-pharmacy.example.jp")
        @Email @Size(max = 320) String email,
        @Size(max = 20) List<@NotNull @Valid Contact> contacts,
        @Schema(description = "Quiet hours start, Japan time (pushed messages wait; critical ones do not)", example = "22:00")
        LocalTime quietStart,
        @Schema(example = "07:00") LocalTime quietEnd,
        @Schema(description = "Take one e-mail a day instead of one per alert") Boolean digest) {

    /**
     * What is wrong with an e-mail address by this request's own constraints on {@code email}, if anything: the check
     * every address gets, whichever way it arrives (a facility list's too), before a mailer ever sees it.
     */
    public static Optional<String> emailProblem(Validator validator, String address) {
        String problems = validator.validateValue(FacilityRequest.class, "email", address).stream()
                .map(ConstraintViolation::getMessage).sorted().collect(Collectors.joining("; "));
        return problems.isEmpty() ? Optional.empty() : Optional.of(problems);
    }

    public record Contact(@Size(max = 200) String name, @Size(max = 100) String role, @Email @Size(max = 320) String email,
            @Size(max = 40) String phone) {
    }
}
