package org.shortagewatch.notification.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.shortagewatch.notification.domain.SubscriptionKind;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A facility's subscription: what it follows ({@code kind} and {@code target}: a YJ code, an ingredient key, a
 * therapeutic class, a manufacturer or a supply-security class), through which channels, from which severity.
 */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "facility_code", nullable = false)
    public String facilityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubscriptionKind kind;

    @Column(nullable = false)
    public String target;

    /** The product, for a subscription of kind YJ_CODE (kept for the first API's clients). */
    @Column(name = "yj_code")
    public String yjCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] channels;

    @Column(name = "min_severity", nullable = false)
    public short minSeverity;

    @Column(name = "webhook_url")
    public String webhookUrl;

    /** The Standard Webhooks signing secret; shown to the subscriber once, when it is created or rotated. */
    @Column(nullable = false)
    public String secret;

    /** After a rotation: the secret before, still signed with until it expires. */
    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public Instant previousSecretExpiresAt;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
