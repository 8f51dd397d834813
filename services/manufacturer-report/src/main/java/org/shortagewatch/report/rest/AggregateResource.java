package org.shortagewatch.report.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.common.bulk.Csv;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.report.domain.NationalAggregates;
import org.shortagewatch.report.domain.ReasonBreakdown;
import org.shortagewatch.report.domain.WeeklyTrend;
import org.shortagewatch.report.persistence.NationalCounts;
import org.shortagewatch.report.persistence.ProductCatalog;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/aggregates")
@PermitAll // public: computed from the public national list
@Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
@Tag(name = "National aggregates", description = "The national tables of the supply survey, for any day")
public class AggregateResource {

    @Inject
    ProductCatalog catalog;

    @Inject
    NationalCounts counts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Both national tables on a day",
            description = "Products by shipment response, and limited shipment, supply stop and normal shipment by"
                    + " product category (the two tables of the 2023-11 survey), from every product's status on the"
                    + " day." + AggregatesView.COUNTS)
    public Uni<AggregatesView> both(@Parameter(description = QueryParams.AS_OF) @QueryParam("asOf") String asOf) {
        LocalDate day = QueryParams.asOf(asOf);
        return tables(day).map(t -> AggregatesView.of(day, t));
    }

    @GET
    @Path("/shipment-response")
    @Operation(summary = "Products by shipment response on a day (json or csv)",
            description = "JSON: the table's lines, each with its percentOfResponders. CSV: the counts and 合計 (the"
                    + " responders), each count's 割合(%) of the responders, then 調査対象品目数 (the catalogue) and"
                    + " 未回答品目数." + AggregatesView.COUNTS)
    public Uni<Response> byResponse(@BeanParam TableQuery query) {
        return table(query, "shipment-response", AggregatesView::byShipmentResponse,
                AggregatesView::shipmentResponseRows);
    }

    @GET
    @Path("/product-category")
    @Operation(summary = "Limited shipment, supply stop and normal shipment by product category on a day (json or csv)",
            description = "The lines by product category and the total line last. CSV: the counts, 通常出荷 beside"
                    + " them, then each count's 割合(%) of every responder (not of the category's)." + AggregatesView.COUNTS)
    public Uni<Response> byCategory(@BeanParam TableQuery query) {
        return table(query, "product-category", AggregatesView::categoryLines, AggregatesView::productCategoryRows);
    }

    @GET
    @Path("/reasons")
    @Operation(summary = "限定出荷・供給停止の理由別の品目数（json または csv）",
            description = "指定日に限定出荷（3 区分の合計）または供給停止の品目を、限定出荷等の理由（⑭）ごとに数えます。"
                    + "理由は全国リストのコード順にすべて並び、該当品目がなくても 0 と示します。最後の行が合計です。"
                    + "percentOfLimited は限定出荷の品目数に対する割合、percentOfStopped は供給停止の品目数に対する割合"
                    + "（%、小数第 1 位まで四捨五入）です。CSV は理由をコードと名称（例: 1．需要増）で示します。")
    public Uni<Response> byReason(@BeanParam TableQuery query) {
        LocalDate day = query.day();
        Download download = query.download();
        return counts.byReason(day).map(found -> {
            ReasonsView view = ReasonsView.of(day, ReasonBreakdown.of(found));
            return download.jsonOrCsv(view, view::rows, "reasons", day);
        });
    }

    @GET
    @Path("/weekly")
    @Operation(summary = "出荷対応の状況別の品目数の週次推移（json または csv）",
            description = "from の週から to の週まで、ISO 週（月曜始まり）ごとに、その週の日曜日時点の出荷対応の状況別の"
                    + "品目数と回答品目数（responded）を示します。各週の値は、その日曜日を asOf とした全国集計と同じです。"
                    + "to は省略すると今日（日本時間）、from は省略すると to の 12 週前です。一度に求められるのは "
                    + WeeklyTrend.MAX_WEEKS + " 週までで、それを超える範囲や to が from より前の範囲は 400 で断ります。")
    public Uni<Response> weekly(
            @Parameter(description = "最初の週に含まれる日（YYYY-MM-DD）。省略時は to の 12 週前") @QueryParam("from") String from,
            @Parameter(description = "最後の週に含まれる日（YYYY-MM-DD）。省略時は今日（日本時間）") @QueryParam("to") String to,
            @Parameter(description = "json or csv") @QueryParam("format") String format) {
        LocalDate last = QueryParams.day("to", to, QueryParams.today());
        LocalDate first = QueryParams.day("from", from, last.minusWeeks(12));
        Download download = Download.of(format, Download.JSON, Download.CSV);
        WeeklyTrend.Refusal refusal = WeeklyTrend.check(first, last);
        if (refusal != null) {
            throw ProblemException.invalidField(refusal.field(), refusal.message());
        }
        List<WeeklyTrend.Week> weeks = WeeklyTrend.weeks(first, last);
        return counts.weekly(weeks.stream().map(WeeklyTrend.Week::end).toList()).map(found -> {
            WeeklyView view = WeeklyView.of(first, last, WeeklyTrend.lines(weeks, found));
            return download.jsonOrCsv(view, view::rows, "weekly", last);
        });
    }

    /** One table on a day, as JSON or as a CSV file. */
    private Uni<Response> table(TableQuery query, String name, Function<AggregatesView, Object> json,
            Function<AggregatesView, List<? extends List<?>>> csv) {
        LocalDate day = query.day();
        Download download = query.download();
        return tables(day).map(t -> {
            AggregatesView view = AggregatesView.of(day, t);
            return download.jsonOrCsv(json.apply(view), () -> csv.apply(view), name, day);
        });
    }

    private Uni<NationalAggregates.Tables> tables(LocalDate day) {
        return Uni.combine().all().unis(catalog.countByCategoryAndResponse(day), counts.surveyed()).asTuple()
                .map(both -> NationalAggregates.of(both.getItem1(), both.getItem2()));
    }
}
