package org.shortagewatch.portal.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shortagewatch.portal.client.DashboardApi;
import org.shortagewatch.portal.client.ReportApi;
import org.shortagewatch.portal.domain.DashboardCharts;
import org.shortagewatch.portal.domain.Dates;
import org.shortagewatch.portal.domain.SituationCharts;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.tuples.Tuple6;

/**
 * The regulator's national dashboard ({@code /regulator/dashboard}): the five responses week by week, limited
 * shipment and stops by reason and by product category, the products stopped most recently, the statuses not
 * confirmed in time and the shortages that came unannounced. Six calls to manufacturer-report, made at once; the
 * last is the regulator's only, and the service refuses anyone else (the page shows that refusal).
 */
@Path("/regulator/dashboard")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class RegulatorDashboardPage extends RegulatorFiguresPage {

    /** The weeks the trend goes back. */
    static final int WEEKS = 12;
    /** The products listed in each list (the counts are of all). */
    static final int LISTED = 10;
    /** The days the unannounced changes go back. */
    static final int UNANNOUNCED_DAYS = 90;

    @Inject
    Template regulatorDashboard;

    @GET
    public Response dashboard() {
        LocalDate today = Dates.today();
        String day = today.toString();
        return pages.orRefusal(() -> {
            Tuple6<DashboardApi.Weekly, DashboardApi.Reasons, ReportApi.Aggregates, DashboardApi.ProductLinePage,
                    DashboardApi.ProductLinePage, DashboardApi.Unannounced> all = Uni.combine().all().unis(
                            report.weekly(today.minusWeeks(WEEKS).toString(), day), report.reasons(day),
                            report.aggregates(day), report.products("STOPPED", null, "latest", 1, LISTED),
                            report.products(null, true, null, 1, LISTED),
                            report.unannounced(today.minusDays(UNANNOUNCED_DAYS).toString(), day))
                    .asTuple().await().atMost(WAIT);
            List<DashboardCharts.WeekCounts> weeks = all.getItem1().weeks().stream()
                    .map(w -> new DashboardCharts.WeekCounts(Dates.week(w.start(), ctx.locale()), w.normal(),
                            w.limitedOwnReasons(),
                            w.limitedOtherCompany(), w.limitedOther(), w.stopped()))
                    .toList();
            List<DashboardCharts.ReasonCounts> reasons = all.getItem2().byReason().stream()
                    .map(r -> new DashboardCharts.ReasonCounts(
                            DashboardCharts.reasonLabel(r.reason(), r.label(), ctx.locale()), r.limited(), r.stopped()))
                    .toList();
            List<SituationCharts.CategoryCounts> categories = SituationPage.categories(all.getItem3(), ctx);
            return pages.ok(regulatorDashboard.data("asOf", today).data("weeks", all.getItem1().weeks())
                    .data("weekCount", WEEKS).data("weeklyChart", DashboardCharts.weeklyChart(weeks, ctx.locale()))
                    .data("reasons", reasons).data("reasonTotal", all.getItem2().total())
                    .data("limitedLabel", DashboardCharts.limitedLabel(ctx.locale()))
                    .data("reasonChart", DashboardCharts.reasonChart(reasons, ctx.locale()))
                    .data("categories", categories)
                    .data("categoryTotal", SituationPage.counts("", all.getItem3().productCategoryTotal()))
                    .data("categoryChart", SituationCharts.categoryChart(categories, ctx.locale()))
                    .data("stopped", all.getItem4()).data("stale", all.getItem5())
                    .data("unannounced", all.getItem6()).data("unannouncedDays", UNANNOUNCED_DAYS)
                    .data("unannouncedLatest", latest(all.getItem6().unannouncedChanges())).data("listed", LISTED));
        });
    }

    /** The {@link #LISTED} changes that took effect last, the latest first (the service answers them oldest first). */
    static List<DashboardApi.UnannouncedChange> latest(List<DashboardApi.UnannouncedChange> oldestFirst) {
        List<DashboardApi.UnannouncedChange> latest = new ArrayList<>(
                oldestFirst.subList(Math.max(0, oldestFirst.size() - LISTED), oldestFirst.size()));
        Collections.reverse(latest);
        return latest;
    }
}
