package org.shortagewatch.report.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
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
import org.shortagewatch.report.domain.WeeklyTrend;
import org.shortagewatch.report.persistence.NationalCounts;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/aggregates/weekly")
@PermitAll // public: computed from the public national list
@Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
@Tag(name = "National aggregates", description = "The national tables of the supply survey, for any day")
public class WeeklyAggregateResource {

    @Inject
    NationalCounts counts;

    @GET
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
            return download == Download.JSON ? Response.ok(view, MediaType.APPLICATION_JSON).build()
                    : Download.file(Csv.bytes(view.rows()), Csv.MEDIA_TYPE, "weekly", last, "csv");
        });
    }
}
