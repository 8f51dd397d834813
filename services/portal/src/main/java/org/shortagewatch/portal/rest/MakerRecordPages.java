package org.shortagewatch.portal.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.shortagewatch.portal.client.MakerApi;
import org.shortagewatch.portal.client.ProductNames;
import org.shortagewatch.portal.client.ReportApi;
import org.shortagewatch.portal.client.ReportClient;
import org.shortagewatch.portal.domain.Dates;
import org.shortagewatch.portal.domain.FormInput;
import org.shortagewatch.portal.domain.PageAhead;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

/**
 * The organisation's record: its status changes across its products, the latest first, a page at a time
 * ({@code /maker/history}, one call to manufacturer-report, then {@link ProductNames} for the products' names), and
 * its line of the public scorecard ({@code /maker/scorecard}, asked for alone).
 */
@Path("/maker")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MakerRecordPages extends MakerPage {

    /** The changes shown: the organisation's latest, across its products. */
    static final int CHANGES = 50;

    @Inject
    @RestClient
    ReportClient publicReport;

    @Inject
    ProductNames names;

    @Inject
    Template history;

    @Inject
    Template scorecard;

    /** A page of the history: the latest changes, or with {@code before} those reported before that change. */
    @GET
    @Path("history")
    public Response history(@QueryParam("before") String before) {
        Long from = FormInput.id(before);
        try {
            PageAhead<ReportApi.StatusChange> page = PageAhead.of(maker().isEmpty() ? List.of()
                    : publicReport.latestChanges(maker(), CHANGES + 1, from), CHANGES);
            List<ReportApi.StatusChange> changes = page.items();
            return pages.ok(history.data("changes", changes)
                    .data("names", names.ofProducts(changes.stream().map(ReportApi.StatusChange::yjCode).toList()))
                    .data("limit", CHANGES).data("earlierPage", from != null)
                    .data("older", page.more() ? page.last().id() : null));
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
