package org.shortagewatch.notification.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

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

/**
 * A cooperation-request notice as stored; {@link #toNotice(List)} gives the domain record. Read as an entity on the
 * Panache session for display; the workflow's steps read and write it as a plain object on the SQL client
 * ({@link NoticeStore}), in the transaction that also holds their audit, ledger and outbox rows.
 */
@Entity
@Table(name = "notice")
public class NoticeEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Governs which step may come next ({@link NoticeStatus#after}). */
    @Enumerated(EnumType.STRING)
    public NoticeStatus status;

    public LocalDate issuedOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] addressees;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] addresseeOrgs;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] targetFacilityKinds;

    public String issuer;

    public String title;

    public String background;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] requests;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] targetYjCodes;

    /** Product names, parallel to {@link #targetYjCodes} ("" when none was given). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] targetNames;

    public String consultationDesk;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] followsUp;

    public String draftedBy;

    /** The drafter's name as its sign-in gave it (family name first); null when it gave none. */
    public String draftedByName;

    public String reviewedBy;

    /** The approver's name, likewise. */
    public String reviewedByName;

    public int revision = 1;

    public Integer recipients;

    public Integer fanoutMs;

    public Instant publishedAt;

    public Instant withdrawnAt;

    public String withdrawalReason;

    public Instant createdAt;

    public Instant updatedAt;

    /** What the reviewer said when sending the notice back to its drafter; cleared when it is approved. */
    public String reviewComment;

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
