package org.shortagewatch.portal.rest;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.shortagewatch.portal.client.AllocationClient;
import org.shortagewatch.portal.client.ProductNames;
import org.shortagewatch.portal.client.WholesalerNames;
import org.shortagewatch.portal.domain.FormInput;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

/**
 * My quotas ({@code /me/quotas}): the facility's allocation quotas with wholesaler-allocation, each product and
 * wholesaler by name where one is known ({@link ProductNames}, {@link WholesalerNames}: one call each), and the
 * "cannot obtain" report. The report form stays usable when the quotas cannot be read.
 */
@Path("/me/quotas")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MyQuotaPages extends PortalPage {

    @Inject
    @RestClient
    AllocationClient allocation;

    @Inject
    ProductNames productNames;

    @Inject
    WholesalerNames wholesalerNames;

    @Inject
    Template quotas;

    @GET
    public Response quotas(@QueryParam("reported") boolean reported, @QueryParam("yj") String yj) {
        return page(reported, yj, null, Response.Status.OK.getStatusCode());
    }

    /** "Cannot obtain" (入手困難): reported to wholesaler-allocation, which decides whether it is accepted. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cannotObtain(@RestForm String yjCode, @RestForm String date, @RestForm String note) {
        return PageResponses.changed(() -> allocation.cannotObtain(new AllocationClient.CannotObtainRequest(
                ctx.orgOrEmpty(), FormInput.code(yjCode), FormInput.date(date), FormInput.text(note))),
                "/me/quotas?reported=true", r -> page(false, yjCode, r, r.pageStatus()));
    }

    /** The quotas and the report form; when the quotas cannot be read, why, above the form (unless already refused). */
    private Response page(boolean reported, String yj, Refusal error, int status) {
        List<AllocationClient.QuotaLine> lines;
        try {
            lines = allocation.quotas(ctx.orgOrEmpty());
        } catch (RuntimeException failure) {
            Refusal r = Refusal.of(failure);
            if (error == null) {
                error = r;
            }
            lines = List.of();
        }
        Map<String, String> products = productNames.ofProducts(lines.stream().map(AllocationClient.QuotaLine::yjCode)
                .toList());
        Map<String, String> wholesalers = wholesalerNames.of(lines.stream()
                .map(AllocationClient.QuotaLine::wholesalerCode).toList());
        return pages.page(status, quotas.data("lines", lines).data("products", products)
                .data("wholesalers", wholesalers).data("reported", reported)
                .data("yj", yj == null ? "" : yj).data("error", error));
    }
}
