package org.shortagewatch.report.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Confirmations of "no change" (one row per product and confirmation, never updated) and the reminders sent to
 * makers with stale products (at most one per maker and day), on the SQL client in the caller's transaction.
 */
@ApplicationScoped
public class StatusConfirmationStore {

    /**
     * Records that these products' statuses were confirmed unchanged at {@code at}.
     *
     * @param org the confirming organisation (null for an admin without one)
     * @param bulkJobId the re-upload whose unchanged rows confirm them, or null for a request
     */
    public Uni<Void> confirm(SqlConnection c, List<String> yjCodes, Instant at, String by, String org,
            UUID bulkJobId) {
        if (yjCodes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return c.preparedQuery("""
                insert into status_confirmation (yj_code, confirmed_at, confirmed_by, organisation_code, bulk_job_id)
                select r.code, $2, $3, $4, $5 from unnest($1::text[]) with ordinality as r(code, n) order by r.n""")
                .execute(Tuple.from(java.util.Arrays.asList(yjCodes.toArray(String[]::new), at.atOffset(ZoneOffset.UTC),
                        by, org, bulkJobId)))
                .replaceWithVoid();
    }

    /**
     * Remembers the maker's reminder of the day, unless it already has one: true when this is the first (its event
     * is to be written in the same transaction), false when the maker was already reminded that day.
     */
    public Uni<Boolean> remind(SqlConnection c, String manufacturerCode, LocalDate day, UUID eventId, int products,
            Instant at) {
        return c.preparedQuery("""
                insert into confirmation_reminder (manufacturer_code, reminded_on, event_id, products, sent_at)
                values ($1, $2, $3, $4, $5)
                on conflict (manufacturer_code, reminded_on) do nothing
                returning manufacturer_code""")
                .execute(Tuple.of(manufacturerCode, day, eventId, products, at.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.size() == 1);
    }
}
