package org.shortagewatch.notification.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A facility's subscription to one product's supply status, delivered by signed webhook. */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "facility_code", nullable = false)
    public String facilityCode;

    @Column(name = "yj_code", nullable = false)
    public String yjCode;

    @Column(name = "webhook_url", nullable = false)
    public String webhookUrl;

    /** The Standard Webhooks signing secret; shown to the subscriber once, when the subscription is created. */
    @Column(nullable = false)
    public String secret;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
