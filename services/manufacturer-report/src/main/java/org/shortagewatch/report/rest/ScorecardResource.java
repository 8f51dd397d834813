package org.shortagewatch.report.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.Response;
import org.shortagewatch.report.domain.Scorecard;
import org.shortagewatch.common.bulk.Csv;
import org.shortagewatch.report.service.Scorecards;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/scorecard")
@Tag(name = "Manufacturer scorecard", description = "Supply reliability per manufacturer, the disclosure policy asks for")
public class ScorecardResource {

    static final String METHOD = "A product's timeline is its changes in effective-date order (the highest revision of"
            + " a day holds), up to asOf. normalShare: of the products with a reported status, the share in normal"
            + " shipment on the day. Episodes: a run of days in limited shipment (any of the three kinds), or in supply"
            + " stopped, from its first day to the first day of a different kind of status (or through asOf if still"
            + " open). Resolution dates: each distinct (product, expected resolution date) stated with a shortage is"
            + " due when the date is on or before asOf, and kept when the product was back to normal shipment by that"
            + " date; a statement counts only if it held at the end of the day it was reported (a same-day correction"
            + " replaces it). Helping others: days on which a product shipped with volume A+ while another manufacturer's"
            + " product of the same ingredient (first 7 characters of the YJ code) was limited or stopped.";

    static final String STALE = " staleProducts: of the products in limited shipment or supply stopped on the day, how"
            + " many had not been reported or confirmed for longer than shortagewatch.freshness.stale-after (30 days by"
            + " default) at the end of the day (now, for today).";

    static final String ADVANCE_NOTICE = " Advance notice: of the changes to a limited shipment or a stop (from normal"
            + " shipment or as a first report), how many a supply-risk report (供給不安報告, not withdrawn) for the"
            + " product announced in the lookback days before (180 by default), their share, and the median lead time"
            + " in days from the earliest such report.";

    static final String MANUFACTURER = "Only this manufacturer's line (its code, as its products are registered; at"
            + " most 64 characters), computed from its own products and those sharing an ingredient with them: the"
            + " same line as in the whole scorecard; no line when it holds no product. Absent: every manufacturer.";

    @Inject
    Scorecards scorecards;

    public record ScorecardView(LocalDate asOf, String method, List<Scorecard.Line> manufacturers) {
    }

    @GET
    @PermitAll // public: the disclosure is for everyone
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "Every manufacturer's supply-reliability scorecard on a day, or one manufacturer's line (json"
            + " or csv)", description = METHOD + ADVANCE_NOTICE + STALE)
    public Uni<Response> scorecard(@BeanParam TableQuery query,
            @Parameter(description = MANUFACTURER) @QueryParam("manufacturer") String manufacturer) {
        LocalDate day = query.day();
        Download download = query.download();
        String maker = QueryParams.text("manufacturer", manufacturer, 64);
        return (maker == null ? scorecards.every(day) : scorecards.of(maker, day))
                .map(lines -> download == Download.JSON
                        ? Response.ok(new ScorecardView(day, METHOD + ADVANCE_NOTICE + STALE, lines),
                                MediaType.APPLICATION_JSON).build()
                        : Download.file(Csv.bytes(csv(lines)), Csv.MEDIA_TYPE, "scorecard", day, "csv"));
    }

    private static List<List<?>> csv(List<Scorecard.Line> lines) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("manufacturerCode", "製造販売業者名", "products", "productsReported", "productsNormal",
                "normalShare", "limitedEpisodes", "limitedDays", "stoppedEpisodes", "stoppedDays", "openEpisodes",
                "resolutionDatesDue", "resolutionDatesKept", "resolutionDatesKeptShare", "productsHelpingOthers",
                "daysHelpingOthers", "shortageOnsets", "announcedOnsets", "announcedShare", "medianLeadTimeDays", "staleProducts"));
        for (Scorecard.Line l : lines) {
            rows.add(Arrays.asList(l.manufacturerCode(), l.manufacturerName(), l.products(),
                    l.productsReported(), l.productsNormal(), l.normalShare(), l.limitedEpisodes(), l.limitedDays(),
                    l.stoppedEpisodes(), l.stoppedDays(), l.openEpisodes(), l.resolutionDatesDue(),
                    l.resolutionDatesKept(), l.resolutionDatesKeptShare(), l.productsHelpingOthers(),
                    l.daysHelpingOthers(), l.advanceNotice().onsets(), l.advanceNotice().announced(),
                    l.advanceNotice().announcedShare(), l.advanceNotice().medianLeadTimeDays(), l.staleProducts()));
        }
        return rows;
    }
}
