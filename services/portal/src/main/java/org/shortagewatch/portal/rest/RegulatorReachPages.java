package org.shortagewatch.portal.rest;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shortagewatch.portal.client.RegulatorApi;
import org.shortagewatch.portal.client.WholesalerNames;
import org.shortagewatch.portal.domain.NoticeReachChart;
import org.shortagewatch.portal.domain.PageNumber;

import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;

/**
 * How far a published notice got ({@code /regulator/notices/{id}/reach}): its delivery and acknowledgement rates,
 * over time as a chart with the same figures in a table beside it, and the recipients who have not acknowledged it,
 * a page at a time (notification's statistics, their timeline and the unacknowledged recipients, a wholesaler named
 * from wholesaler-allocation's registry, as notification does not know its name).
 */
@Path("/regulator/notices/{id}/reach")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class RegulatorReachPages extends RegulatorPage {

    static final int PAGE_SIZE = 50;

    @Inject
    Template regulatorReach;

    @Inject
    WholesalerNames wholesalerNames;

    @GET
    public Response reach(@PathParam("id") UUID id, @QueryParam("page") PageNumber page) {
        int p = PageNumber.of(page);
        return pages.orRefusal(() -> {
            RegulatorApi.Notice n = notices.notice(id);
            RegulatorApi.Statistics stats = notices.statistics(id);
            RegulatorApi.Timeline timeline = notices.timeline(id);
            RegulatorApi.AddresseePage pending = notices.unacknowledged(id, p, PAGE_SIZE);
            RegulatorNoticeMsg words = MessageBundles.get(RegulatorNoticeMsg.class, Localized.Literal.of(ctx.lang()));
            List<NoticeReachChart.Point> points = timeline.points().stream()
                    .map(t -> new NoticeReachChart.Point(t.at(), t.delivered(), t.acknowledged())).toList();
            return pages.ok(regulatorReach.data("n", n).data("stats", stats)
                    .data("rows", NoticeReachChart.rows(points, timeline.recipients(), timeline.bucket(), ctx.locale()))
                    .data("chart", NoticeReachChart.chart(points, timeline.recipients(), timeline.bucket(),
                            ctx.locale(), words.deliveredRate(), words.acknowledgedRate()))
                    .data("asOf", ctx.day(java.time.Instant.now()))
                    .data("pending", pending).data("wholesalers", wholesalerNames.of(pending.unnamed())));
        });
    }
}
