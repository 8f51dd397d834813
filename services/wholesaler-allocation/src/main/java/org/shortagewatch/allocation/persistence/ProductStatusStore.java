package org.shortagewatch.allocation.persistence;

import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.allocation.domain.SupplyStatus;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Each product's current shipment status, on the Vert.x SQL client: as the supply-status consumer reads and writes
 * it in the transaction that also records the event as processed, and as the status resource reads it.
 */
@ApplicationScoped
public class ProductStatusStore {

    /** The product's stored status, if any event about it was applied. */
    public Uni<Optional<SupplyStatus>> current(SqlClient c, String yjCode) {
        return c.preparedQuery("""
                select yj_code, revision, shipment_response, reason, effective_date, reported_at, updated_at,
                       last_event_id
                from product_status where yj_code = $1""")
                .execute(Tuple.of(yjCode))
                .map(rows -> Rows.first(rows, ProductStatusStore::supplyStatus));
    }

    /**
     * Stores {@code status} as the product's current status, unless the stored revision is already at least as
     * high. The guard is in the statement itself, so a concurrent writer (a consumer that has just lost its
     * partition, say) can neither move a product backwards nor fail on the primary key.
     *
     * @return true if the row was written
     */
    public Uni<Boolean> upsert(SqlConnection c, SupplyStatus status) {
        return c.preparedQuery("""
                insert into product_status (yj_code, revision, shipment_response, reason, effective_date, reported_at,
                                            updated_at, last_event_id)
                values ($1, $2, $3, $4, $5, $6, $7, $8)
                on conflict (yj_code) do update set %s
                where product_status.revision < excluded.revision""".formatted(Upserts.proposed("revision",
                "shipment_response", "reason", "effective_date", "reported_at", "updated_at", "last_event_id")))
                .execute(Tuple.from(Arrays.<Object>asList(status.yjCode(), status.revision(),
                        status.shipmentResponse().name(), status.reason() == null ? null : status.reason().name(),
                        status.effectiveDate(), Rows.timestamptz(status.reportedAt()),
                        Rows.timestamptz(status.updatedAt()), status.lastEventId())))
                .map(result -> result.rowCount() == 1);
    }

    private static SupplyStatus supplyStatus(Row r) {
        String reason = r.getString("reason");
        return new SupplyStatus(r.getString("yj_code"), r.getLong("revision"),
                ShipmentResponse.valueOf(r.getString("shipment_response")),
                reason == null ? null : ShortageReason.valueOf(reason), r.getLocalDate("effective_date"),
                Rows.instant(r, "reported_at"), Rows.instant(r, "updated_at"), r.getUUID("last_event_id"));
    }
}
