package org.shortagewatch.portal.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.shortagewatch.portal.client.WholesalerApi;
import org.shortagewatch.portal.domain.FormInput;
import org.shortagewatch.portal.domain.SupplyForm;
import org.shortagewatch.portal.domain.UploadFormat;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

/**
 * A wholesaler's uploads ({@code /wholesaler/uploads}): orders, shipments or stock per customer as a CSV or xlsx file,
 * sent to wholesaler-allocation as it is, which stores all of it or nothing and answers at once (the result's counts,
 * or the row errors as a table naming row and column, also as a CSV file for Excel); and a product's supply for a
 * period, a form whose refusals stand beside their fields.
 */
@Path("/wholesaler/uploads")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class WholesalerUploadPages extends WholesalerPage {

    /** The kinds of record file, as the service's path names them. */
    static final List<String> KINDS = List.of("orders", "shipments", "stock");

    @Inject
    Template wholesalerUploads;

    @GET
    public Response form() {
        return pages.ok(page("orders", null, null, null, null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response send(@RestForm("file") FileUpload file, @RestForm String kind) {
        String k = KINDS.contains(kind) ? kind : "orders";
        UploadFormat format = file == null ? null : UploadFormat.of(file.fileName(), file.contentType());
        if (format == null) {
            return pages.page(415, page(k, null, new Refusal(415, ""), null, null));
        }
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            WholesalerApi.UploadResult result = format == UploadFormat.CSV
                    ? allocation.uploadCsv(wholesaler(), k, bytes)
                    : allocation.uploadXlsx(wholesaler(), k, bytes);
            return pages.ok(page(k, result, null, null, null));
        } catch (IOException unreadable) {
            return pages.page(400, page(k, null, new Refusal(400, unreadable.getMessage()), null, null));
        } catch (RuntimeException failure) {
            Refusal r = Refusal.of(failure);
            return pages.page(r.pageStatus(), page(k, null, r, null, null));
        }
    }

    /** A product's supply for a period: on to the allocation plans it makes, or the form with the refusal. */
    @POST
    @Path("supply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response supply(@RestForm String yjCode, @RestForm String periodStart, @RestForm String periodEnd,
            @RestForm String supplyUnits, @RestForm String unit) {
        WholesalerApi.Supply supply = new WholesalerApi.Supply(FormInput.text(periodStart), FormInput.text(periodEnd),
                SupplyForm.units(supplyUnits), FormInput.text(unit));
        String yj = FormInput.code(yjCode);
        return PageResponses.changed(
                () -> allocation.supply(wholesaler(), yj == null || yj.isEmpty() ? "-" : yj, supply),
                "/wholesaler/allocations?supplied=" + yj, r -> pages.page(r.pageStatus(), page("orders", null, null, r,
                        new String[] {yjCode, periodStart, periodEnd, supplyUnits, unit})));
    }

    /** The page: the upload form (and a file's result or refusal) and the supply form (and its refusal). */
    private io.quarkus.qute.TemplateInstance page(String kind, WholesalerApi.UploadResult result, Refusal error,
            Refusal supplyError, String[] supply) {
        String[] typed = supply == null ? new String[5] : supply;
        return wholesalerUploads.data("kinds", KINDS).data("kind", kind).data("result", result).data("error", error)
                .data("ingredients", result == null ? Map.of() : names.ofIngredients(result.recomputed()))
                .data("rowErrors", error == null ? List.of() : error.cells())
                .data("supplyError", supplyError)
                .data("errors", SupplyForm.errors(supplyError == null ? null : supplyError.fields()))
                .data("yjCode", typed[0]).data("periodStart", typed[1]).data("periodEnd", typed[2])
                .data("supplyUnits", typed[3]).data("unit", typed[4]);
    }
}
