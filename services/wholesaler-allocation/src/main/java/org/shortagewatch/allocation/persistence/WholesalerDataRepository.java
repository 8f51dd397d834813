package org.shortagewatch.allocation.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.shortagewatch.allocation.domain.WholesalerRecord;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.events.YjCodes;

import com.fasterxml.jackson.core.type.TypeReference;

import io.smallrye.mutiny.Uni;

/**
 * Stores what wholesalers and facilities post, set-based: a batch of any size is one statement (the rows travel as
 * one JSON array and PostgreSQL unpacks them with {@code jsonb_to_recordset}).
 */
@ApplicationScoped
public class WholesalerDataRepository {

    @Inject
    JsonSql sql;

    /** A record whose unit is not the one its product is counted in. */
    public record UnitMismatch(int index, String yjCode, String unit, String expected) {
    }

    /**
     * Fixes each new product's unit (the first record of it in the batch decides) and answers the records whose
     * unit differs from their product's: the caller refuses the batch if there are any.
     */
    public Uni<List<UnitMismatch>> checkUnits(Mutiny.Session session, List<WholesalerRecord> records) {
        List<Map<String, Object>> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            rows.add(Map.of("n", i, "yj", records.get(i).yjCode(), "unit", records.get(i).unit()));
        }
        String payload = sql.write(rows);
        return session.createNativeQuery("""
                insert into product_unit (yj_code, unit)
                select distinct on (r.yj) r.yj, r.unit
                from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as r(n int, yj text, unit text)
                order by r.yj, r.n
                on conflict (yj_code) do nothing""")
                .setParameter("rows", payload)
                .executeUpdate()
                .chain(() -> session.createNativeQuery("""
                        select coalesce(jsonb_agg(jsonb_build_object('index', r.n, 'yjCode', r.yj, 'unit', r.unit,
                                   'expected', p.unit) order by r.n), '[]'::jsonb)::text
                        from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as r(n int, yj text, unit text)
                        join product_unit p on p.yj_code = r.yj
                        where p.unit <> r.unit""", String.class)
                        .setParameter("rows", payload)
                        .getSingleResult())
                .map(text -> sql.read(text, new TypeReference<List<UnitMismatch>>() {
                }));
    }

    /**
     * Inserts or replaces the records, one row per (wholesaler, kind, reference); within a batch the last record of a
     * reference wins.
     *
     * @return how many rows were written
     */
    public Uni<Integer> upsert(Mutiny.Session session, List<WholesalerRecord> records) {
        List<Map<String, Object>> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            WholesalerRecord r = records.get(i);
            rows.add(Map.of("n", i, "kind", r.kind().name(), "w", r.wholesalerCode(), "ref", r.effectiveReference(),
                    "f", r.facilityCode(), "p", r.prefecture(), "yj", r.yjCode(), "i", r.ingredientKey(),
                    "d", r.date().toString(), "u", r.units()));
        }
        return session.createNativeQuery("""
                insert into wholesaler_record (kind, wholesaler_code, reference, facility_code, prefecture_code, yj_code,
                                               ingredient_key, day, units)
                select distinct on (r.kind, r.w, r.ref) r.kind, r.w, r.ref, r.f, r.p, r.yj, r.i, r.d, r.u
                from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                     as r(n int, kind text, w text, ref text, f text, p text, yj text, i text, d date, u bigint)
                order by r.kind, r.w, r.ref, r.n desc
                on conflict (wholesaler_code, kind, reference) do update set
                    facility_code = excluded.facility_code,
                    prefecture_code = excluded.prefecture_code,
                    yj_code = excluded.yj_code,
                    ingredient_key = excluded.ingredient_key,
                    day = excluded.day,
                    units = excluded.units,
                    recorded_at = now()""")
                .setParameter("rows", sql.write(rows))
                .executeUpdate();
    }

    /** Sets a wholesaler's supply of a product for the period starting {@code periodStart}. */
    public Uni<Integer> putSupply(Mutiny.Session session, String wholesalerCode, String yjCode, LocalDate periodStart,
            LocalDate periodEnd, long supplyUnits) {
        return session.createNativeQuery("""
                insert into wholesaler_supply (wholesaler_code, yj_code, ingredient_key, period_start, period_end,
                                               supply_units)
                values (:w, :yj, :i, :start, :end, :units)
                on conflict (wholesaler_code, yj_code, period_start) do update set
                    period_end = excluded.period_end, supply_units = excluded.supply_units, updated_at = now()""")
                .setParameter("w", wholesalerCode)
                .setParameter("yj", yjCode)
                .setParameter("i", YjCodes.ingredientKey(yjCode))
                .setParameter("start", periodStart)
                .setParameter("end", periodEnd)
                .setParameter("units", supplyUnits)
                .executeUpdate();
    }

    /**
     * Records a facility's "cannot obtain" report; one per facility, product and day.
     *
     * @return the id of the report: the new one, or the one already recorded for that day
     */
    public Uni<UUID> reportCannotObtain(Mutiny.Session session, String facilityCode, String yjCode, LocalDate day,
            String note) {
        return session.createNativeQuery("""
                with inserted as (
                    insert into cannot_obtain_report (id, facility_code, prefecture_code, yj_code, ingredient_key,
                                                      reported_on, note)
                    values (:id, :f, :p, :yj, :i, :day, :note)
                    on conflict (facility_code, yj_code, reported_on) do nothing
                    returning id)
                select cast(id as text) from inserted
                union all
                select cast(id as text) from cannot_obtain_report
                where facility_code = :f and yj_code = :yj and reported_on = :day
                limit 1""", String.class)
                .setParameter("id", UUID.randomUUID())
                .setParameter("f", facilityCode)
                .setParameter("p", FacilityCodes.prefectureOf(facilityCode))
                .setParameter("yj", yjCode)
                .setParameter("i", YjCodes.ingredientKey(yjCode))
                .setParameter("day", day)
                .setParameter("note", note)
                .getSingleResult()
                .map(UUID::fromString);
    }
}
