package org.shortagewatch.report.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One appointment of an organisation's supply-system manager (供給体制管理責任者, required of every manufacturer by the
 * 2025 amendment): never changed; a replacement is a new appointment, so the history stays.
 */
public record SupplyManagerAppointment(long id, String organisationCode, String name, String title, String email,
        String phone, LocalDate appointedOn, Instant recordedAt, String recordedBy) {
}
