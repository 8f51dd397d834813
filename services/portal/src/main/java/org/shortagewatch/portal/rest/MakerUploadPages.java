package org.shortagewatch.portal.rest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;

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
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.shortagewatch.portal.client.MakerApi;
import org.shortagewatch.portal.domain.ErrorCsv;
import org.shortagewatch.portal.domain.PageNumber;
import org.shortagewatch.portal.domain.UploadFormat;
import org.shortagewatch.portal.domain.UploadProgress;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

/**
 * Bulk upload ({@code /maker/uploads}): a national-list file of status changes sent to manufacturer-report as it is,
 * the organisation's past uploads, and one upload's page: its progress while the service checks the rows (the page
 * asks {@code /progress} every second with htmx; without JavaScript, a refresh link), then its outcome with the row
 * errors, also as a CSV file for Excel.
 */
@Path("/maker/uploads")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MakerUploadPages extends MakerPage {

    static final int PAGE_SIZE = 20;

    @Inject
    Template uploads;

    @Inject
    Template upload;

    @Inject
    Template uploadStatus;

    @GET
    public Response list(@QueryParam("page") PageNumber page) {
        return page(PageNumber.of(page), null, 200);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response send(@RestForm("file") FileUpload file, @RestForm String mode) {
        UploadFormat format = file == null ? null : UploadFormat.of(file.fileName(), file.contentType());
        if (format == null) {
            return page(1, new Refusal(415, ""), 415);
        }
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            MakerApi.BulkJob job = format == UploadFormat.CSV
                    ? report.uploadCsv(UploadFormat.mode(mode), bytes)
                    : report.uploadXlsx(UploadFormat.mode(mode), bytes);
            return PageResponses.seeOther("/maker/uploads/" + job.id());
        } catch (IOException unreadable) {
            return page(1, new Refusal(400, unreadable.getMessage()), 400);
        } catch (RuntimeException failure) {
            Refusal r = Refusal.of(failure);
            return page(1, r, r.pageStatus());
        }
    }

    /** One upload: its progress, or its outcome once it has finished. */
    @GET
    @Path("{id}")
    public Response job(@PathParam("id") UUID id) {
        return pages.orRefusal(() -> {
            MakerApi.BulkJob job = report.job(id);
            return pages.ok(upload.data("job", job).data("progress", progress(job)).data("error", null));
        });
    }

    /**
     * The upload's progress (or outcome) alone, for the page's htmx polling; a refusal in its place ends the polling
     * and offers the refresh link.
     */
    @GET
    @Path("{id}/progress")
    public Response progress(@PathParam("id") UUID id) {
        MakerApi.BulkJob job = null;
        Refusal error = null;
        try {
            job = report.job(id);
        } catch (RuntimeException failure) {
            error = Refusal.of(failure);
        }
        return Response.status(error == null ? 200 : error.pageStatus())
                .entity(ctx.page(uploadStatus.data("job", job).data("progress", job == null ? null : progress(job))
                        .data("error", error).data("id", id)))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** The row errors as CSV, UTF-8 with a byte-order mark so that Excel reads the Japanese. */
    @GET
    @Path("{id}/errors.csv")
    @Produces("text/csv")
    public Response errors(@PathParam("id") UUID id) {
        return pages.orRefusal(() -> {
            MakerApi.BulkJob job = report.job(id);
            return pages.errorCsv(job.errorList().stream().map(e -> new ErrorCsv.Line(e.row(), e.column(), e.detail()))
                    .toList(), "upload-errors-" + id + ".csv");
        });
    }

    private static UploadProgress progress(MakerApi.BulkJob job) {
        return new UploadProgress(job.state(), job.totalRows(), job.validatedRows());
    }

    /** The form and the organisation's uploads, newest first; with the service's refusal of a file, if any. */
    private Response page(int number, Refusal error, int status) {
        MakerApi.BulkJobPage jobs;
        try {
            jobs = report.jobs(number, PAGE_SIZE);
        } catch (RuntimeException failure) {
            Refusal r = Refusal.of(failure);
            return pages.refusal(error == null ? r : error);
        }
        return pages.page(status, uploads.data("jobs", jobs).data("error", error));
    }
}
