package org.shortagewatch.notification.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.shortagewatch.notification.domain.JapaneseDates;
import org.shortagewatch.notification.persistence.NoticeEntity;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoticeView(UUID id, String status, int revision, LocalDate issuedOn, String issuedOnJapanese,
        List<String> addressees, List<String> addresseeOrganisations, List<String> targetFacilityKinds, String issuer,
        String title, String background, List<String> requests, List<NoticeRequest.TargetProduct> targetProducts,
        String consultationDesk, List<UUID> followsUp, String draftedBy, String draftedByName, String reviewedBy,
        String reviewedByName, String reviewComment, Instant publishedAt,
        Instant withdrawnAt, String withdrawalReason, Integer recipients, Integer fanOutMillis) {

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
                n.recipients, n.fanoutMs);
    }

    /** The same notice without the names of the regulator's staff who drafted and reviewed it, nor the review's comment. */
    NoticeView withoutStaff() {
        return new NoticeView(id, status, revision, issuedOn, issuedOnJapanese, addressees, addresseeOrganisations,
                targetFacilityKinds, issuer, title, background, requests, targetProducts, consultationDesk, followsUp,
                null, null, null, null, null, publishedAt, withdrawnAt, withdrawalReason, recipients, fanOutMillis);
    }
}
