package org.shortagewatch.allocation.persistence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.allocation.domain.WholesalerRecord;
import org.shortagewatch.common.sql.BatchArrays;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.events.YjCodes;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Stores what wholesalers and facilities post, on the Vert.x SQL client in the posting's transaction, set-based: a
 * batch of any size is one statement (the rows travel as one typed array per column, unnested in the statement:
 * {@link BatchArrays}).
 */
@ApplicationScoped
public class WholesalerDataStore {

    /** A record whose unit is not the one its wholesaler counts its product in. */
    public record UnitMismatch(int index, String yjCode, String unit, String expected) {
    }

    /**
     * Fixes the unit of each product new to its wholesaler (the first record of it in the batch decides) and answers
     * the records whose unit differs from the one their wholesaler counts the product in: the caller refuses the
     * batch if there are any. Another wholesaler's unit plays no part.
     */
    public Uni<List<UnitMismatch>> checkUnits(SqlConnection c, List<WholesalerRecord> records) {
        Tuple codesAndUnits = Tuple.of(BatchArrays.text(records, WholesalerRecord::wholesalerCode),
                BatchArrays.text(records, WholesalerRecord::yjCode), BatchArrays.text(records, WholesalerRecord::unit));
        return c.preparedQuery("""
                insert into wholesaler_product_unit (wholesaler_code, yj_code, unit)
                select distinct on (r.w, r.yj) r.w, r.yj, r.unit
                from unnest($1::text[], $2::text[], $3::text[]) with ordinality as r(w, yj, unit, n)
                order by r.w, r.yj, r.n
                on conflict (wholesaler_code, yj_code) do nothing""")
                .execute(codesAndUnits)
                .chain(() -> c.preparedQuery("""
                        select r.n - 1 as index, r.yj, r.unit, p.unit as expected
                        from unnest($1::text[], $2::text[], $3::text[]) with ordinality as r(w, yj, unit, n)
                        join wholesaler_product_unit p on p.wholesaler_code = r.w and p.yj_code = r.yj
                        where p.unit <> r.unit
                        order by r.n""")
                        .execute(codesAndUnits))
                .map(rows -> Rows.list(rows, row -> new UnitMismatch(row.getLong("index").intValue(),
                        row.getString("yj"), row.getString("unit"), row.getString("expected"))));
    }

    /**
     * Inserts or replaces the records, one row per (wholesaler, kind, reference); within a batch the last record of a
     * reference wins.
     *
     * @return how many rows were written
     */
    public Uni<Integer> upsert(SqlConnection c, List<WholesalerRecord> records) {
        return c.preparedQuery("""
                insert into wholesaler_record (kind, wholesaler_code, reference, facility_code, prefecture_code, yj_code,
                                               ingredient_key, day, units)
                select distinct on (r.kind, r.w, r.ref) r.kind, r.w, r.ref, r.f, r.p, r.yj, r.i, r.d, r.u
                from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                            $8::date[], $9::bigint[]) with ordinality as r(kind, w, ref, f, p, yj, i, d, u, n)
                order by r.kind, r.w, r.ref, r.n desc
                on conflict (wholesaler_code, kind, reference) do update set %s, recorded_at = now()""".formatted(
                Upserts.proposed("facility_code", "prefecture_code", "yj_code", "ingredient_key", "day", "units")))
                .execute(Tuple.from(List.of(
                        BatchArrays.text(records, r -> r.kind().name()),
                        BatchArrays.text(records, WholesalerRecord::wholesalerCode),
                        BatchArrays.text(records, WholesalerRecord::effectiveReference),
                        BatchArrays.text(records, WholesalerRecord::facilityCode),
                        BatchArrays.text(records, WholesalerRecord::prefecture),
                        BatchArrays.text(records, WholesalerRecord::yjCode),
                        BatchArrays.text(records, WholesalerRecord::ingredientKey),
                        BatchArrays.date(records, WholesalerRecord::date),
                        BatchArrays.int8(records, WholesalerRecord::units))))
                .map(result -> result.rowCount());
    }

    /** Sets a wholesaler's supply of a product for the period starting {@code periodStart}. */
    public Uni<Integer> putSupply(SqlConnection c, String wholesalerCode, String yjCode, LocalDate periodStart,
            LocalDate periodEnd, long supplyUnits) {
        return c.preparedQuery("""
                insert into wholesaler_supply (wholesaler_code, yj_code, ingredient_key, period_start, period_end,
                                               supply_units)
                values ($1, $2, $3, $4, $5, $6)
                on conflict (wholesaler_code, yj_code, period_start)
                    do update set %s, updated_at = now()""".formatted(Upserts.proposed("period_end", "supply_units")))
                .execute(Tuple.of(wholesalerCode, yjCode, YjCodes.ingredientKey(yjCode), periodStart, periodEnd,
                        supplyUnits))
                .map(result -> result.rowCount());
    }

    /**
     * Records a facility's "cannot obtain" report; one per facility, product and day.
     *
     * @return the id of the report: the new one, or the one already recorded for that day
     */
    public Uni<UUID> reportCannotObtain(SqlConnection c, String facilityCode, String yjCode, LocalDate day,
            String note) {
        return c.preparedQuery("""
                with inserted as (
                    insert into cannot_obtain_report (id, facility_code, prefecture_code, yj_code, ingredient_key,
                                                      reported_on, note)
                    values ($1, $2, $3, $4, $5, $6, $7)
                    on conflict (facility_code, yj_code, reported_on) do nothing
                    returning id)
                select id from inserted
                union all
                select id from cannot_obtain_report
                where facility_code = $2 and yj_code = $4 and reported_on = $6
                limit 1""")
                .execute(Tuple.from(Arrays.<Object>asList(UUID.randomUUID(), facilityCode,
                        FacilityCodes.prefectureOf(facilityCode), yjCode, YjCodes.ingredientKey(yjCode), day, note)))
                .map(rows -> rows.iterator().next().getUUID("id"));
    }
}
