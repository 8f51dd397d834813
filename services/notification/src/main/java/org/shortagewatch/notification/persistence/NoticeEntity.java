package org.shortagewatch.notification.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.shortagewatch.notification.domain.Notice;
import org.shortagewatch.notification.domain.NoticeStatus;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A cooperation-request notice as stored; {@link #toNotice(List)} gives the domain record. */
@Entity
@Table(name = "notice")
public class NoticeEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Governs which step may come next ({@link NoticeStatus#after}). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeStatus status;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] addressees;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "addressee_orgs", nullable = false, columnDefinition = "text[]")
    public String[] addresseeOrgs;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_facility_kinds", nullable = false, columnDefinition = "text[]")
    public String[] targetFacilityKinds;

    @Column(nullable = false)
    public String issuer;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String background;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] requests;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_yj_codes", nullable = false, columnDefinition = "text[]")
    public String[] targetYjCodes;

    /** Product names, parallel to {@link #targetYjCodes} ("" when none was given). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_names", nullable = false, columnDefinition = "text[]")
    public String[] targetNames;

    @Column(name = "consultation_desk", nullable = false)
    public String consultationDesk;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "follows_up", nullable = false, columnDefinition = "text[]")
    public String[] followsUp;

    @Column(name = "drafted_by", nullable = false)
    public String draftedBy;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(nullable = false)
    public int revision = 1;

    public Integer recipients;

    @Column(name = "fanout_ms")
    public Integer fanoutMs;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<UUID> followsUpIds() {
        return Arrays.stream(followsUp).map(UUID::fromString).toList();
    }

    /** The domain record; {@code followed} are the notices this one follows up, as stored. */
    public Notice toNotice(List<NoticeEntity> followed) {
        List<Notice.TargetProduct> targets = new java.util.ArrayList<>();
        for (int i = 0; i < targetYjCodes.length; i++) {
            String name = i < targetNames.length && !targetNames[i].isEmpty() ? targetNames[i] : null;
            targets.add(new Notice.TargetProduct(targetYjCodes[i], name));
        }
        return new Notice(id, status, issuedOn, List.of(addressees), issuer, title, background,
                List.of(requests), targets, consultationDesk,
                followed.stream().map(f -> new Notice.FollowUp(f.id, f.issuedOn, f.title)).toList());
    }
}
