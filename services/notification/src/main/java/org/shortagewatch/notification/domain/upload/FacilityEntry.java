package org.shortagewatch.notification.domain.upload;

import org.shortagewatch.notification.domain.FacilityKind;

/** One facility of a facility list: what a bulk registration stores of it. The e-mail address may be null. */
public record FacilityEntry(String code, FacilityKind kind, String name, String email) {
}
