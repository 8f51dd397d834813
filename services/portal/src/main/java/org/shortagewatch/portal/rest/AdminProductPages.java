package org.shortagewatch.portal.rest;


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

import org.jboss.resteasy.reactive.RestForm;
import org.shortagewatch.portal.client.AdminApi;
import org.shortagewatch.portal.client.ReportApi;
import org.shortagewatch.portal.domain.FormInput;
import org.shortagewatch.portal.domain.PageLinks;
import org.shortagewatch.portal.domain.PageNumber;
import org.shortagewatch.portal.domain.ProductFormChoices;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The product master ({@code /admin/products}): the national catalogue searched, each product with its holder
 * (製造販売業者), one holder's products, and a product's master record registered or corrected through
 * manufacturer-report, which accepts it (the form again, saying so) or refuses it (each detail beside its field).
 */
@Path("/admin/products")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AdminProductPages extends AdminPage {

    static final int PAGE_SIZE = 50;

    @Inject
    Template adminProducts;

    @Inject
    Template adminProductForm;

    @GET
    public Response products(@QueryParam("q") String q, @QueryParam("manufacturer") String manufacturer,
            @QueryParam("page") PageNumber page) {
        String query = FormInput.text(FormInput.search(q));
        String holder = FormInput.text(manufacturer);
        return pages.orRefusal(() -> {
            ReportApi.ProductPage result = report.products(query, holder, PageNumber.of(page),
                    PAGE_SIZE);
            return pages.ok(adminProducts.data("result", result).data("q", query == null ? "" : query)
                    .data("manufacturer", holder == null ? "" : holder));
        });
    }

    /** A product to register: on to its form by the YJ code typed. */
    @GET
    @Path("new")
    public Response register(@QueryParam("yj") String yj) {
        String code = FormInput.text(FormInput.code(yj));
        return PageResponses.seeOther(code == null ? "/admin/products"
                : "/admin/products/" + PageLinks.segment(code));
    }

    /** The master record's form: the product's as registered, or empty for a code not registered yet. */
    @GET
    @Path("{yj}")
    public Response form(@PathParam("yj") String yj, @QueryParam("saved") boolean saved) {
        try {
            return pages.ok(form(yj, report.product(yj), false, null).data("saved", saved));
        } catch (RuntimeException failure) {
            Refusal r = Refusal.of(failure);
            return r.notFound() ? pages.ok(form(yj, AdminApi.ProductMaster.NEW, true, null).data("saved", false))
                    : pages.refusal(r);
        }
    }

    @POST
    @Path("{yj}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("yj") String yj, @RestForm String manufacturerCode,
            @RestForm String manufacturerName, @RestForm String productName, @RestForm String ingredient,
            @RestForm String strengthUnit, @RestForm String drugCategory, @RestForm String productCategory,
            @RestForm String basicDrug, @RestForm String supplySecurityClass, @RestForm String priceListingDate,
            @RestForm String gs1Codes, @RestForm String packSizes, @RestForm boolean registered) {
        AdminApi.ProductMaster typed = new AdminApi.ProductMaster(FormInput.text(FormInput.code(manufacturerCode)),
                FormInput.text(manufacturerName), FormInput.text(productName), FormInput.text(ingredient),
                FormInput.text(strengthUnit), FormInput.text(drugCategory), FormInput.text(productCategory),
                basicDrug != null, FormInput.text(supplySecurityClass), FormInput.text(priceListingDate),
                ProductFormChoices.lines(gs1Codes), ProductFormChoices.lines(packSizes));
        return PageResponses.changed(() -> report.put(yj, typed), "/admin/products/" + yj + "?saved=true",
                r -> pages.page(r.pageStatus(), form(yj, typed, !registered, r).data("saved", false)));
    }

    private TemplateInstance form(String yj, AdminApi.ProductMaster product, boolean isNew, Refusal error) {
        return adminProductForm.data("yj", yj).data("p", product).data("isNew", isNew).data("error", error)
                .data("errors", Refusal.errorsAt(error, ProductFormChoices.INPUTS))
                .data("drugs", ProductFormChoices.DRUG_CATEGORIES)
                .data("categories", ProductFormChoices.PRODUCT_CATEGORIES)
                .data("classes", ProductFormChoices.SECURITY_CLASSES);
    }
}
