package org.shortagewatch.portal.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.shortagewatch.portal.client.MakerApi;
import org.shortagewatch.portal.client.ReportApi;
import org.shortagewatch.portal.client.ReportClient;
import org.shortagewatch.portal.domain.Dates;
import org.shortagewatch.portal.domain.FormInput;
import org.shortagewatch.portal.domain.PageLinks;
import org.shortagewatch.portal.domain.PageNumber;
import org.shortagewatch.portal.domain.StatusFormChoices;
import org.shortagewatch.portal.domain.StatusFormErrors;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

/**
 * My products ({@code /maker/products}): the organisation's products with their status today, searched and filtered
 * by status; and the status-change form of one product, which manufacturer-report accepts (then on to the product's
 * public page) or refuses (the form again, each detail beside its field). On both, a maker confirms that a product's
 * status has not changed (変更なし), the stale ones first.
 */
@Path("/maker/products")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MakerProductPages extends MakerPage {

    static final int PAGE_SIZE = 20;

    @Inject
    @RestClient
    ReportClient publicReport;

    @Inject
    Template makerProducts;

    @Inject
    Template reportForm;

    @GET
    public Response products(@QueryParam("q") String q, @QueryParam("status") String status,
            @QueryParam("page") PageNumber page) {
        String query = FormInput.text(FormInput.search(q));
        String response = StatusFormChoices.response(status);
        int p = PageNumber.of(page);
        return pages.orRefusal(() -> {
            // an organisation without a code has no products (a blank filter would mean every maker's)
            ReportApi.ProductPage result = maker().isEmpty() ? new ReportApi.ProductPage(List.of(), 1, PAGE_SIZE, 0, 0)
                    : report.products(maker(), query, response, p, PAGE_SIZE);
            return pages.ok(makerProducts.data("result", result).data("q", query == null ? "" : query)
                    .data("status", response).data("responses", StatusFormChoices.RESPONSES));
        });
    }

    /** The form, filled with the product's status today (the effective date today, as a fact). */
    @GET
    @Path("{yj}/report")
    public Response form(@PathParam("yj") String yj) {
        return pages.orRefusal(() -> {
            ReportApi.Product product = product(yj);
            if (product == null) {
                return pages.refusal(new Refusal(404, yj));
            }
            ReportApi.StatusChange s = product.status();
            MakerApi.StatusReport typed = new MakerApi.StatusReport(product.yjCode(),
                    s == null ? null : s.shipmentResponse(), s == null ? null : s.reason(), Dates.today().toString(),
                    "ACTUAL", s == null ? null : s.causeYjCode(), s == null ? null : s.resolutionOutlook(), null, null,
                    s == null ? null : s.shipmentVolume(), null, null, s == null ? null : s.volumeImprovementAmount());
            return pages.ok(form(product, typed, null));
        });
    }

    /** Reports the change; accepted, the product's public page shows it at once. */
    @POST
    @Path("{yj}/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("yj") String yj, @RestForm String shipmentResponse, @RestForm String reason,
            @RestForm String causeYjCode, @RestForm String resolutionOutlook, @RestForm String expectedResolutionDate,
            @RestForm String expectedResolutionPrecision, @RestForm String shipmentVolume,
            @RestForm String volumeImprovementDate, @RestForm String volumeImprovementPrecision,
            @RestForm String volumeImprovementAmount, @RestForm String effectiveDate,
            @RestForm String effectiveDateCertainty) {
        MakerApi.StatusReport typed = new MakerApi.StatusReport(yj, FormInput.text(shipmentResponse),
                FormInput.text(reason), FormInput.text(effectiveDate), FormInput.text(effectiveDateCertainty),
                FormInput.text(FormInput.code(causeYjCode)), FormInput.text(resolutionOutlook),
                FormInput.text(expectedResolutionDate), StatusFormChoices.precision(expectedResolutionPrecision),
                FormInput.text(shipmentVolume), FormInput.text(volumeImprovementDate),
                StatusFormChoices.precision(volumeImprovementPrecision), FormInput.text(volumeImprovementAmount));
        return PageResponses.changed(() -> report.report(typed), "/products/" + yj + "?reported=true",
                refusal -> again(yj, typed, refusal));
    }

    /**
     * The product's status is still right (変更なし): the service records the confirmation (or refuses it, the refusal
     * page), then back to the maker's page the form was on, which says so.
     */
    @POST
    @Path("{yj}/confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("yj") String yj, @RestForm String back) {
        return PageResponses.changed(() -> report.confirm(yj), PageLinks.confirmedOn(back, yj), pages::refusal);
    }

    /** The form again as typed, with the service's refusal; the refusal alone when the product cannot be read. */
    private Response again(String yj, MakerApi.StatusReport typed, Refusal refusal) {
        try {
            ReportApi.Product product = product(yj);
            if (product == null) {
                return pages.refusal(refusal);
            }
            return pages.page(refusal.pageStatus(), form(product, typed, refusal));
        } catch (RuntimeException unreadable) {
            return pages.refusal(refusal);
        }
    }

    /** The product with its status today, or null when there is none by that code. */
    private ReportApi.Product product(String yj) {
        List<ReportApi.Product> found = publicReport.byCodes(List.of(yj), 1).items();
        return found.isEmpty() ? null : found.get(0);
    }

    private io.quarkus.qute.TemplateInstance form(ReportApi.Product product, MakerApi.StatusReport typed,
            Refusal error) {
        return reportForm.data("p", product).data("form", typed).data("error", error)
                .data("errors", Refusal.errorsAt(error, StatusFormErrors.INPUTS))
                .data("responses", StatusFormChoices.RESPONSES).data("reasons", StatusFormChoices.REASONS)
                .data("outlooks", StatusFormChoices.OUTLOOKS).data("volumes", StatusFormChoices.VOLUMES)
                .data("certainties", StatusFormChoices.CERTAINTIES).data("precisions", StatusFormChoices.PRECISIONS);
    }
}
