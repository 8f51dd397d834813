package org.shortagewatch.portal.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.shortagewatch.portal.domain.TypedForm;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
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

    /** The report form's inputs, named as wholesaler-allocation names the fields it refuses. */
    static final Set<String> INPUTS = Set.of("yjCode", "date", "note");

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
        return page(reported, new Typed(yj, null, null), null, Response.Status.OK.getStatusCode());
    }

    /**
     * "Cannot obtain" (入手困難): reported to wholesaler-allocation, which decides whether it is accepted; a day that
     * does not read is refused beside its field, and nothing is sent.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cannotObtain(@RestForm String yjCode, @RestForm String date, @RestForm String note) {
        TypedForm read = new TypedForm();
        LocalDate day = read.date("date", date);
        Typed typed = new Typed(yjCode, date, note);
        if (!read.allRead()) {
            Refusal unread = pages.unread(read);
            return page(false, typed, unread, unread.pageStatus());
        }
        return PageResponses.changed(() -> allocation.cannotObtain(new AllocationClient.CannotObtainRequest(
                ctx.orgOrEmpty(), FormInput.code(yjCode), day, FormInput.text(note))),
                "/me/quotas?reported=true", r -> page(false, typed, r, r.pageStatus()));
    }

    /** The report form as typed, to be shown again with a refusal. */
    @TemplateData
    record Typed(String yjCode, String date, String note) {
    }

    /** The quotas and the report form; when the quotas cannot be read, why, above the form (unless already refused). */
    private Response page(boolean reported, Typed typed, Refusal error, int status) {
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
                .data("typed", typed).data("error", error)
                .data("errors", Refusal.errorsAt(error, INPUTS)));
    }
}
