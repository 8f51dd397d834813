package org.shortagewatch.report.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.Response;
import org.shortagewatch.report.domain.ReportingDay;
import org.shortagewatch.common.bulk.Csv;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.report.domain.nationallist.ListWriter;
import org.shortagewatch.report.persistence.ProductCatalog;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

@Path("/api/v1/national-list")
@Tag(name = "National list", description = "The national supply-status list (医療用医薬品供給状況), on any day")
public class NationalListResource {

    @Inject
    ProductCatalog catalog;

    @GET
    @PermitAll // public: the national list is public information
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE, FileFormat.XLSX_MEDIA_TYPE})
    @Operation(summary = "The national list on a day: every product with its status",
            description = "format=json (default), csv or xlsx. CSV and xlsx keep the national layout, columns ① to ⑳"
                    + " in order (codes in their Japanese wording), followed by 製造販売業者コード and 原因品目YJコード,"
                    + " so the file can be uploaded back unchanged; then 最終確認日 (the day the status was last reported"
                    + " or confirmed) and 確認期限超過 (○ when a limited or stopped product is stale), which an upload"
                    + " ignores. JSON states lastConfirmedAt and stale per product. CSV is UTF-8 with a byte-order mark.")
    public Uni<Response> list(@Parameter(description = QueryParams.AS_OF) @QueryParam("asOf") String asOf,
            @Parameter(description = "json, csv or xlsx") @QueryParam("format") String format) {
        LocalDate day = QueryParams.asOf(asOf);
        Download download = Download.of(format, Download.JSON, Download.CSV, Download.XLSX);
        return catalog.all(day).emitOn(Infrastructure.getDefaultWorkerPool()).map(all -> switch (download) {
            case JSON -> Response.ok(new NationalListView(day, all.stream().map(ProductView::of).toList()),
                    MediaType.APPLICATION_JSON).build();
            case CSV, XLSX -> {
                List<ListWriter.Entry> entries = all.stream().map(NationalListResource::entry).toList();
                byte[] file = ListWriter.write(download == Download.CSV ? FileFormat.CSV : FileFormat.XLSX, entries);
                yield Download.file(file, download == Download.CSV ? Csv.MEDIA_TYPE
                        : FileFormat.XLSX.mediaType(), "national-list", day,
                        download.name().toLowerCase(Locale.ROOT));
            }
        });
    }

    /** The whole list of a day. */
    public record NationalListView(LocalDate asOf, List<ProductView> products) {
    }

    private static ListWriter.Entry entry(ProductCatalog.ProductStatus ps) {
        LocalDate productUpdated = LocalDate.ofInstant(ps.product().updatedAt, ReportingDay.JAPAN);
        LocalDate updated = productUpdated;
        if (ps.status() != null) {
            LocalDate reported = LocalDate.ofInstant(ps.status().reportedAt, ReportingDay.JAPAN);
            updated = reported.isAfter(productUpdated) ? reported : productUpdated;
        }
        return new ListWriter.Entry(ps.product().details(), ps.status() == null ? null : ps.status().report,
                updated, ps.lastConfirmedAt() == null ? null
                        : LocalDate.ofInstant(ps.lastConfirmedAt(), ReportingDay.JAPAN), ps.stale());
    }
}
