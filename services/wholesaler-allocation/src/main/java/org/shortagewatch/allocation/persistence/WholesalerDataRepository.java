package org.shortagewatch.allocation.persistence;

import org.shortagewatch.common.sql.BatchArrays;

import java.time.LocalDate;
import java.util.List;
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
 * one typed array per column, unnested in the statement: {@link BatchArrays}).
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
        String[] yjCodes = BatchArrays.text(records, WholesalerRecord::yjCode);
        String[] units = BatchArrays.text(records, WholesalerRecord::unit);
        return session.createNativeQuery("""
                insert into product_unit (yj_code, unit)
                select distinct on (r.yj) r.yj, r.unit
                from unnest(cast(:yj as text[]), cast(:unit as text[])) with ordinality as r(yj, unit, n)
                order by r.yj, r.n
                on conflict (yj_code) do nothing""")
                .setParameter("yj", yjCodes)
                .setParameter("unit", units)
                .executeUpdate()
                .chain(() -> session.createNativeQuery("""
                        select coalesce(jsonb_agg(jsonb_build_object('index', r.n - 1, 'yjCode', r.yj,
                                   'unit', r.unit, 'expected', p.unit) order by r.n), '[]'::jsonb)::text
                        from unnest(cast(:yj as text[]), cast(:unit as text[])) with ordinality as r(yj, unit, n)
                        join product_unit p on p.yj_code = r.yj
                        where p.unit <> r.unit""", String.class)
                        .setParameter("yj", yjCodes)
                        .setParameter("unit", units)
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
        return session.createNativeQuery("""
                insert into wholesaler_record (kind, wholesaler_code, reference, facility_code, prefecture_code, yj_code,
                                               ingredient_key, day, units)
                select distinct on (r.kind, r.w, r.ref) r.kind, r.w, r.ref, r.f, r.p, r.yj, r.i, r.d, r.u
                from unnest(cast(:kind as text[]), cast(:w as text[]), cast(:ref as text[]), cast(:f as text[]),
                            cast(:p as text[]), cast(:yj as text[]), cast(:i as text[]), cast(:d as date[]),
                            cast(:u as bigint[])) with ordinality as r(kind, w, ref, f, p, yj, i, d, u, n)
                order by r.kind, r.w, r.ref, r.n desc
                on conflict (wholesaler_code, kind, reference) do update set %s, recorded_at = now()""".formatted(
                Upserts.proposed("facility_code", "prefecture_code", "yj_code", "ingredient_key", "day", "units")))
                .setParameter("kind", BatchArrays.text(records, r -> r.kind().name()))
                .setParameter("w", BatchArrays.text(records, WholesalerRecord::wholesalerCode))
                .setParameter("ref", BatchArrays.text(records, WholesalerRecord::effectiveReference))
                .setParameter("f", BatchArrays.text(records, WholesalerRecord::facilityCode))
                .setParameter("p", BatchArrays.text(records, WholesalerRecord::prefecture))
                .setParameter("yj", BatchArrays.text(records, WholesalerRecord::yjCode))
                .setParameter("i", BatchArrays.text(records, WholesalerRecord::ingredientKey))
                .setParameter("d", BatchArrays.date(records, WholesalerRecord::date))
                .setParameter("u", BatchArrays.bigint(records, WholesalerRecord::units))
                .executeUpdate();
    }

    /** Sets a wholesaler's supply of a product for the period starting {@code periodStart}. */
    public Uni<Integer> putSupply(Mutiny.Session session, String wholesalerCode, String yjCode, LocalDate periodStart,
            LocalDate periodEnd, long supplyUnits) {
        return session.createNativeQuery("""
                insert into wholesaler_supply (wholesaler_code, yj_code, ingredient_key, period_start, period_end,
                                               supply_units)
                values (:w, :yj, :i, :start, :end, :units)
                on conflict (wholesaler_code, yj_code, period_start)
                    do update set %s, updated_at = now()""".formatted(Upserts.proposed("period_end", "supply_units")))
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
