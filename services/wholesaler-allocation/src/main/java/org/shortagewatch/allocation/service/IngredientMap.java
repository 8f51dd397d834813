package org.shortagewatch.allocation.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.shortagewatch.allocation.domain.DateRange;
import org.shortagewatch.events.Prefecture;
import org.shortagewatch.allocation.domain.RegionalImbalanceDetector.PrefectureSupply;
import org.shortagewatch.allocation.domain.RegionalImbalanceDetector.UnitSupply;
import org.shortagewatch.allocation.persistence.ViewQueries.FindingSummary;

/**
 * One ingredient across Japan, keyed so a map can draw it: {@code prefectures} keyed by JIS code "01" to "47", every
 * prefecture present; {@code nationwide} holds the open findings about no single prefecture.
 */
public record IngredientMap(String ingredientKey, LocalDate asOf, LocalDate consumptionFrom, LocalDate consumptionTo,
        Map<String, PrefectureView> prefectures, List<FindingSummary> nationwide) {

    /**
     * One prefecture of the map. {@code stockUnits} is absent where no wholesaler reported stock, {@code shippedUnits}
     * where nothing was read about the prefecture, and both where the ingredient's products there count in different
     * units (tablets and a syrup's millilitres do not add up): {@code byUnit} then gives them for each unit, and is
     * empty otherwise; {@code daysOfSupply} is absent where no stock is known, or nothing was shipped in the window.
     */
    public record PrefectureView(String code, String nameJa, String nameEn, Long stockUnits, Long shippedUnits,
            List<UnitFigures> byUnit, Double daysOfSupply, List<FindingSummary> openFindings) {
    }

    /** One counting unit's stock (absent where no wholesaler reported stock) and shipments in the window. */
    public record UnitFigures(String unit, Long stockUnits, long shippedUnits) {
    }

    /**
     * The map of what was read: every prefecture, with its supply (none where nothing was read about it) rounded to
     * a tenth of a day, and its open findings.
     *
     * @param consumption the window whose shipments make the daily rate
     */
    public static IngredientMap of(String ingredientKey, LocalDate asOf, DateRange consumption,
            List<PrefectureSupply> supply, List<FindingSummary> findings) {
        Map<String, PrefectureSupply> byCode = new LinkedHashMap<>();
        supply.forEach(s -> byCode.put(s.prefectureCode(), s));
        Map<String, PrefectureView> prefectures = new LinkedHashMap<>();
        List<FindingSummary> nationwide = new ArrayList<>();
        for (Prefecture p : Prefecture.values()) {
            PrefectureSupply s = byCode.get(p.code());
            List<FindingSummary> here = findings.stream().filter(f -> p.code().equals(f.prefectureCode())).toList();
            OptionalDouble reckoned = s == null ? OptionalDouble.empty() : s.daysOfSupply();
            Double days = reckoned.isEmpty() ? null : Math.round(reckoned.getAsDouble() * 10) / 10.0;
            boolean oneUnit = s == null || s.oneUnit();
            prefectures.put(p.code(), new PrefectureView(p.code(), p.japanese(), p.english(),
                    s == null || !s.stockKnown() || !oneUnit ? null : s.stockUnits(),
                    s == null || !oneUnit ? null : s.shippedUnits(),
                    oneUnit ? List.of() : s.units().stream().sorted(Comparator.comparing(UnitSupply::unit))
                            .map(u -> new UnitFigures(u.unit(), u.stockUnits(), u.shippedUnits())).toList(),
                    days, here));
        }
        findings.stream().filter(f -> f.prefectureCode() == null).forEach(nationwide::add);
        return new IngredientMap(ingredientKey, asOf, consumption.start(), consumption.end(), prefectures, nationwide);
    }
}
