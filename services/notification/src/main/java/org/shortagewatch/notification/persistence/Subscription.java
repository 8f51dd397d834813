package org.shortagewatch.notification.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.shortagewatch.notification.domain.SubscriptionKind;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A facility's subscription: what it follows ({@code kind} and {@code target}: a YJ code, an ingredient key, a
 * therapeutic class, a manufacturer or a supply-security class), through which channels, from which severity.
 * Read as an entity on the Panache session; the commands that change it (with their audit rows) work on the SQL
 * client ({@link SubscriptionStore}).
 */
@Entity
public class Subscription extends PanacheEntityBase {

    @Id
    public UUID id;

    public String facilityCode;

    @Enumerated(EnumType.STRING)
    public SubscriptionKind kind;

    public String target;

    /** The product, for a subscription of kind YJ_CODE (kept for the first API's clients). */
    public String yjCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] channels;

    public short minSeverity;

    /**
     * Whether the facility is warned when a same-ingredient, same-strength product becomes limited or stopped and
     * demand is expected to shift to this one (subscriptions of kind YJ_CODE only); true unless it opted out.
     */
    public boolean demandShiftAlerts = true;

    public String webhookUrl;

    /** The Standard Webhooks signing secret; shown to the subscriber once, when it is created or rotated. */
    public String secret;

    /** After a rotation: the secret before, still signed with until it expires. */
    public String previousSecret;

    public Instant previousSecretExpiresAt;

    public boolean active = true;

    public String disabledReason;

    public Instant createdAt;
}
