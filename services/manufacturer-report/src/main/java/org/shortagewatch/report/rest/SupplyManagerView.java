package org.shortagewatch.report.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.shortagewatch.report.domain.SupplyManagerAppointment;

/** An organisation's supply-system manager (供給体制管理責任者) as appointed. */
public record SupplyManagerView(long id, String organisationCode, String name, String title, String email,
        String phone, LocalDate appointedOn, Instant recordedAt, String recordedBy) {

    static SupplyManagerView of(SupplyManagerAppointment a) {
        return new SupplyManagerView(a.id(), a.organisationCode(), a.name(), a.title(), a.email(), a.phone(),
                a.appointedOn(), a.recordedAt(), a.recordedBy());
    }

    /** Every appointment of an organisation, the current one first. */
    public record History(String organisationCode, List<SupplyManagerView> appointments) {

        static History of(String org, List<SupplyManagerAppointment> appointments) {
            return new History(org, appointments.stream().map(SupplyManagerView::of).toList());
        }
    }
}
