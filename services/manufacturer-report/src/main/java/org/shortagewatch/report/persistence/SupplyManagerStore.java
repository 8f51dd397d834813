package org.shortagewatch.report.persistence;

import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.report.domain.SupplyManagerAppointment;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** Appointments of supply-system managers (供給体制管理責任者), on the SQL client: inserted, never updated. */
@ApplicationScoped
public class SupplyManagerStore {

    private static final String COLUMNS = """
            id, organisation_code, name, title, email, phone, appointed_on, recorded_at, recorded_by""";

    /** Records an appointment in the caller's transaction; the organisation's earlier ones stay as its history. */
    public Uni<SupplyManagerAppointment> appoint(SqlConnection c, SupplyManagerAppointment a) {
        return c.preparedQuery("""
                insert into supply_manager (organisation_code, name, title, email, phone, appointed_on, recorded_at,
                    recorded_by)
                values ($1, $2, $3, $4, $5, $6, $7, $8)
                returning""" + " " + COLUMNS)
                .execute(Tuple.from(List.of(a.organisationCode(), a.name(), a.title(), a.email(), a.phone(),
                        a.appointedOn(), a.recordedAt().atOffset(ZoneOffset.UTC), a.recordedBy())))
                .map(rows -> appointmentOf(rows.iterator().next()));
    }

    /** The organisation's appointments, the latest (its manager) first. */
    public Uni<List<SupplyManagerAppointment>> history(SqlClient client, String organisationCode) {
        return client.preparedQuery("select " + COLUMNS
                        + " from supply_manager where organisation_code = $1 order by id desc")
                .execute(Tuple.of(organisationCode))
                .map(rows -> Rows.list(rows, SupplyManagerStore::appointmentOf));
    }

    private static SupplyManagerAppointment appointmentOf(Row r) {
        return new SupplyManagerAppointment(r.getLong("id"), r.getString("organisation_code"), r.getString("name"),
                r.getString("title"), r.getString("email"), r.getString("phone"), r.getLocalDate("appointed_on"),
                r.getOffsetDateTime("recorded_at").toInstant(), r.getString("recorded_by"));
    }
}
