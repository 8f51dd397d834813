package org.shortagewatch.report.persistence;

import java.time.Instant;
import java.util.UUID;

import io.vertx.mutiny.sqlclient.Row;
import org.shortagewatch.events.DateCertainty;
import org.shortagewatch.events.DatePrecision;
import org.shortagewatch.events.ResolutionOutlook;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.StatusReport;

/**
 * One reported shipment-status change: the report as its maker made it, numbered in the product's history and
 * stamped when recorded. History, never updated or deleted; written and read on the SQL client
 * ({@link StatusHistoryStore}).
 */
public class StatusChange {

    public Long id;

    public long revision;

    /** What the maker reported. */
    public final StatusReport report;

    public Instant reportedAt;

    public String reportedBy;

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

    private StatusChange(StatusReport report) {
        this.report = report;
    }

    /** A change as reported by {@code org}, not yet numbered or recorded. */
    public static StatusChange of(StatusReport report, String org) {
        StatusChange change = new StatusChange(report);
        change.reportedBy = org;
        return change;
    }

    /**
     * A change read with the SQL client: the status_change columns by their names, the id from {@code idColumn}; the
     * stoppage-notice columns where the query selected them.
     */
    public static StatusChange fromRow(Row row, String idColumn) {
        StatusChange c = new StatusChange(new StatusReport(row.getString("yj_code"),
                ShipmentResponse.valueOf(row.getString("shipment_response")),
                named(ShortageReason.class, row.getString("reason")), row.getLocalDate("effective_date"),
                DateCertainty.valueOf(row.getString("effective_date_certainty")), row.getString("cause_yj_code"),
                named(ResolutionOutlook.class, row.getString("resolution_outlook")),
                row.getLocalDate("expected_resolution_date"),
                named(DatePrecision.class, row.getString("expected_resolution_precision")),
                named(ShipmentVolume.class, row.getString("shipment_volume")), row.getLocalDate("volume_improvement_date"),
                named(DatePrecision.class, row.getString("volume_improvement_precision")),
                row.getString("volume_improvement_amount")));
        c.id = row.getLong(idColumn);
        c.revision = row.getLong("revision");
        c.reportedAt = row.getOffsetDateTime("reported_at").toInstant();
        c.reportedBy = row.getString("reported_by");
        c.eventId = row.getUUID("event_id");
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
