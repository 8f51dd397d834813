package org.shortagewatch.report.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;

/** One reported shipment-status change: history, never updated or deleted. */
@Entity
@Table(name = "status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_seq")
    @SequenceGenerator(name = "status_change_seq", sequenceName = "status_change_seq", allocationSize = 50)
    public Long id;

    @Column(name = "yj_code", nullable = false, updatable = false)
    public String yjCode;

    @Column(nullable = false, updatable = false)
    public long revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "shipment_response", nullable = false, updatable = false)
    public ShipmentResponse shipmentResponse;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public ShortageReason reason;

    @Column(name = "effective_date", nullable = false, updatable = false)
    public LocalDate effectiveDate;

    @Column(name = "reported_at", nullable = false, updatable = false)
    public Instant reportedAt;

    @Column(name = "reported_by", updatable = false)
    public String reportedBy;

    /** The CloudEvents id of the event that announced this change. */
    @Column(name = "event_id", nullable = false, updatable = false, unique = true)
    public UUID eventId;
}
