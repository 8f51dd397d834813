package org.shortagewatch.portal.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.shortagewatch.portal.client.MakerApi;
import org.shortagewatch.portal.client.ReportApi;
import org.shortagewatch.portal.client.ReportClient;
import org.shortagewatch.portal.domain.Dates;
import org.shortagewatch.portal.domain.RecentChanges;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

/**
 * The organisation's record: its recent status changes ({@code /maker/history}, from its products' histories, as
 * manufacturer-report keeps them) and its line of the public scorecard ({@code /maker/scorecard}, asked for alone).
 */
@Path("/maker")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MakerRecordPages extends MakerPage {

    /** The products whose histories are read: the most recently reported ones, one call each. */
    static final int PRODUCTS = 20;
    /** The changes shown. */
    static final int CHANGES = 50;
    /** The organisation's products looked at to find the most recently reported: the service's largest page. */
    static final int CATALOGUE = 500;

    @Inject
    @RestClient
    ReportClient publicReport;

    @Inject
    Template history;

    @Inject
    Template scorecard;

    @GET
    @Path("history")
    public Response history() {
        try {
            List<ReportApi.Product> recent = maker().isEmpty() ? List.of()
                    : report.products(maker(), null, null, 1, CATALOGUE).items().stream()
                            .filter(p -> p.status() != null && p.status().reportedAt() != null)
                            .sorted(Comparator.comparing((ReportApi.Product p) -> p.status().reportedAt())
                                    .reversed())
                            .limit(PRODUCTS).toList();
            Map<String, ReportApi.Product> byCode = new LinkedHashMap<>();
            List<List<ReportApi.StatusChange>> histories = new ArrayList<>();
            String today = Dates.today().toString();
            for (ReportApi.Product p : recent) {
                byCode.put(p.yjCode(), p);
                ReportApi.ProductStatus status = publicReport.status(p.yjCode(), today);
                histories.add(status.history());
                histories.add(status.upcoming());
            }
            List<ReportApi.StatusChange> changes = RecentChanges.newestFirst(histories,
                    ReportApi.StatusChange::reportedAt, ReportApi.StatusChange::effectiveDate, CHANGES);
            return pages.ok(history.data("changes", changes).data("products", byCode).data("limit", PRODUCTS));
        } catch (RuntimeException failure) {
            return pages.refusal(Refusal.of(failure));
        }
    }

    @GET
    @Path("scorecard")
    public Response scorecard() {
        try {
            MakerApi.Scorecard card = maker().isEmpty() ? new MakerApi.Scorecard(Dates.today(), List.of())
                    : report.scorecard(maker());
            MakerApi.ScorecardLine mine = card.manufacturers().stream()
                    .filter(l -> maker().equals(l.manufacturerCode())).findFirst().orElse(null);
            return pages.ok(scorecard.data("line", mine).data("asOf", card.asOf()));
        } catch (RuntimeException failure) {
            return pages.refusal(Refusal.of(failure));
        }
    }
}
