package org.shortagewatch.allocation.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.allocation.domain.DateRange;
import org.shortagewatch.allocation.domain.Prefecture;
import org.shortagewatch.allocation.domain.RegionalImbalanceDetector.PrefectureSupply;
import org.shortagewatch.allocation.persistence.IngredientStore;
import org.shortagewatch.allocation.persistence.ViewQueries;
import org.shortagewatch.allocation.persistence.ViewQueries.FindingSummary;
import org.shortagewatch.allocation.service.DetectionSettings;
import org.shortagewatch.allocation.service.Recomputation;
import org.shortagewatch.common.security.Roles;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** One ingredient across Japan: days of supply and open findings per prefecture, keyed so a map can draw it. */
@Path("/api/v1/ingredients/{ingredientKey}/prefectures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Maps", description = "Days of supply (在庫日数) and maldistribution findings by prefecture")
public class IngredientMapResource {

    static final String INGREDIENT = "^[0-9]{7}$";
    static final String INGREDIENT_HINT = "must be an ingredient key: the first 7 digits of a YJ code, e.g. 2456001";

    /** One prefecture of the map. {@code daysOfSupply} is absent where nothing was shipped in the window. */
    public record PrefectureView(String code, String nameJa, String nameEn, long stockUnits, long shippedUnits,
            Double daysOfSupply, List<FindingSummary> openFindings) {
    }

    /**
     * The map: {@code prefectures} keyed by JIS code "01" to "47", every prefecture present; {@code nationwide}
     * holds the open findings about no single prefecture.
     */
    public record IngredientMap(String ingredientKey, LocalDate asOf, LocalDate consumptionFrom,
            LocalDate consumptionTo, Map<String, PrefectureView> prefectures, List<FindingSummary> nationwide) {
    }

    @Inject
    IngredientStore store;

    @Inject
    ViewQueries views;

    @Inject
    DetectionSettings detection;

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.WHOLESALER, Roles.ADMIN})
    @Operation(summary = "Days of supply and open findings of an ingredient, per prefecture",
            description = "Days of supply are the latest stock counts over the daily rate of shipments in the "
                    + "consumption window. Findings about single facilities are counted, not named.")
    @APIResponse(responseCode = "200", description = "All 47 prefectures, keyed by JIS code")
    @WithSession
    public Uni<IngredientMap> map(
            @PathParam("ingredientKey") @Pattern(regexp = INGREDIENT, message = INGREDIENT_HINT) String ingredientKey) {
        LocalDate today = Recomputation.today();
        DateRange window = DateRange.endingOn(today, detection.consumptionDays());
        return Panache.getSession().chain(session -> store.prefectures(session, ingredientKey, today, window)
                .chain(supply -> views.openFindingsOfIngredient(session, ingredientKey).map(findings -> {
                    Map<String, PrefectureSupply> byCode = new LinkedHashMap<>();
                    supply.forEach(s -> byCode.put(s.prefectureCode(), s));
                    Map<String, PrefectureView> prefectures = new LinkedHashMap<>();
                    List<FindingSummary> nationwide = new ArrayList<>();
                    for (Prefecture p : Prefecture.values()) {
                        PrefectureSupply s = byCode.get(p.code());
                        List<FindingSummary> here = findings.stream()
                                .filter(f -> p.code().equals(f.prefectureCode())).toList();
                        Double days = s == null || s.daysOfSupply().isEmpty() ? null
                                : Math.round(s.daysOfSupply().getAsDouble() * 10) / 10.0;
                        prefectures.put(p.code(), new PrefectureView(p.code(), p.japanese(), p.english(),
                                s == null ? 0 : s.stockUnits(), s == null ? 0 : s.shippedUnits(), days, here));
                    }
                    findings.stream().filter(f -> f.prefectureCode() == null).forEach(nationwide::add);
                    return new IngredientMap(ingredientKey, today, window.start(), window.end(), prefectures,
                            nationwide);
                })));
    }
}
