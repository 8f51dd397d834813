package org.shortagewatch.notification.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.shortagewatch.notification.domain.JapaneseDates;
import org.shortagewatch.notification.persistence.NoticeEntity;

/**
 * A notice as the API shows it. To the regulator and admins it names the staff who drafted and reviewed it and, in
 * {@code addresseeOrganisationNames}, the addressed organisations whose names the service knows (by code; a code
 * without a known name is absent).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoticeView(UUID id, String status, int revision, LocalDate issuedOn, String issuedOnJapanese,
        List<String> addressees, List<String> addresseeOrganisations, List<String> targetFacilityKinds, String issuer,
        String title, String background, List<String> requests, List<NoticeRequest.TargetProduct> targetProducts,
        String consultationDesk, List<UUID> followsUp, String draftedBy, String draftedByName, String reviewedBy,
        String reviewedByName, String reviewComment, Instant publishedAt,
        Instant withdrawnAt, String withdrawalReason, Integer recipients, Integer fanOutMillis,
        Map<String, String> addresseeOrganisationNames) {

    static NoticeView of(NoticeEntity n) {
        List<NoticeRequest.TargetProduct> targets = new java.util.ArrayList<>();
        for (int i = 0; i < n.targetYjCodes.length; i++) {
            String name = i < n.targetNames.length && !n.targetNames[i].isEmpty() ? n.targetNames[i] : null;
            targets.add(new NoticeRequest.TargetProduct(n.targetYjCodes[i], name));
        }
        return new NoticeView(n.id, n.status.name(), n.revision, n.issuedOn,
                n.issuedOn == null ? null : JapaneseDates.era(n.issuedOn), List.of(n.addressees),
                List.of(n.addresseeOrgs), List.of(n.targetFacilityKinds), n.issuer, n.title, n.background,
                List.of(n.requests), targets, n.consultationDesk, n.followsUpIds(), n.draftedBy, n.draftedByName,
                n.reviewedBy, n.reviewedByName, n.reviewComment, n.publishedAt, n.withdrawnAt, n.withdrawalReason,
                n.recipients, n.fanoutMs, null);
    }

    /** The same notice with the names known of its addressed organisations. */
    NoticeView withOrganisationNames(Map<String, String> names) {
        return copy(true, names);
    }

    /** The same notice without the names of the regulator's staff who drafted and reviewed it, nor the review's comment. */
    NoticeView withoutStaff() {
        return copy(false, addresseeOrganisationNames);
    }

    private NoticeView copy(boolean staff, Map<String, String> names) {
        return new NoticeView(id, status, revision, issuedOn, issuedOnJapanese, addressees, addresseeOrganisations,
                targetFacilityKinds, issuer, title, background, requests, targetProducts, consultationDesk, followsUp,
                staff ? draftedBy : null, staff ? draftedByName : null, staff ? reviewedBy : null,
                staff ? reviewedByName : null, staff ? reviewComment : null, publishedAt, withdrawnAt,
                withdrawalReason, recipients, fanOutMillis, names);
    }
}
