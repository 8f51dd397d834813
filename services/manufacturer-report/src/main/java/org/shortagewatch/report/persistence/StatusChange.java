package org.shortagewatch.report.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.hibernate.annotations.Immutable;

import io.vertx.mutiny.sqlclient.Row;
import org.shortagewatch.events.DateCertainty;
import org.shortagewatch.events.DatePrecision;
import org.shortagewatch.events.ResolutionOutlook;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.StatusReport;

/** One reported shipment-status change: history, never updated or deleted. */
@Entity
@Immutable
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_seq")
    @SequenceGenerator(name = "status_change_seq", sequenceName = "status_change_seq", allocationSize = 50)
    public Long id;

    public String yjCode;

    public long revision;

    @Enumerated(EnumType.STRING)
    public ShipmentResponse shipmentResponse;

    @Enumerated(EnumType.STRING)
    public ShortageReason reason;

    public LocalDate effectiveDate;

    public Instant reportedAt;

    public String reportedBy;

    @Enumerated(EnumType.STRING)
    public DateCertainty effectiveDateCertainty = DateCertainty.ACTUAL;

    public String causeYjCode;

    @Enumerated(EnumType.STRING)
    public ResolutionOutlook resolutionOutlook;

    public LocalDate expectedResolutionDate;

    @Enumerated(EnumType.STRING)
    public DatePrecision expectedResolutionPrecision;

    @Enumerated(EnumType.STRING)
    public ShipmentVolume shipmentVolume;

    public LocalDate volumeImprovementDate;

    @Enumerated(EnumType.STRING)
    public DatePrecision volumeImprovementPrecision;

    public String volumeImprovementAmount;

    /** The CloudEvents id of the event that announced this change. */
    public UUID eventId;

    /** Whether it is a stoppage notice (出荷停止等の届出), as decided when it was recorded. */
    public Boolean stoppageNotice;

    /** For a stoppage notice, whether the holder had named a supply-system manager; null for other changes. */
    public Boolean managerNamed;

    /** The holder's supply-system manager when a stoppage notice was recorded: the appointment, its name and title. */
    public Long supplyManagerId;

    public String supplyManagerName;

    public String supplyManagerTitle;

    /** A change as reported by {@code org}, not yet numbered or recorded. */
    public static StatusChange of(StatusReport report, String org) {
        StatusChange change = new StatusChange();
        change.yjCode = report.yjCode();
        change.shipmentResponse = report.shipmentResponse();
        change.reason = report.reason();
        change.effectiveDate = report.effectiveDate();
        change.effectiveDateCertainty = report.effectiveDateCertainty();
        change.causeYjCode = report.causeYjCode();
        change.resolutionOutlook = report.resolutionOutlook();
        change.expectedResolutionDate = report.expectedResolutionDate();
        change.expectedResolutionPrecision = report.expectedResolutionPrecision();
        change.shipmentVolume = report.shipmentVolume();
        change.volumeImprovementDate = report.volumeImprovementDate();
        change.volumeImprovementPrecision = report.volumeImprovementPrecision();
        change.volumeImprovementAmount = report.volumeImprovementAmount();
        change.reportedBy = org;
        return change;
    }

    /** The change as a report, for the list's writer and the rules. */
    public StatusReport report() {
        return new StatusReport(yjCode, shipmentResponse, reason, effectiveDate, effectiveDateCertainty, causeYjCode,
                resolutionOutlook, expectedResolutionDate, expectedResolutionPrecision, shipmentVolume,
                volumeImprovementDate, volumeImprovementPrecision, volumeImprovementAmount);
    }

    /**
     * A change read with the SQL client: the status_change columns by their names, the id from {@code idColumn}; the
     * stoppage-notice columns where the query selected them.
     */
    public static StatusChange fromRow(Row row, String idColumn) {
        StatusChange c = new StatusChange();
        c.id = row.getLong(idColumn);
        c.yjCode = row.getString("yj_code");
        c.revision = row.getLong("revision");
        c.shipmentResponse = ShipmentResponse.valueOf(row.getString("shipment_response"));
        c.reason = named(ShortageReason.class, row.getString("reason"));
        c.effectiveDate = row.getLocalDate("effective_date");
        c.reportedAt = row.getOffsetDateTime("reported_at").toInstant();
        c.reportedBy = row.getString("reported_by");
        c.eventId = row.getUUID("event_id");
        c.effectiveDateCertainty = DateCertainty.valueOf(row.getString("effective_date_certainty"));
        c.causeYjCode = row.getString("cause_yj_code");
        c.resolutionOutlook = named(ResolutionOutlook.class, row.getString("resolution_outlook"));
        c.expectedResolutionDate = row.getLocalDate("expected_resolution_date");
        c.expectedResolutionPrecision = named(DatePrecision.class, row.getString("expected_resolution_precision"));
        c.shipmentVolume = named(ShipmentVolume.class, row.getString("shipment_volume"));
        c.volumeImprovementDate = row.getLocalDate("volume_improvement_date");
        c.volumeImprovementPrecision = named(DatePrecision.class, row.getString("volume_improvement_precision"));
        c.volumeImprovementAmount = row.getString("volume_improvement_amount");
        if (row.getColumnIndex("stoppage_notice") >= 0) {
            c.stoppageNotice = row.getBoolean("stoppage_notice");
            c.managerNamed = row.getBoolean("manager_named");
            c.supplyManagerId = row.getLong("supply_manager_id");
            c.supplyManagerName = row.getString("supply_manager_name");
            c.supplyManagerTitle = row.getString("supply_manager_title");
        }
        return c;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
