package org.shortagewatch.portal.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.shortagewatch.portal.domain.PrefectureMap;

import io.quarkus.qute.TemplateData;

/**
 * What wholesaler-allocation answers and accepts on a wholesaler's pages: what an upload stored, a supply, the lines of
 * the current allocation plans, the open findings and an ingredient's map (unknown fields are ignored).
 */
public final class WholesalerApi {

    private WholesalerApi() {
    }

    /** What an upload (or a supply) stored: the records, their ingredients, and those recomputed because of them. */
    @TemplateData
    public record UploadResult(String kind, String wholesalerCode, int records, List<String> ingredients,
            List<String> recomputed) {
    }

    /** A supply for a period as the form states it, each field as typed: the service checks and names the one it refuses. */
    public record Supply(String periodStart, String periodEnd, Object supplyUnits, String unit) {
    }

    /**
     * One customer's line of a current plan: its quota, what it was shipped in the period, what remains; the window its
     * baseline was counted in (none for a plan computed before the service kept it).
     */
    @TemplateData
    public record QuotaLine(String yjCode, String wholesalerCode, String facilityCode, String prefectureCode,
            UUID planId, long revision, LocalDate periodStart, LocalDate periodEnd, String policy,
            LocalDate baselineStart, LocalDate baselineEnd, long baselineUnits, long floorUnits, long quotaUnits,
            long usedUnits, long remainingUnits, boolean newCustomer, Instant computedAt) {
    }

    /** An open maldistribution finding (偏在), as the service published it. */
    @TemplateData
    public record Finding(UUID findingId, long revision, String rule, String status, String ingredientKey,
            String yjCode, String prefectureCode, List<String> facilityCodes, List<String> wholesalerCodes,
            LocalDate periodStart, LocalDate periodEnd, String summaryJa, String summaryEn,
            Map<String, Object> evidence, Instant detectedAt) {

        public Finding {
            facilityCodes = facilityCodes == null ? List.of() : facilityCodes;
            wholesalerCodes = wholesalerCodes == null ? List.of() : wholesalerCodes;
            evidence = evidence == null ? Map.of() : evidence;
        }
    }

    /** An open finding as the map counts it (facilities counted, not named). */
    public record FindingSummary(UUID findingId, String rule, String prefectureCode, String yjCode, int facilityCount) {
    }

    /**
     * One prefecture of the map; {@code daysOfSupply} absent where nothing was shipped in the window, and the stock or
     * the shipments absent (null, not 0) where the service has no figure for them, so a page can tell no data from
     * none in stock; where the ingredient's products there count in different units, {@code byUnit} holds each unit's.
     */
    public record PrefectureView(String code, Long stockUnits, Long shippedUnits, List<UnitFigures> byUnit,
            Double daysOfSupply, List<FindingSummary> openFindings) {

        public PrefectureView {
            byUnit = byUnit == null ? List.of() : byUnit;
            openFindings = openFindings == null ? List.of() : openFindings;
        }

        /** The stock as a table cell: the figure, each unit's where they differ (100000mL / 300錠), or a dash. */
        public String stock() {
            return cell(stockUnits, UnitFigures::stockUnits);
        }

        /** The shipments in the window, likewise. */
        public String shipped() {
            return cell(shippedUnits, UnitFigures::shippedUnits);
        }

        private String cell(Long total, Function<UnitFigures, Long> figure) {
            if (total != null) {
                return total.toString();
            }
            List<String> units = byUnit.stream().<String>mapMulti((u, out) -> {
                Long value = figure.apply(u);
                if (value != null) {
                    out.accept(value + u.unit());
                }
            }).toList();
            return units.isEmpty() ? "—" : String.join(" / ", units);
        }
    }

    /** One counting unit's stock (null where nobody reported stock) and shipments in a prefecture. */
    public record UnitFigures(String unit, Long stockUnits, Long shippedUnits) {
    }

    /** One ingredient across Japan: the 47 prefectures keyed by JIS code, and the findings about no one prefecture. */
    public record IngredientMap(String ingredientKey, LocalDate asOf, LocalDate consumptionFrom,
            LocalDate consumptionTo, Map<String, PrefectureView> prefectures, List<FindingSummary> nationwide) {

        public IngredientMap {
            prefectures = prefectures == null ? Map.of() : prefectures;
            nationwide = nationwide == null ? List.of() : nationwide;
        }

        /** Each prefecture's figure on the map: its days of supply (absent without shipments) or its open findings. */
        public Map<String, Double> figures(PrefectureMap.View view) {
            Map<String, Double> figures = new HashMap<>();
            prefectures.forEach((code, p) -> figures.put(code, view == PrefectureMap.View.DAYS ? p.daysOfSupply()
                    : Double.valueOf(p.openFindings().size())));
            return figures;
        }
    }
}
