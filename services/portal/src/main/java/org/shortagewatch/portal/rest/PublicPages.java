package org.shortagewatch.portal.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.shortagewatch.portal.client.NotificationApi;
import org.shortagewatch.portal.client.NotificationPublicClient;
import org.shortagewatch.portal.client.ReportApi;
import org.shortagewatch.portal.client.ReportClient;
import org.shortagewatch.portal.domain.Dates;
import org.shortagewatch.portal.domain.Languages;
import org.shortagewatch.portal.domain.SituationCharts;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The pages anyone may read, without signing in. They only translate HTTP: the data is the services'. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PublicPages {

    static final int PAGE_SIZE = 20;
    private static final Pattern YJ = Pattern.compile("[0-9]{4}[0-9A-Z]{3}[A-Z][0-9A-Z]{4}");

    @Inject
    PageContext ctx;

    @Inject
    @RestClient
    ReportClient report;

    @Inject
    @RestClient
    NotificationPublicClient notices;

    @Inject
    Template home;

    @Inject
    Template products;

    @Inject
    Template product;

    @Inject
    Template situation;

    @Inject
    Template noticeList;

    @Inject
    Template notice;

    @Inject
    Template refused;

    @GET
    public TemplateInstance home() {
        return ctx.page(home.instance());
    }

    @GET
    @Path("products")
    public Response search(@QueryParam("q") String q, @QueryParam("page") Integer page) {
        String query = q == null ? "" : q.strip();
        int p = page == null || page < 1 ? 1 : page;
        if (query.isEmpty()) {
            return ok(products.data("q", "").data("result", null));
        }
        try {
            ReportApi.ProductPage result = report.search(query, p, PAGE_SIZE);
            // a complete YJ code that names one product goes straight to it
            if (result.totalItems() == 1 && YJ.matcher(query.toUpperCase()).matches()) {
                return Response.seeOther(URI.create("/products/" + result.items().get(0).yjCode())).build();
            }
            return ok(products.data("q", query).data("result", result));
        } catch (RuntimeException failure) {
            return refusal(Refusal.of(failure));
        }
    }

    @GET
    @Path("products/{yj}")
    public Response product(@PathParam("yj") String yj, @QueryParam("asOf") String asOf) {
        String day = day(asOf);
        try {
            // the product first: a product that exists but has no report yet is shown as such, not as "not found"
            ReportApi.Alternatives alternatives = report.alternatives(yj, day);
            ReportApi.ProductStatus status = statusOrNone(yj, day);
            boolean anyNormal = java.util.stream.Stream.concat(alternatives.sameIngredientFormStrength().stream(),
                    alternatives.sameIngredient().stream())
                    .anyMatch(p -> p.status() != null && "NORMAL".equals(p.status().shipmentResponse()));
            return ok(product.data("status", status).data("p", alternatives.product())
                    .data("alternatives", alternatives).data("anyNormal", anyNormal).data("asOf", day));
        } catch (RuntimeException failure) {
            return refusal(Refusal.of(failure));
        }
    }

    @GET
    @Path("situation")
    public Response situation(@QueryParam("asOf") String asOf) {
        String day = day(asOf);
        try {
            ReportApi.Aggregates a = report.aggregates(day);
            Map<String, Long> byResponse = new LinkedHashMap<>();
            a.byShipmentResponse().forEach(r -> byResponse.put(r.shipmentResponse(), r.products()));
            List<SituationCharts.Slice> slices = SituationCharts.slices(byResponse, ctx.locale());
            List<SituationCharts.CategoryCounts> categories = a.byProductCategory().stream()
                    .map(c -> new SituationCharts.CategoryCounts(ctx.label(c.productCategory(), c.label()),
                            c.limitedOwnReasons(), c.limitedOtherCompany(), c.limitedOther(), c.stopped()))
                    .toList();
            ReportApi.CategoryLine t = a.productCategoryTotal();
            SituationCharts.CategoryCounts total = new SituationCharts.CategoryCounts("", t.limitedOwnReasons(),
                    t.limitedOtherCompany(), t.limitedOther(), t.stopped());
            long responding = slices.stream().mapToLong(SituationCharts.Slice::products).sum();
            return ok(situation.data("asOf", a.asOf() == null ? LocalDate.parse(day) : a.asOf()).data("day", day)
                    .data("slices", slices).data("responding", responding).data("categories", categories)
                    .data("categoryTotal", total)
                    .data("responseChart", SituationCharts.responseChartJson(slices))
                    .data("categoryChart", SituationCharts.categoryChartJson(categories, ctx.locale())));
        } catch (RuntimeException failure) {
            return refusal(Refusal.of(failure));
        }
    }

    @GET
    @Path("notices")
    public Response notices() {
        try {
            List<NotificationApi.Notice> list = notices.notices(100);
            return ok(noticeList.data("notices", list));
        } catch (RuntimeException failure) {
            return refusal(Refusal.of(failure));
        }
    }

    @GET
    @Path("notices/{id}")
    public Response notice(@PathParam("id") UUID id) {
        try {
            return ok(notice.data("n", notices.notice(id)));
        } catch (RuntimeException failure) {
            return refusal(Refusal.of(failure));
        }
    }

    /** The notice's printable page (A4, the traditional layout), as notification renders it. */
    @GET
    @Path("notices/{id}/print")
    public Response printable(@PathParam("id") UUID id) {
        try {
            return Response.ok(notices.printable(id, "print")).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        } catch (RuntimeException failure) {
            return refusal(Refusal.of(failure));
        }
    }

    /** Chooses the language and returns to the page it was chosen on (a path of this site only). */
    @GET
    @Path("lang/{code}")
    public Response language(@PathParam("code") String code, @QueryParam("back") String back) {
        String lang = Languages.parse(code) == null ? "ja" : Languages.parse(code).getLanguage();
        String target = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
                ? back : "/";
        NewCookie cookie = new NewCookie.Builder(PageContext.LANG_COOKIE).value(lang).path("/")
                .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }

    /** Signing in: reaching this page requires it; then on to the user's pages. */
    @GET
    @Path("login")
    @Authenticated
    public Response login() {
        return Response.seeOther(URI.create(ctx.facility() ? "/me/alerts" : "/")).build();
    }

    /** The product's status, or none reported yet (the services answer 404 for a product without a report). */
    private ReportApi.ProductStatus statusOrNone(String yj, String day) {
        try {
            return report.status(yj, day);
        } catch (jakarta.ws.rs.WebApplicationException failure) {
            if (failure.getResponse() != null && failure.getResponse().getStatus() == 404) {
                return new ReportApi.ProductStatus(yj, LocalDate.parse(day), null, List.of(), List.of());
            }
            throw failure;
        }
    }

    /** A valid yyyy-mm-dd, or today in Japan. */
    static String day(String asOf) {
        if (asOf != null && !asOf.isBlank()) {
            try {
                return LocalDate.parse(asOf.strip()).toString();
            } catch (DateTimeParseException ignored) {
                // today, then
            }
        }
        return Dates.today().toString();
    }

    private Response ok(TemplateInstance page) {
        return Response.ok(ctx.page(page)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    Response refusal(Refusal r) {
        int status = r.unreachable() ? 503 : r.status();
        return Response.status(status).entity(ctx.page(refused.data("r", r)))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
