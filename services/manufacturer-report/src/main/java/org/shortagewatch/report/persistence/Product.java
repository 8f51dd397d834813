package org.shortagewatch.report.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product and the manufacturer (製造販売業者) that holds it. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @Column(name = "yj_code")
    public String yjCode;

    @Column(name = "manufacturer_code", nullable = false)
    public String manufacturerCode;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;
}
