package org.shortagewatch.report.rest;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.validation.DateRange;
import org.shortagewatch.report.service.SupplyRiskReview;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/regulator")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated // for the regulator and admins; anyone else gets 404
@Tag(name = "Regulator", description = "規制当局の確認（令和7年改正薬機法）")
public class RegulatorReviewResource {

    @Inject
    SupplyRiskReview review;

    @GET
    @Path("/unannounced-changes")
    @Operation(summary = "事前の供給不安報告がなかった限定出荷・供給停止と、責任者未選任の出荷停止等の届出",
            description = "期間内に効力を生じた状況変更のうち、通常出荷（または初回報告）から限定出荷・供給停止になったもので、"
                    + "その品目の供給不安報告（取下げを除く）が効力発生日前の lookback 日（shortagewatch.supply-risk.lookback、"
                    + "既定 180 日）以内になかったもの。あわせて、供給体制管理責任者が選任されていないまま記録された出荷停止等の届出。"
                    + "規制当局と管理者だけ（それ以外は 404）。")
    @APIResponse(responseCode = "400", description = "日付の誤り（項目名つき）", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "規制当局・管理者以外", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<UnannouncedChangesView> unannouncedChanges(
            @Parameter(description = "期間の初日（効力発生日、既定は to の 1 年前）") @QueryParam("from") String from,
            @Parameter(description = "期間の末日（効力発生日、既定は今日）") @QueryParam("to") String to) {
        LocalDate last = day("to", to, QueryParams.today());
        LocalDate first = day("from", from, last.minusYears(1));
        if (first.isAfter(last)) {
            throw ProblemException.invalidField("from", Text.of("to より後の日付です", "is after to"));
        }
        return review.unannounced(first, last).map(UnannouncedChangesView::of);
    }

    private static LocalDate day(String name, String value, LocalDate absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        DateRange.Reading day = DateRange.current().read(value.strip());
        if (day.problem() != null) {
            throw ProblemException.invalidField(name, day.problem());
        }
        return day.date();
    }
}
