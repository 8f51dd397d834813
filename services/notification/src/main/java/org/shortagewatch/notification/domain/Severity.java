package org.shortagewatch.notification.domain;

import org.shortagewatch.events.ShipmentResponse;

/**
 * How urgent an alert is; a subscription receives alerts at or above its minimum. Stored as its level (0-4), so
 * matching compares numbers in SQL.
 */
public enum Severity {
    INFO("情報"), LOW("低"), MEDIUM("中"), HIGH("高"), CRITICAL("緊急");

    private final String japanese;

    Severity(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }

    public int level() {
        return ordinal();
    }

    /** One level lower, never below {@link #INFO}: the severity of a warning that follows from this alert. */
    public Severity oneBelow() {
        return ofLevel(level() - 1);
    }

    public static Severity ofLevel(int level) {
        return values()[Math.max(0, Math.min(level, CRITICAL.ordinal()))];
    }

    /**
     * The severity of a supply-status change, from what it was to what it is and how essential the product is.
     * Supply stopped is high, and critical for a basic drug (基礎的医薬品) or a class-A supply-security drug; limited
     * shipment is medium (high for those); a product shipping normally again is low; a change that keeps the same
     * shipment response (a new outlook, a new volume) is low; a first report of normal shipment is information.
     *
     * @param previous the shipment response before, or {@code null} when the product was unknown
     * @param supplySecurityClass A, B, C or {@code null}
     */
    public static Severity ofChange(ShipmentResponse previous, ShipmentResponse current, boolean basicDrug,
            String supplySecurityClass) {
        boolean essential = basicDrug || "A".equals(supplySecurityClass);
        if (current == ShipmentResponse.NORMAL) {
            return previous == null || previous == ShipmentResponse.NORMAL ? INFO : LOW;
        }
        if (previous == current) {
            return LOW;
        }
        if (current == ShipmentResponse.STOPPED) {
            return essential ? CRITICAL : HIGH;
        }
        return essential ? HIGH : MEDIUM;
    }
}
